/**
 * FTS5's bm25() redone in memory, to the last bit, from what it reads: each phrase's passages and
 * occurrences, each passage's token count and the index's totals. With them a search scores only
 * the passages its filters keep and keeps the best `wanted` in a bounded heap, where FTS5 scores
 * every match (about a microsecond each) before any filter applies.
 */

/** A term's (or a prefix's) passages in id order, with how many times it occurs in each. */
export interface Postings {
  ids: Int32Array;
  /** Always 16 bits, whether a term's or several merged: scoring loops then see one kind of array (V8 compiled them anew for a second). */
  counts: Uint16Array;
}

/** What bm25() reads besides the phrases: token counts by passage id, and the index's totals. */
export interface Bm25Basis {
  lengths: Uint16Array;
  rows: number;
  tokens: number;
  /** SQLite's ln(), the logarithm bm25() takes (Math.log differs from it in the last bit at times). */
  log: (x: number) => number;
}

export interface Scored {
  id: number;
  score: number;
}

// FTS5's constants (sqlite3 fts5_aux.c).
const K1 = 1.2;
const B = 0.75;

/** Postings from occurrences sorted by passage id (a term's, or several terms' merged): runs become counts. */
export function postingsOf(occurrences: Int32Array): Postings {
  let distinct = 0;
  for (let at = 0; at < occurrences.length; at++) if (at === 0 || occurrences[at] !== occurrences[at - 1]) distinct++;
  const ids = new Int32Array(distinct);
  const counts = new Uint16Array(distinct);
  let slot = -1;
  for (let at = 0; at < occurrences.length; at++) {
    if (at === 0 || occurrences[at] !== occurrences[at - 1]) ids[++slot] = occurrences[at]!;
    if (counts[slot]! < 65_535) counts[slot]!++;
  }
  return { ids, counts };
}

/** Several terms' postings as one (a prefix's words): passages of any, occurrences summed. */
export function mergePostings(list: readonly Postings[]): Postings {
  if (list.length === 0) return { ids: new Int32Array(0), counts: new Uint16Array(0) };
  // The two shortest merged first, again and again (as Huffman codes are built): each passage is
  // copied about log(terms) times, not once per term, for a prefix of hundreds of words.
  const pending = [...list].sort((a, b) => b.ids.length - a.ids.length);
  while (pending.length > 1) {
    const merged = mergeTwo(pending.pop()!, pending.pop()!);
    let at = pending.length;
    while (at > 0 && pending[at - 1]!.ids.length < merged.ids.length) at--;
    pending.splice(at, 0, merged);
  }
  return pending[0]!;
}

function mergeTwo(a: Postings, b: Postings): Postings {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const counts = new Uint16Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    ids[n] = Math.min(x, y);
    counts[n] = Math.min((x <= y ? a.counts[i++]! : 0) + (y <= x ? b.counts[j++]! : 0), 65_535);
    n++;
  }
  return { ids: ids.subarray(0, n), counts: counts.subarray(0, n) };
}

/** The passages FTS5 would match: any term of each group, every group, none of the excluded. */
export function matchingIds(groups: readonly Postings[][], excluded: readonly Postings[]): Int32Array {
  const unions = groups.map((group) => (group.length === 1 ? group[0]!.ids : mergePostings(group).ids));
  let ids = unions.reduce((kept, union) => intersect(kept, union));
  for (const out of excluded) ids = subtract(ids, out.ids);
  return ids;
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const kept = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else (kept[n++] = a[i]!), i++, j++;
  }
  return kept.subarray(0, n);
}

function subtract(a: Int32Array, b: Int32Array): Int32Array {
  const kept = new Int32Array(a.length);
  let n = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    while (j < b.length && b[j]! < a[i]!) j++;
    if (j >= b.length || b[j] !== a[i]) kept[n++] = a[i]!;
  }
  return kept.subarray(0, n);
}

/**
 * The `wanted` best of the candidates `accepts` keeps, by FTS5's bm25 over `phrases` (in the order
 * FTS5 numbers them, excluded ones left out: they add nothing), best first and, among equal
 * scores, lowest id first, as SQLite's sorter leaves them. `ids` ascend.
 */
export function bestByBm25(basis: Bm25Basis, ids: Int32Array, phrases: readonly Postings[], accepts: (id: number) => boolean, wanted: number): Scored[] {
  const idf = idfOf(basis, phrases);
  const average = basis.tokens / basis.rows;
  const cursors = new Int32Array(phrases.length);
  const heap = new WorstFirst(wanted);
  for (let at = 0; at < ids.length && wanted > 0; at++) {
    const id = ids[at]!;
    if (!accepts(id)) continue;
    const length = basis.lengths[id] ?? 0;
    let score = 0;
    for (let p = 0; p < phrases.length; p++) {
      const phrase = phrases[p]!;
      let cursor = cursors[p]!;
      while (cursor < phrase.ids.length && phrase.ids[cursor]! < id) cursor++;
      cursors[p] = cursor;
      if (phrase.ids[cursor] === id) score += termScore(idf[p]!, phrase.counts[cursor]!, length, average);
    }
    heap.offer(id, score);
  }
  return heap.sorted();
}

/**
 * The first `wanted` passages of `order` (a ranking by these phrases, best first) that `accepts`
 * keeps, with their scores: fewer when the order, which may hold only the best few, runs out.
 */
export function bestInOrder(basis: Bm25Basis, order: Int32Array, phrases: readonly Postings[], accepts: (id: number) => boolean, wanted: number): Scored[] {
  const idf = idfOf(basis, phrases);
  const average = basis.tokens / basis.rows;
  const kept: Scored[] = [];
  for (let at = 0; at < order.length && kept.length < wanted; at++) {
    const id = order[at]!;
    if (!accepts(id)) continue;
    let score = 0;
    for (let p = 0; p < phrases.length; p++) {
      const slot = indexOf(phrases[p]!.ids, id);
      if (slot !== -1) score += termScore(idf[p]!, phrases[p]!.counts[slot]!, basis.lengths[id] ?? 0, average);
    }
    kept.push({ id, score });
  }
  return kept;
}

function idfOf(basis: Bm25Basis, phrases: readonly Postings[]): number[] {
  return phrases.map((phrase) => {
    const hits = phrase.ids.length;
    const value = basis.log((basis.rows - hits + 0.5) / (hits + 0.5));
    return value <= 0 ? 1e-6 : value;
  });
}

/** One phrase's part of a passage's score: the same operations in the same order as fts5Bm25Function, so the doubles agree. */
function termScore(idf: number, frequency: number, length: number, average: number): number {
  return idf * ((frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + (B * length) / average)));
}

function indexOf(ids: Int32Array, id: number): number {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (ids[middle]! < id) low = middle + 1;
    else if (ids[middle]! > id) high = middle - 1;
    else return middle;
  }
  return -1;
}

/** A bounded min-heap keeping the best `size` (score high, then id low) seen. */
class WorstFirst {
  private readonly ids: Int32Array;
  private readonly scores: Float64Array;
  private length = 0;

  constructor(private readonly size: number) {
    this.ids = new Int32Array(size);
    this.scores = new Float64Array(size);
  }

  offer(id: number, score: number): void {
    if (this.length < this.size) {
      this.ids[this.length] = id;
      this.scores[this.length] = score;
      this.up(this.length++);
    } else if (this.worse(0, id, score)) {
      this.ids[0] = id;
      this.scores[0] = score;
      this.down(0);
    }
  }

  sorted(): Scored[] {
    const entries: Scored[] = [];
    for (let at = 0; at < this.length; at++) entries.push({ id: this.ids[at]!, score: this.scores[at]! });
    return entries.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  /** Whether the entry at `slot` ranks below (id, score). */
  private worse(slot: number, id: number, score: number): boolean {
    const held = this.scores[slot]!;
    return held < score || (held === score && this.ids[slot]! > id);
  }

  private up(slot: number): void {
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      if (!this.worse(slot, this.ids[parent]!, this.scores[parent]!)) return;
      this.swap(slot, parent);
      slot = parent;
    }
  }

  private down(slot: number): void {
    for (;;) {
      let worst = slot;
      for (const child of [2 * slot + 1, 2 * slot + 2]) if (child < this.length && this.worse(child, this.ids[worst]!, this.scores[worst]!)) worst = child;
      if (worst === slot) return;
      this.swap(slot, worst);
      slot = worst;
    }
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b]!, this.ids[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }
}
