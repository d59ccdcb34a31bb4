import type { Worker } from 'node:worker_threads';
import type { TaggingSources } from '../classifier/index.js';
import { AppError, LexiconError } from '../errors.js';
import type { ErrorReply } from '../thread-pool.js';
import { startWorker } from '../worker-thread.js';
import type { PassageTagging, PassageText, Retagged } from './retag.js';

/** What a tagger thread says once it has compiled the lexicons and model: their version and warnings, or why it could not. */
export type CompileReport = { version: string; warnings: string[] } | { error: ErrorReply };

/** A run of passages waiting for a thread, and where its results go. */
interface Chunk {
  passages: PassageText[];
  resolve: (results: Retagged[]) => void;
  reject: (err: Error) => void;
}

/**
 * Passages a thread is sent at a time. A batch is cut into chunks that threads take as they free
 * up, so that neither waits for the other at the end of a batch; each thread holds six chunks
 * (some 0.4 s of tagging), so that it goes on while the main thread writes a batch and cannot
 * answer. With two chunks of 200 a thread, a CPU profile still found each thread idle 4-6 s of a
 * retag of the benchmark database.
 */
const CHUNK = 100;
const CHUNKS_PER_THREAD = 6;

/**
 * Each thread's young generation: tagging allocates many short-lived objects a sentence, which at
 * V8's default size the collector copies out often; at 192 MB a CPU profile of a tagger thread
 * puts the collector at 2.6% of its time instead of 4.5%, for up to some 150 MB more memory a thread.
 */
const YOUNG_GENERATION_MB = 192;

/**
 * Tagger threads for `lessons retag`: each compiles the lexicons and model it is given (and so has its own
 * wink-nlp instance) and tags the passages sent to it; the results come back in order. They never
 * touch the database. startWorker runs the compiled tag-worker.js, or its .ts source under the test runner.
 * const pool = await TagPool.start(readTaggingSources(config, warn), 2, warn); await pool.tagAll(passages); await pool.close();
 */
export class TagPool implements PassageTagging {
  private readonly queue: Chunk[] = [];
  /** By thread, its chunks in the order sent: a thread answers them in that order. */
  private readonly sent: Chunk[][];

  private constructor(
    private readonly workers: Worker[],
    readonly version: string,
  ) {
    this.sent = workers.map(() => []);
    workers.forEach((worker, index) => {
      worker.on('message', (results: Retagged[]) => {
        this.sent[index]?.shift()?.resolve(results);
        this.dispatch();
      });
      worker.on('error', (err) => this.failAll(err));
      worker.on('exit', (code) => this.failAll(new Error(`a tagger thread stopped (exit code ${code})`)));
    });
  }

  /**
   * Starts `size` threads and waits until each has compiled the lexicons. The main thread does not
   * compile them itself: a broken lexicon is reported once, as the first thread found it, and a
   * stale model's warning is passed to `warn` once.
   */
  static async start(sources: TaggingSources, size: number, warn: (message: string) => void = () => {}): Promise<TagPool> {
    const workers = Array.from({ length: Math.max(1, size) }, () => startWorker(import.meta.url, './tag-worker', { workerData: { sources }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
    const reports = await Promise.all(workers.map((worker) => new Promise<CompileReport>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    }))).catch(async (err: Error) => {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw err;
    });
    const [first] = reports as [CompileReport];
    if ('error' in first) {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw first.error.code === 'lexicon_invalid' ? new LexiconError(first.error.message) : new AppError(first.error.message, 500, first.error.code);
    }
    first.warnings.forEach(warn);
    return new TagPool(workers, first.version);
  }

  /** Cuts the passages into chunks for whichever thread is free, and joins the results in order. */
  async tagAll(passages: readonly PassageText[]): Promise<Retagged[]> {
    const parts: Array<Promise<Retagged[]>> = [];
    for (let first = 0; first < passages.length; first += CHUNK) {
      const slice = passages.slice(first, first + CHUNK).map(({ text, section_kind }) => ({ text, section_kind }));
      parts.push(new Promise<Retagged[]>((resolve, reject) => this.queue.push({ passages: slice, resolve, reject })));
    }
    this.dispatch();
    return (await Promise.all(parts)).flat();
  }

  async close(): Promise<void> {
    this.workers.forEach((worker) => worker.removeAllListeners('exit'));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    for (let sent = 1; sent <= CHUNKS_PER_THREAD; sent += 1) {
      this.workers.forEach((worker, index) => {
        const chunks = this.sent[index] as Chunk[];
        const chunk = chunks.length < sent ? this.queue.shift() : undefined;
        if (!chunk) return;
        chunks.push(chunk);
        worker.postMessage(chunk.passages);
      });
    }
  }

  private failAll(err: Error): void {
    for (const chunk of [...this.sent.flat(), ...this.queue]) chunk.reject(err);
    this.sent.forEach((chunks) => chunks.splice(0));
    this.queue.splice(0);
  }
}
