import type { Transferable } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import { openStore } from '../store/store.js';
import { answerJobs } from '../thread-pool.js';
import { describeQueryError } from '../store/query-errors.js';
import { occurrencesOf } from './full-text.js';

/** One FTS5 query for a search thread to run. */
export type FullTextJob =
  | { op: 'matchingIds'; fts: string }
  | { op: 'bestMatches'; fts: string; limit: number }
  | { op: 'occurrences'; terms: string[] }
  | { op: 'snippet' | 'highlighted'; fts: string; id: number };

/** A search thread: its own read-only connection, one FTS5 query at a time. */
const queries = openStore((workerData as { file: string }).file, { readonly: true }).search;
// The pool starts its threads with the server: read the index's structure, and make the table
// occurrences are read from, now, not on a first search. A database that cannot answer yet will
// say so to that search instead.
try {
  queries.matchCount('"lessons"');
  queries.termOccurrences('lessons');
} catch {
  // answered per query below
}

function run(job: FullTextJob): unknown {
  switch (job.op) {
    case 'matchingIds':
      return queries.matchingIds(job.fts);
    case 'bestMatches':
      return queries.bestMatches(job.fts, job.limit);
    case 'occurrences':
      return occurrencesOf(queries, job.terms);
    case 'snippet':
    case 'highlighted':
      return queries[job.op](job.fts, job.id);
  }
}

answerJobs(run, describeQueryError, (result): Transferable[] => {
  if (result instanceof Int32Array) return [result.buffer as ArrayBuffer];
  const ranked = result as { ids?: Int32Array; ranks?: Float64Array } | null;
  return ranked?.ids && ranked.ranks ? [ranked.ids.buffer as ArrayBuffer, ranked.ranks.buffer as ArrayBuffer] : [];
});
