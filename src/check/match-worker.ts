import { workerData } from 'node:worker_threads';
import { checkQueries } from '../store/check-queries.js';
import { openDatabase } from '../store/database.js';
import { answerJobs } from '../thread-pool.js';
import type { MatchJob } from './match-pool.js';

/** A thread that asks the corpus which passages contain groups of a draft's words, on its own read-only connection. Nothing of a draft outlives its job. */
const queries = checkQueries(openDatabase((workerData as { file: string }).file, { readonly: true }));

/** Takes the next group to ask from the counter it shares with the check, until none is left, counting those it took: [group's index, passage ids]. */
function match(job: MatchJob): Array<[number, Int32Array]> {
  const found: Array<[number, Int32Array]> = [];
  for (let at = Atomics.add(job.next, 0, 1); at < job.groups.length; at = Atomics.add(job.next, 0, 1)) {
    Atomics.add(job.next, 1, 1);
    found.push([at, Int32Array.from(queries.passagesWithAll(job.groups[at] ?? [], job.limit))]);
  }
  return found;
}

answerJobs(
  match,
  (err) => ({ message: err instanceof Error ? err.message : String(err), code: 'match_failed' }),
  (found) => found.map(([, ids]) => ids.buffer as ArrayBuffer),
);
