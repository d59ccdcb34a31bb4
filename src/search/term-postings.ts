import { LruCache } from './lru-cache.js';
import { mergePostings, postingsOf, type Bm25Basis, type Postings } from './bm25.js';
import { unpackPostings, type WarmTerm } from './packed-postings.js';

/** Every term of the index, sorted: what a prefix stands for. */
export class Vocabulary {
  private readonly starts: Int32Array;

  /** `text`: the terms sorted (JavaScript's string order), one a line. */
  constructor(private readonly text: string) {
    const starts = [0];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    this.starts = Int32Array.from(starts);
  }

  /** The terms that start with `prefix`, as FTS5's `prefix*` takes them. */
  startingWith(prefix: string): string[] {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.term(middle) < prefix) low = middle + 1;
      else high = middle;
    }
    const terms: string[] = [];
    for (let at = low; at < this.starts.length && this.term(at).startsWith(prefix); at++) terms.push(this.term(at));
    return terms;
  }

  private term(at: number): string {
    const end = at + 1 < this.starts.length ? this.starts[at + 1]! - 1 : this.text.length;
    return this.text.slice(this.starts[at]!, end);
  }
}

/** Passages held unpacked, for terms read on demand or unpacked for recent searches (6 bytes each). */
const UNPACKED_HELD = 3_000_000;

/**
 * What ranking in memory needs of one state of the index: BM25's basis and the vocabulary (read
 * by the index worker once the database is quiet), the postings of the frequent terms it read
 * ahead of time (packed), and those of other terms read when first searched for.
 */
export class TermPostings {
  readonly warm = new Map<string, WarmTerm>();
  basis: Bm25Basis | null = null;
  vocabulary: Vocabulary | null = null;
  private readonly unpacked = new LruCache<Postings>(UNPACKED_HELD, (postings) => postings.ids.length + 1);

  /** The same terms and basis, with postings unpacked from now on kept apart: for a search whose traces should not stay. */
  apart(): TermPostings {
    const copy = new TermPostings();
    Object.assign(copy, { warm: this.warm, basis: this.basis, vocabulary: this.vocabulary });
    return copy;
  }

  /**
   * A term's postings, or a prefix's (its terms' merged); null for a prefix while the vocabulary
   * is not read yet. `read` gives the occurrences of some terms, sorted by passage.
   */
  async of(term: string, prefix: boolean, read: (terms: string[]) => Promise<Int32Array>): Promise<Postings | null> {
    const key = prefix ? `${term}*` : term;
    const known = this.unpacked.get(key);
    if (known) return known;
    if (prefix && !this.vocabulary) return null;
    const terms = prefix ? this.vocabulary!.startingWith(term) : [term];
    const held = terms.flatMap((each) => {
      const packed = this.warm.get(each);
      return packed ? [unpackPostings(packed)] : [];
    });
    const cold = terms.filter((each) => !this.warm.has(each));
    const postings = mergePostings([...held, ...(cold.length > 0 ? [postingsOf(await read(cold))] : [])]);
    this.unpacked.set(key, postings);
    return postings;
  }
}
