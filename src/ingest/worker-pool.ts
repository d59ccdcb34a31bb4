import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-thread.js';
import { DocumentError, type DocumentProblem } from '../errors.js';
import type { ReviewSource } from './ingest-review.js';
import type { IngestedReview } from './types.js';

/** News from a reader thread about a PDF's pages without a text layer: how many it will OCR, then each one read. */
export type OcrProgress = { planned: number } | { read: number };

interface Job {
  id: number;
  source: ReviewSource;
  resolve: (review: IngestedReview) => void;
  reject: (err: Error) => void;
  onOcr?: (progress: OcrProgress) => void;
  timer?: NodeJS.Timeout;
  /** Pages still to OCR, which the time limit makes room for. */
  ocrPagesLeft: number;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export interface PoolOptions {
  size: number;
  lexicons: string;
  /** A PDF still being read after this long is given up on, and its thread replaced. */
  timeoutMs?: number;
  /** Read pages without a text layer by OCR. */
  ocr?: boolean;
  /** Added to the time limit for each page still to OCR: a scan of many pages is slow, not stuck. */
  ocrPageMs?: number;
  /** Heap limit of each reader thread: a PDF that needs more fails alone instead of the whole ingest. */
  maxHeapMb?: number;
}

/**
 * Reader threads, so that ingest uses every core: each thread reads, segments and tags whole
 * PDFs; the main thread only writes to SQLite.
 */
export class ReaderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < Math.max(1, options.size); i += 1) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  read(source: ReviewSource, onOcr?: (progress: OcrProgress) => void): Promise<IngestedReview> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: (this.nextId += 1), source, resolve, reject, ocrPagesLeft: 0, ...(onOcr ? { onOcr } : {}) });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = startWorker(import.meta.url, './ingest-worker', {
      workerData: { lexicons: this.options.lexicons, ocr: this.options.ocr ?? true },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 2048 },
    });
    const slot: Slot = { worker, job: null };
    worker.on('message', (message: { id: number; review?: IngestedReview; error?: { message: string; problem: DocumentProblem }; ocr?: OcrProgress }) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      if (message.ocr) {
        job.ocrPagesLeft = 'planned' in message.ocr ? message.ocr.planned : job.ocrPagesLeft - message.ocr.read;
        this.startTimer(slot, job);
        job.onOcr?.(message.ocr);
        return;
      }
      this.finish(slot);
      if (message.review) job.resolve(message.review);
      else job.reject(new DocumentError(message.error?.message ?? 'the PDF could not be read.', message.error?.problem ?? 'unreadable'));
    });
    worker.on('error', (err) => this.fail(slot, describeWorkerError(err)));
    worker.on('exit', (code) => {
      if (slot.job) this.fail(slot, new DocumentError(`the reader thread stopped (exit code ${code}) while reading this PDF.`, 'unreadable'));
    });
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.ref();
      this.startTimer(slot, job);
      // The bytes are copied, not transferred: the caller may still need them.
      slot.worker.postMessage({ id: job.id, source: job.source });
    }
  }

  /**
   * (Re)starts a job's time limit: the limit per file, plus the time per page still to OCR. Each
   * page read restarts it, so a scan of many pages goes on while a page that hangs still fails.
   */
  private startTimer(slot: Slot, job: Job): void {
    if (job.timer) clearTimeout(job.timer);
    const timeoutMs = (this.options.timeoutMs ?? 300_000) + job.ocrPagesLeft * (this.options.ocrPageMs ?? 60_000);
    job.timer = setTimeout(() => this.fail(slot, new DocumentError(`reading took longer than ${Math.round(timeoutMs / 1000)} s; the PDF may be malformed or far too large.`, 'too_large')), timeoutMs);
  }

  private finish(slot: Slot): void {
    if (slot.job?.timer) clearTimeout(slot.job.timer);
    slot.job = null;
    slot.worker.unref();
    queueMicrotask(() => this.dispatch());
  }

  /** A thread that crashed or hung: its job fails, and a fresh thread takes its place. */
  private fail(slot: Slot, err: DocumentError): void {
    const job = slot.job;
    if (!job) return;
    this.finish(slot);
    const index = this.slots.indexOf(slot);
    void slot.worker.terminate();
    if (index >= 0) this.slots[index] = this.spawn();
    job.reject(err);
    this.dispatch();
  }
}

function describeWorkerError(err: Error): DocumentError {
  if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new DocumentError('the PDF needs more memory than a reader thread may use; it is too large to ingest as one file.', 'too_large');
  }
  return new DocumentError(`the reader thread failed on this PDF (${err.message}).`, 'unreadable');
}
