import type { RankedMatches } from '../store/search-queries.js';
import type { Bm25Basis, Postings } from './bm25.js';
import { LruCache } from './lru-cache.js';

/**
 * What is known about one FTS5 query: every matching id (for counting) and either the best of
 * them in BM25 order, as deep as any search so far has needed (`complete` once that is all of
 * them), or what scores them in memory (`inMemory`), when every term's postings are known.
 */
export interface MatchSet {
  ids: Int32Array;
  best: RankedMatches;
  complete: boolean;
  /** The phrases' postings; `order`: the best passages of a single frequent word, ranked ahead of time. */
  inMemory: { basis: Bm25Basis; phrases: Postings[]; order: Int32Array | null } | null;
}

/**
 * The match sets of recent FTS5 queries, least recently used evicted first, bounded by the number
 * of ids held (about 12 bytes each: a 3M-id budget is some 36 MB). Paging, changing a filter or
 * exporting a search reuses what FTS5 already counted and scored. Call `evict()` after a set's
 * ranking grew, so the budget still holds. (Postings are weighed where they are held, not here.)
 */
export class MatchCache extends LruCache<MatchSet> {
  constructor(budget = 3_000_000) {
    super(budget, (set) => set.ids.length + set.best.ids.length);
  }
}
