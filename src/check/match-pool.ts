import { ThreadPool } from '../thread-pool.js';

/** Groups of words for a thread to ask, with counters shared with the check that asks the rest. */
export interface MatchJob {
  groups: ReadonlyArray<readonly string[]>;
  limit: number;
  /** On a SharedArrayBuffer: [0] the next group to ask, [1] how many the thread took. */
  next: Int32Array;
}

/** Asks some of `groups` on another connection, taking each group's index from `next`; answers [index, passage ids] for those it asked. */
export type GroupMatcher = (job: MatchJob) => Promise<Array<[number, Int32Array]>>;

/** A matching job's deadline: past it the thread is replaced, and the check asks what is left itself. */
const TIMEOUT_MS = 60_000;

/**
 * A thread with its own read-only connection that asks FTS5 for the passages containing a draft's
 * groups of words while the check's thread places its recommendations and assesses its quality,
 * then shares what is left of the groups with it. At 10,000 reviews those queries are half of a
 * warm check's time. A failure here costs only time: the check asks any group without an answer.
 * const matcher = matchPool(db.name); await checkDraft(draft, { ...deps, matcher })
 */
export function matchPool(file: string): GroupMatcher {
  const failed = (detail: string) => new Error(`the matching thread failed: ${detail}`);
  const pool = new ThreadPool<MatchJob, Array<[number, Int32Array]>>({
    caller: import.meta.url,
    name: './match-worker',
    size: 1,
    workerData: { file },
    timeoutMs: TIMEOUT_MS,
    maxHeapMb: 256,
    // Started by the first check (which asks most groups itself meanwhile), not by every app made.
    errors: { timeout: () => failed('deadline'), outOfMemory: () => failed('out of memory'), crashed: failed, fromReply: (reply) => failed(reply.message) },
  });
  return (job) => pool.run(job);
}
