import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/store.js';
import { indexColumns } from './passage-index.js';

/** A request from IndexSnapshots: build the index, or only warm the frequent terms' rankings. */
export interface IndexJob {
  type: 'build' | 'warm';
  generation: number;
}

export type IndexMessage =
  | { type: 'index'; generation: number; columns: ReturnType<typeof indexColumns> }
  | { type: 'warm'; generation: number; term: string; docs: number; ids: Int32Array; ranks: Float64Array };

/**
 * Terms in this many passages or more are ranked ahead of time: FTS5 spends about a microsecond
 * scoring each match, so these would cost a first searcher 10 ms to several hundred.
 */
const WARM_MIN_DOCS = 10_000;
/** How deep each warm ranking goes: ten pages of twenty, or a filter keeping one match in ten. */
const WARM_DEPTH = 200;

/**
 * A thread with its own read-only connection. It rebuilds the passage index, so that while an
 * ingest commits review after review the server's thread goes on answering from the last index;
 * and, once the database is quiet, it ranks the most frequent terms, one at a time, giving way to
 * any newer job.
 */
const queries = openStore((workerData as { file: string }).file, { readonly: true }).search;
let latest = 0;

parentPort?.on('message', (job: IndexJob) => {
  latest = job.generation;
  if (job.type === 'warm') {
    void warm(job.generation);
    return;
  }
  const columns = indexColumns(queries.indexRows());
  const buffers = [columns.kind, columns.year, columns.board, columns.review, columns.themes, columns.modelThemes, columns.humanThemes, columns.confirmedThemes, columns.evidence, columns.ocr].map((array) => array.buffer as ArrayBuffer);
  parentPort?.postMessage({ type: 'index', generation: job.generation, columns } satisfies IndexMessage, buffers);
});

async function warm(generation: number): Promise<void> {
  for (const [term, docs] of queries.frequentTerms(WARM_MIN_DOCS)) {
    await new Promise((resolve) => setImmediate(resolve));
    if (generation !== latest) return;
    const fts = `"${term}"`;
    // A few stems stem again to something else when searched for; those are left cold.
    if (queries.matchCount(fts) !== docs) continue;
    const { ids, ranks } = queries.bestMatches(fts, WARM_DEPTH);
    parentPort?.postMessage({ type: 'warm', generation, term, docs, ids, ranks } satisfies IndexMessage, [ids.buffer as ArrayBuffer, ranks.buffer as ArrayBuffer]);
  }
}
