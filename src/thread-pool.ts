import { parentPort, type Transferable, type Worker } from 'node:worker_threads';
import { startWorker } from './worker-thread.js';

/** How a pool names what went wrong, in the words of the work it does. */
export interface PoolErrors {
  /** The job ran past its deadline; its thread was stopped and replaced. */
  timeout(ms: number): Error;
  /** The thread ran out of its heap limit. */
  outOfMemory(): Error;
  /** The thread died (or failed to start) for another reason. */
  crashed(detail: string): Error;
  /** A job the thread answered with an error: rebuild it on this side. */
  fromReply(reply: ErrorReply): Error;
}

/** An error crossing the thread boundary: a message, and a code saying what kind of problem it is. */
export interface ErrorReply {
  message: string;
  code: string;
}

export interface ThreadPoolOptions {
  /** `import.meta.url` of the module beside the worker, and the worker's module name. */
  caller: string;
  name: string;
  size: number;
  workerData?: unknown;
  timeoutMs: number;
  /** Heap limit of each thread: a job that needs more fails alone instead of the whole process. */
  maxHeapMb: number;
  errors: PoolErrors;
  /** Stop running jobs when the process's memory passes the pool's budget (see below): for untrusted files. */
  watchMemory?: boolean;
  /**
   * Start every thread with the pool, and a replacement as soon as one is stopped, rather than when
   * a job first needs it: for a server, whose first queries should not wait for a thread to load.
   */
  eager?: boolean;
}

/** How often the process's memory is compared with the budget while jobs run. */
const MEMORY_CHECK_MS = 100;

interface Job {
  id: number;
  payload: unknown;
  transfer: readonly Transferable[];
  resolve: (result: never) => void;
  reject: (err: Error) => void;
  /** News from the thread while the job runs; a number returned is the job's new deadline, in ms from now. */
  onProgress?: (progress: never) => number | void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/**
 * Threads that do work the main thread must not: read untrusted files, run costly queries. Each
 * job gets a deadline and each thread a heap limit; a thread that crashes, runs out of memory or
 * overruns its deadline fails only its job and is replaced, while the main thread goes on
 * answering. Threads start when first needed, or all at once with `eager`. The worker module
 * answers through `answerJobs`.
 *
 * A heap limit does not cover buffers (a PDF's decoded streams, an unzipped part), so a pool of
 * untrusted work (`watchMemory`) also watches the process's resident memory while jobs run: past the pool's budget (its
 * threads' heap limits over what the process used when the pool began), the running jobs are
 * stopped as out of memory. Which thread holds the memory cannot be told from outside, so all
 * running jobs go; the queue goes on.
 * const pool = new ThreadPool({ caller: import.meta.url, name: './fts-worker', size: 2, ... })
 */
export class ThreadPool<In, Out, Progress = never> {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private readonly memoryLimit: number;
  private watching: NodeJS.Timeout | null = null;

  constructor(private readonly options: ThreadPoolOptions) {
    this.memoryLimit = process.memoryUsage.rss() + this.size * options.maxHeapMb * 1024 * 1024;
    if (options.eager) while (this.slots.length < this.size) this.slots.push(this.spawn());
  }

  get size(): number {
    return Math.max(1, this.options.size);
  }

  /** Jobs waiting for a free thread. */
  get waiting(): number {
    return this.queue.length;
  }

  /**
   * Runs one job; `transfer` hands buffers over instead of copying them (the caller loses them).
   * `onProgress` hears what the thread reports on the way, and may return a new deadline (ms from
   * now) for work that turns out longer than first thought, such as pages found to need OCR.
   */
  run(payload: In, transfer: readonly Transferable[] = [], onProgress?: (progress: Progress) => number | void): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      const job: Job = { id: (this.nextId += 1), payload, transfer, resolve: resolve as (result: never) => void, reject };
      if (onProgress) job.onProgress = onProgress as (progress: never) => number | void;
      this.queue.push(job);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = startWorker(this.options.caller, this.options.name, {
      workerData: this.options.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
    });
    const slot: Slot = { worker, job: null };
    worker.on('message', (message: { id: number; result?: unknown; error?: ErrorReply; progress?: unknown }) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      if ('progress' in message) {
        const deadline = job.onProgress?.(message.progress as never);
        if (typeof deadline === 'number') this.startTimer(slot, job, deadline);
        return;
      }
      this.finish(slot);
      if (message.error) job.reject(this.options.errors.fromReply(message.error));
      else job.resolve(message.result as never);
    });
    worker.on('error', (err) => {
      const outOfMemory = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(slot, outOfMemory ? this.options.errors.outOfMemory() : this.options.errors.crashed(err.message));
    });
    worker.on('exit', (code) => {
      if (slot.job) this.fail(slot, this.options.errors.crashed(`exit code ${code}`));
      else this.slots.splice(this.slots.indexOf(slot) >>> 0, 1);
    });
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((candidate) => !candidate.job);
      if (!slot && this.slots.length < this.size) this.slots.push((slot = this.spawn()));
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      this.startTimer(slot, job, this.options.timeoutMs);
      slot.worker.postMessage({ id: job.id, payload: job.payload }, job.transfer);
      if (this.options.watchMemory) this.watchMemory();
    }
  }

  private startTimer(slot: Slot, job: Job, timeoutMs: number): void {
    if (job.timer) clearTimeout(job.timer);
    job.timer = setTimeout(() => this.fail(slot, this.options.errors.timeout(timeoutMs)), timeoutMs);
  }

  private watchMemory(): void {
    if (this.watching) return;
    this.watching = setInterval(() => {
      const busy = this.slots.filter((slot) => slot.job);
      if (busy.length === 0) {
        clearInterval(this.watching!);
        this.watching = null;
      } else if (process.memoryUsage.rss() > this.memoryLimit) {
        for (const slot of busy) this.fail(slot, this.options.errors.outOfMemory());
      }
    }, MEMORY_CHECK_MS);
    this.watching.unref();
  }

  private finish(slot: Slot): void {
    if (slot.job?.timer) clearTimeout(slot.job.timer);
    slot.job = null;
    slot.worker.unref();
    queueMicrotask(() => this.dispatch());
  }

  /** A thread that crashed or hung: its job fails, and a fresh thread takes its place. */
  private fail(slot: Slot, err: Error): void {
    const job = slot.job;
    if (!job) return;
    this.finish(slot);
    slot.worker.removeAllListeners('exit');
    void slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    if (this.options.eager) this.slots.push(this.spawn());
    job.reject(err);
    this.dispatch();
  }
}

/**
 * The worker side of a ThreadPool: runs `handle` on each job and posts its result, or the error
 * as `describe` puts it; `handle` may `report` progress on the way. `transferOf` names the
 * result's buffers to hand back without a copy.
 */
export function answerJobs<In, Out, Progress = never>(
  handle: (payload: In, report: (progress: Progress) => void) => Promise<Out> | Out,
  describe: (err: unknown) => ErrorReply,
  transferOf: (result: Out) => Transferable[] = () => [],
): void {
  parentPort?.on('message', async (job: { id: number; payload: In }) => {
    try {
      const result = await handle(job.payload, (progress) => parentPort?.postMessage({ id: job.id, progress }));
      parentPort?.postMessage({ id: job.id, result }, transferOf(result));
    } catch (err) {
      parentPort?.postMessage({ id: job.id, error: describe(err) });
    }
  });
}
