import type { Worker } from 'node:worker_threads';
import type { TaggingSources } from '../classifier/index.js';
import { startWorker } from '../worker-thread.js';
import type { PassageTagging, PassageText, Retagged } from './retag.js';

interface Pending {
  resolve: (results: Retagged[]) => void;
  reject: (err: Error) => void;
}

/**
 * Tagger threads for `lessons retag`: each compiles the lexicons and model it is given (and so has its own
 * wink-nlp instance) and tags the passages sent to it; a batch is split between them and the
 * results come back in order. They never touch the database. startWorker runs the compiled
 * tag-worker.js, or its .ts source under the test runner.
 * const pool = await TagPool.start(readTaggingSources(config, warn), 2); await pool.tagAll(passages); await pool.close();
 */
export class TagPool implements PassageTagging {
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  private constructor(
    private readonly workers: Worker[],
    readonly version: string,
  ) {
    for (const worker of workers) {
      worker.on('message', (message: { id: number; results: Retagged[] }) => {
        const job = this.pending.get(message.id);
        this.pending.delete(message.id);
        job?.resolve(message.results);
      });
      worker.on('error', (err) => this.failAll(err));
      worker.on('exit', (code) => this.failAll(new Error(`a tagger thread stopped (exit code ${code})`)));
    }
  }

  /** Starts `size` threads and waits until each has compiled the lexicons. */
  static async start(sources: TaggingSources, size: number): Promise<TagPool> {
    const workers = Array.from({ length: Math.max(1, size) }, () => startWorker(import.meta.url, './tag-worker', { workerData: { sources } }));
    const versions = await Promise.all(workers.map((worker) => new Promise<string>((resolve, reject) => {
      worker.once('message', (message: { version: string }) => resolve(message.version));
      worker.once('error', reject);
    }))).catch(async (err: Error) => {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw err;
    });
    return new TagPool(workers, versions[0] as string);
  }

  /** Splits the passages into one run a thread, and joins the results in order. */
  async tagAll(passages: readonly PassageText[]): Promise<Retagged[]> {
    const share = Math.ceil(passages.length / this.workers.length);
    const parts = this.workers.map((worker, index) => {
      const slice = passages.slice(index * share, (index + 1) * share).map(({ text, section_kind }) => ({ text, section_kind }));
      if (slice.length === 0) return Promise.resolve([]);
      return new Promise<Retagged[]>((resolve, reject) => {
        const id = (this.nextId += 1);
        this.pending.set(id, { resolve, reject });
        worker.postMessage({ id, passages: slice });
      });
    });
    return (await Promise.all(parts)).flat();
  }

  async close(): Promise<void> {
    this.workers.forEach((worker) => worker.removeAllListeners('exit'));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private failAll(err: Error): void {
    for (const job of this.pending.values()) job.reject(err);
    this.pending.clear();
  }
}
