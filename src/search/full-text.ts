import { AppError, InputError } from '../errors.js';
import type { RankedMatches, SearchQueries } from '../store/search-queries.js';
import type { ErrorReply } from '../thread-pool.js';
import { describeQueryError } from '../store/query-errors.js';

/**
 * The FTS5 part of a search: the only queries whose cost the user's words decide. A server runs
 * them in a pool of threads with a deadline (fts-pool.ts); a one-off command in its own thread.
 */
export interface FullText {
  /** Every passage matching, in rowid order. */
  matchingIds(fts: string): Promise<Int32Array>;
  /** The `limit` best matches by BM25. */
  bestMatches(fts: string, limit: number): Promise<RankedMatches>;
  /** Where these index terms occur: the passage of each occurrence, sorted. */
  occurrences(terms: string[]): Promise<Int32Array>;
  /** FTS5's snippet of one passage (raw mode), or null when it does not match. */
  snippet(fts: string, id: number): Promise<string | null>;
  /** The passage with every hit marked (raw mode), or null when it does not match. */
  highlighted(fts: string, id: number): Promise<string | null>;
}

/** FTS5 in the calling thread, for a command that searches once. */
export function fullTextInThread(queries: SearchQueries): FullText {
  const run = async <T>(query: () => T): Promise<T> => {
    try {
      return query();
    } catch (err) {
      throw fullTextError(describeQueryError(err));
    }
  };
  return {
    matchingIds: (fts) => run(() => queries.matchingIds(fts)),
    bestMatches: (fts, limit) => run(() => queries.bestMatches(fts, limit)),
    occurrences: (terms) => run(() => occurrencesOf(queries, terms)),
    snippet: (fts, id) => run(() => queries.snippet(fts, id)),
    highlighted: (fts, id) => run(() => queries.highlighted(fts, id)),
  };
}

/** The occurrences of several terms as one list sorted by passage (a prefix's words). */
export function occurrencesOf(queries: SearchQueries, terms: readonly string[]): Int32Array {
  const each = terms.map((term) => queries.termOccurrences(term));
  if (each.length === 1) return each[0]!;
  const all = new Int32Array(each.reduce((n, list) => n + list.length, 0));
  let at = 0;
  for (const list of each) (all.set(list, at), (at += list.length));
  return all.sort();
}

export function fullTextError(reply: ErrorReply): Error {
  if (reply.code === 'bad_query') {
    return new InputError(`the search could not be understood (${reply.message}). Check quotes and operators, or search without raw mode.`, 'bad_query');
  }
  return new AppError(`the search failed in the database (${reply.code}). Try again in a moment.`, 503, 'search_failed');
}
