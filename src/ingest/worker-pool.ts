import type { TaggingSources } from '../classifier/index.js';
import { DocumentError, type DocumentProblem } from '../errors.js';
import { ThreadPool, type PoolErrors } from '../thread-pool.js';
import type { ReviewSource } from './ingest-review.js';
import type { IngestedReview } from '../model/review.js';

export interface PoolOptions {
  size: number;
  /** The lexicons and model every thread compiles once. */
  tagging: TaggingSources;
  /** A PDF still being read after this long is given up on, and its thread replaced. */
  timeoutMs?: number;
  /** Heap limit of each reader thread: a PDF that needs more fails alone instead of the whole ingest. */
  maxHeapMb?: number;
  /** The most pages a PDF may have: more is not a review (a page-tree bomb), and is refused unread. */
  maxPages?: number;
}

/** How a reader thread's failures are reported: as a document that could not be read. */
export const READER_ERRORS: PoolErrors = {
  timeout: (ms) => new DocumentError(`reading took longer than ${Math.round(ms / 1000)} s; the file may be malformed or far too large.`, 'too_large'),
  outOfMemory: () => new DocumentError('the file needs more memory than a reader thread may use; it is too large to read as one file.', 'too_large'),
  crashed: (detail) => new DocumentError(`the reader thread stopped (${detail}) while reading this file.`, 'unreadable'),
  fromReply: (reply) => new DocumentError(reply.message, reply.code as DocumentProblem),
};

/**
 * Reader threads, so that ingest uses every core: each thread reads, segments and tags whole
 * PDFs; the main thread only writes to SQLite.
 */
export class ReaderPool {
  private readonly pool: ThreadPool<{ source: ReviewSource; maxPages: number }, IngestedReview>;
  private readonly maxPages: number;

  constructor(options: PoolOptions) {
    this.maxPages = options.maxPages ?? 3000;
    this.pool = new ThreadPool({
      caller: import.meta.url,
      name: './ingest-worker',
      size: options.size,
      workerData: { tagging: options.tagging },
      timeoutMs: options.timeoutMs ?? 300_000,
      maxHeapMb: options.maxHeapMb ?? 2048,
      errors: READER_ERRORS,
      watchMemory: true,
    });
  }

  get size(): number {
    return this.pool.size;
  }

  /** Reads one PDF. Its bytes are handed to the thread, not copied: the caller must not use them again. */
  read(source: ReviewSource): Promise<IngestedReview> {
    return this.pool.run({ source, maxPages: this.maxPages }, [source.bytes.buffer as ArrayBuffer]);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
