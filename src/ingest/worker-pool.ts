import type { TaggingSources } from '../classifier/index.js';
import { DocumentError, LexiconError, type DocumentProblem } from '../errors.js';
import { ThreadPool, type PoolErrors } from '../thread-pool.js';
import type { ReviewSource } from './ingest-review.js';
import type { IngestedReview } from '../model/review.js';

/** News from a reader thread about a PDF's pages without a text layer: how many it will OCR, then each one read. */
export type OcrProgress = { planned: number } | { read: number };

export interface PoolOptions {
  size: number;
  /** The lexicons and model every thread compiles once. */
  tagging: TaggingSources;
  /** A PDF still being read after this long is given up on, and its thread replaced. */
  timeoutMs?: number;
  /** Read pages without a text layer by OCR. */
  ocr?: boolean;
  /** Added to the time limit for each page still to OCR: a scan of many pages is slow, not stuck. */
  ocrPageMs?: number;
  /** Heap limit of each reader thread: a PDF that needs more fails alone instead of the whole ingest. */
  maxHeapMb?: number;
  /** The most pages a PDF may have: more is not a review (a page-tree bomb), and is refused unread. */
  maxPages?: number;
}

/** A reader thread's jobs: check what compiling the lexicons said, or read one PDF. */
export type ReaderJob = { kind: 'check' } | { kind: 'read'; source: ReviewSource; maxPages: number };
export type ReaderAnswer = { kind: 'checked'; warnings: string[] } | { kind: 'read'; review: IngestedReview };

/** How a reader thread's failures are reported: as a document that could not be read, or a broken lexicon. */
export const READER_ERRORS: PoolErrors = {
  timeout: (ms) => new DocumentError(`reading took longer than ${Math.round(ms / 1000)} s; the file may be malformed or far too large.`, 'too_large'),
  outOfMemory: () => new DocumentError('the file needs more memory than a reader thread may use; it is too large to read as one file.', 'too_large'),
  crashed: (detail) => new DocumentError(`the reader thread stopped (${detail}) while reading this file.`, 'unreadable'),
  fromReply: (reply) => (reply.code === 'lexicon_invalid' ? new LexiconError(reply.message) : new DocumentError(reply.message, reply.code as DocumentProblem)),
};

/**
 * Reader threads, so that ingest uses every core: each thread reads, segments and tags whole
 * PDFs; the main thread only writes to SQLite.
 */
export class ReaderPool {
  private readonly pool: ThreadPool<ReaderJob, ReaderAnswer, OcrProgress>;
  private readonly maxPages: number;
  private readonly timeoutMs: number;
  private readonly ocrPageMs: number;

  constructor(options: PoolOptions) {
    this.maxPages = options.maxPages ?? 3000;
    this.timeoutMs = options.timeoutMs ?? 300_000;
    this.ocrPageMs = options.ocrPageMs ?? 60_000;
    this.pool = new ThreadPool({
      caller: import.meta.url,
      name: './ingest-worker',
      size: options.size,
      workerData: { tagging: options.tagging, ocr: options.ocr ?? true },
      timeoutMs: this.timeoutMs,
      maxHeapMb: options.maxHeapMb ?? 2048,
      errors: READER_ERRORS,
      watchMemory: true,
    });
  }

  get size(): number {
    return this.pool.size;
  }

  /**
   * Has a thread compile the lexicons and model, as each does once when it starts, and returns the
   * warnings to show once (a model trained with other lexicons); a broken lexicon rejects with the
   * LexiconError naming its file and line, before any PDF is read. The main thread does not compile
   * them itself: that was a third compile on two reader threads, a second of CPU and some 50 MB of
   * heap kept for the whole ingest. Every thread is asked, so that all of them start and compile
   * at once, each on its own core, rather than the second only when the first PDF is read.
   */
  async check(): Promise<string[]> {
    const answers = await Promise.all(Array.from({ length: this.size }, () => this.pool.run({ kind: 'check' })));
    const [answer] = answers;
    return answer?.kind === 'checked' ? answer.warnings : [];
  }

  /**
   * Reads one PDF. Its bytes are handed to the thread, not copied: the caller must not use them
   * again. Each page found to need OCR, and each one read, restarts the time limit with room for
   * the pages still to read, so a long scan goes on while a page that hangs still fails.
   */
  async read(source: ReviewSource, onOcr?: (progress: OcrProgress) => void): Promise<IngestedReview> {
    let ocrPagesLeft = 0;
    const answer = await this.pool.run({ kind: 'read', source, maxPages: this.maxPages }, [source.bytes.buffer as ArrayBuffer], (progress) => {
      ocrPagesLeft = 'planned' in progress ? progress.planned : ocrPagesLeft - progress.read;
      onOcr?.(progress);
      return this.timeoutMs + ocrPagesLeft * this.ocrPageMs;
    });
    if (answer.kind !== 'read') throw new DocumentError('the reader thread answered a read with no review.', 'unreadable');
    return answer.review;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
