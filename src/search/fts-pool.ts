import { AppError } from '../errors.js';
import type { RankedMatches } from '../store/search-queries.js';
import { ThreadPool } from '../thread-pool.js';
import { fullTextError, type FullText } from './full-text.js';
import type { FullTextJob } from './fts-worker.js';

export interface FullTextPoolOptions {
  /** The database file; each thread opens it read-only. */
  file: string;
  size: number;
  timeoutMs: number;
}

/**
 * FTS5 queries in a few read-only threads, each query with a deadline: one past it is abandoned
 * (its thread stopped and replaced) and answered 503, while the server goes on answering others.
 */
export function fullTextPool(options: FullTextPoolOptions): FullText {
  const seconds = (options.timeoutMs / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  const pool = new ThreadPool<FullTextJob, unknown>({
    caller: import.meta.url,
    name: './fts-worker',
    size: options.size,
    workerData: { file: options.file },
    timeoutMs: options.timeoutMs,
    maxHeapMb: 256,
    // A thread takes tens of milliseconds to load and open the database: not on a first search's time.
    eager: true,
    errors: {
      timeout: () => new AppError(`the search took longer than ${seconds} s and was stopped. Make it narrower: fewer OR and prefix* terms, a phrase or a filter.`, 503, 'search_timeout'),
      outOfMemory: () => new AppError('the search needed more memory than a search thread may use. Make it narrower.', 503, 'search_failed'),
      crashed: (detail) => new AppError(`the search thread stopped (${detail}). Try again in a moment.`, 503, 'search_failed'),
      fromReply: fullTextError,
    },
  });
  return {
    matchingIds: (fts) => pool.run({ op: 'matchingIds', fts }) as Promise<Int32Array>,
    bestMatches: (fts, limit) => pool.run({ op: 'bestMatches', fts, limit }) as Promise<RankedMatches>,
    occurrences: (terms) => pool.run({ op: 'occurrences', terms }) as Promise<Int32Array>,
    snippet: (fts, id) => pool.run({ op: 'snippet', fts, id }) as Promise<string | null>,
    highlighted: (fts, id) => pool.run({ op: 'highlighted', fts, id }) as Promise<string | null>,
  };
}
