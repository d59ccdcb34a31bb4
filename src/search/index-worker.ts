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
  | { type: 'warm'; generation: number; term: string; docs: number; ids: Int32Array; ranks: Float64Array; matches: Int32Array | null };

/**
 * Terms in this many passages or more are ranked ahead of time: FTS5 spends about a microsecond
 * scoring each match, so these would cost a first searcher 10 ms to several hundred.
 */
const WARM_MIN_DOCS = 10_000;
/**
 * How deep each warm ranking goes: a filter keeping one match in twenty still finds its first
 * page in it. Scoring every match is the cost; keeping 2,000 rather than 200 of them costs ~24 KB.
 */
const WARM_DEPTH = 2000;
/**
 * Match ids kept for warm terms, most frequent first (4 bytes each: 48 MB at most): with them, a
 * first search for the word asks FTS5 nothing. Function words are left out, as nobody searches them alone.
 */
const WARM_IDS_HELD = 12_000_000;
const FUNCTION_WORDS = new Set(['a', 'about', 'after', 'all', 'also', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'in', 'is', 'it', 'not', 'of', 'on', 'or', 'she', 'that', 'the', 'their', 'there', 'they', 'this', 'to', 'wa', 'was', 'were', 'which', 'with', 'would']);

/**
 * A thread with its own read-only connection. It rebuilds the passage index, so that while an
 * ingest commits review after review the server's thread goes on answering from the last index;
 * and, once the database is quiet, it ranks the most frequent terms, one at a time, giving way to
 * any newer job.
 */
const { file, warmMinDocs = WARM_MIN_DOCS } = workerData as { file: string; warmMinDocs?: number };
const queries = openStore(file, { readonly: true }).search;
let latest = 0;

parentPort?.on('message', (job: IndexJob) => {
  latest = job.generation;
  if (job.type === 'warm') {
    void warm(job.generation);
    return;
  }
  const columns = queries.readIndexRows(indexColumns);
  const buffers = [columns.kind, columns.year, columns.board, columns.review, columns.themes, columns.modelThemes, columns.humanThemes, columns.confirmedThemes, columns.evidence, columns.ocr].map((array) => array.buffer as ArrayBuffer);
  parentPort?.postMessage({ type: 'index', generation: job.generation, columns } satisfies IndexMessage, buffers);
});

async function warm(generation: number): Promise<void> {
  let held = 0;
  for (const [term, docs] of queries.frequentTerms(warmMinDocs)) {
    await new Promise((resolve) => setImmediate(resolve));
    if (generation !== latest) return;
    const fts = `"${term}"`;
    const keep = !FUNCTION_WORDS.has(term) && held + docs <= WARM_IDS_HELD;
    const matches = keep ? queries.matchingIds(fts) : null;
    // A few stems stem again to something else when searched for; those are left cold.
    if ((matches?.length ?? queries.matchCount(fts)) !== docs) continue;
    if (matches) held += docs;
    const { ids, ranks } = queries.bestMatches(fts, WARM_DEPTH);
    const buffers = [ids.buffer, ranks.buffer, ...(matches ? [matches.buffer] : [])] as ArrayBuffer[];
    parentPort?.postMessage({ type: 'warm', generation, term, docs, ids, ranks, matches } satisfies IndexMessage, buffers);
  }
}
