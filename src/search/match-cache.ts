import type { RankedMatches } from '../store/search-queries.js';

/**
 * What is known about one FTS5 query: every matching id (for counting) and the best of them in
 * BM25 order, as deep as any search so far has needed (`complete` once that is all of them).
 */
export interface MatchSet {
  ids: Int32Array;
  best: RankedMatches;
  complete: boolean;
}

/**
 * The match sets of recent FTS5 queries, least recently used evicted first, bounded by the number
 * of ids held (about 12 bytes each: a 3M-id budget is some 36 MB). Paging, changing a filter or
 * exporting a search reuses what FTS5 already counted and scored.
 */
export class MatchCache {
  private readonly entries = new Map<string, MatchSet>();

  constructor(private readonly budget = 3_000_000) {}

  /** The query's match set, if held; it becomes the most recently used. */
  get(fts: string): MatchSet | undefined {
    const cached = this.entries.get(fts);
    if (cached) {
      this.entries.delete(fts);
      this.entries.set(fts, cached);
    }
    return cached;
  }

  set(fts: string, set: MatchSet): MatchSet {
    this.entries.set(fts, set);
    this.evict();
    return set;
  }

  /** Call after a set's ranking grew, so the budget still holds. */
  evict(): void {
    let held = 0;
    for (const set of this.entries.values()) held += set.ids.length + set.best.ids.length;
    for (const [key, set] of this.entries) {
      if (held <= this.budget || this.entries.size === 1) break;
      this.entries.delete(key);
      held -= set.ids.length + set.best.ids.length;
    }
  }
}
