import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-thread.js';
import { DocumentError, type DocumentProblem } from '../errors.js';
import type { TaggingSources } from '../classifier/index.js';
import type { ReviewSource } from './ingest-review.js';
import type { IngestedReview } from './types.js';

interface Job {
  id: number;
  source: ReviewSource;
  resolve: (review: IngestedReview) => void;
  reject: (err: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export interface PoolOptions {
  size: number;
  /** The lexicons and model each thread compiles. */
  tagging: TaggingSources;
  /** A PDF still being read after this long is given up on, and its thread replaced. */
  timeoutMs?: number;
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

  read(source: ReviewSource): Promise<IngestedReview> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: (this.nextId += 1), source, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = startWorker(import.meta.url, './ingest-worker', {
      workerData: { tagging: this.options.tagging },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 2048 },
    });
    const slot: Slot = { worker, job: null };
    worker.on('message', (message: { id: number; review?: IngestedReview; error?: { message: string; problem: DocumentProblem } }) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
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
      const timeoutMs = this.options.timeoutMs ?? 300_000;
      job.timer = setTimeout(() => this.fail(slot, new DocumentError(`reading took longer than ${Math.round(timeoutMs / 1000)} s; the PDF may be malformed or far too large.`, 'too_large')), timeoutMs);
      // The bytes are copied, not transferred: the caller may still need them.
      slot.worker.postMessage({ id: job.id, source: job.source });
    }
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
