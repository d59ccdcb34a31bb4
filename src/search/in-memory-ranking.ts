import type { ParsedQuery, Term } from './fts-query.js';
import { matchingIds, type Postings } from './bm25.js';
import type { MatchSet } from './match-cache.js';
import type { TermPostings } from './term-postings.js';

const NOTHING_RANKED = { ids: new Int32Array(0), ranks: new Float64Array(0) };

/**
 * A search's match set without FTS5's ranking, when each of its terms is one index term or a
 * prefix (no phrases) and BM25's basis is read: the matches from the terms' postings, scored in
 * memory as a page needs them (src/search/bm25.ts). Null when that cannot be done yet or at all:
 * FTS5 ranks it then. `indexTerms` is FTS5's tokenizer; `read` reads some terms' occurrences.
 */
export async function matchesInMemory(query: ParsedQuery, terms: TermPostings, indexTerms: (word: string) => string[], read: (terms: string[]) => Promise<Int32Array>): Promise<MatchSet | null> {
  const basis = terms.basis;
  if (!basis) return null;
  const all = [...query.required.flat(), ...query.excluded];
  const keys = all.map((term) => indexTermOf(term, indexTerms));
  if (keys.some((key) => key === null)) return null;
  const postings = new Map<Term, Postings>();
  for (const [at, term] of all.entries()) {
    const found = await terms.of(keys[at]!, term.prefix, read);
    if (!found) return null;
    postings.set(term, found);
  }
  const of = (term: Term) => postings.get(term)!;
  const groups = query.required.map((group) => group.map(of));
  const only = all.length === 1 && !all[0]!.prefix ? terms.warm.get(keys[0]!) : undefined;
  // FTS5 numbers the phrases as they appear; excluded ones match nowhere a result is, so add nothing.
  return { ids: matchingIds(groups, query.excluded.map(of)), best: NOTHING_RANKED, complete: true, inMemory: { basis, phrases: groups.flat(), order: only?.best ?? null } };
}

/** The one index term a single word stands for (its Porter stem), or null for a phrase or a word FTS5 splits. */
function indexTermOf(term: Term, indexTerms: (word: string) => string[]): string | null {
  if (term.words.length !== 1) return null;
  const found = indexTerms(term.words[0]!);
  return found.length === 1 ? found[0]! : null;
}
