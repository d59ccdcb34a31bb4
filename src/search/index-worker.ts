import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/store.js';
import { indexColumns } from './passage-index.js';
import { bestByBm25, postingsOf } from './bm25.js';
import { packedSize, packPostings } from './packed-postings.js';

/** A request from IndexSnapshots: build the index, or only warm the frequent terms' rankings. */
export interface IndexJob {
  type: 'build' | 'warm';
  generation: number;
}

export type IndexMessage =
  | { type: 'index'; generation: number; columns: ReturnType<typeof indexColumns> }
  | { type: 'basis'; generation: number; lengths: Uint16Array; rows: number; tokens: number; vocabulary: string }
  | { type: 'warm'; generation: number; term: string; gaps: Uint8Array; counts: Uint8Array | Uint16Array; best: Int32Array }
  | { type: 'warmed'; generation: number };

/**
 * Terms in this many passages or more are read ahead of time: reading a term's occurrences costs
 * a few tenths of a microsecond each, so these would cost a first searcher 10 ms to several hundred.
 */
const WARM_MIN_DOCS = 10_000;
/**
 * Bytes of packed postings held for warm terms, most frequent first (about 2 a passage): with
 * them, a first search for these words asks FTS5 nothing. Function words are left out, as nobody
 * searches them alone.
 */
const WARM_BYTES_HELD = 64_000_000;
/**
 * Each warm term's best passages kept in order (8 KB): a search for the word alone, or with a
 * filter keeping one match in twenty or more, walks them and stops when its page is full.
 */
const WARM_ORDER = 2000;
const FUNCTION_WORDS = new Set(['a', 'about', 'after', 'all', 'also', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'in', 'is', 'it', 'not', 'of', 'on', 'or', 'she', 'that', 'the', 'their', 'there', 'they', 'this', 'to', 'wa', 'was', 'were', 'which', 'with', 'would']);

/**
 * A thread with its own read-only connection. It rebuilds the passage index, so that while an
 * ingest commits review after review the server's thread goes on answering from the last index;
 * and, once the database is quiet, it reads what BM25 needs (each passage's token count, the
 * vocabulary) and then the postings of the most frequent terms, one at a time, giving way to any newer job.
 */
const { file, warmMinDocs = WARM_MIN_DOCS, warmOrder = WARM_ORDER } = workerData as { file: string; warmMinDocs?: number; warmOrder?: number };
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
  const { rows, tokens } = queries.indexTotals();
  const lengths = queries.tokenCounts();
  const terms = queries.frequentTerms(1);
  const vocabulary = terms.map(([term]) => term).sort().join('\n');
  if (generation !== latest) return;
  const basis = { lengths, rows, tokens, log: (x: number) => queries.logarithm(x) };
  parentPort?.postMessage({ type: 'basis', generation, lengths, rows, tokens, vocabulary } satisfies IndexMessage);
  let held = 0;
  for (const [term, docs] of terms) {
    if (docs < warmMinDocs) break;
    if (FUNCTION_WORDS.has(term)) continue;
    await new Promise((resolve) => setImmediate(resolve));
    if (generation !== latest) return;
    const postings = postingsOf(queries.termOccurrences(term));
    const { gaps, counts } = packPostings(postings);
    held += packedSize({ gaps, counts });
    if (held > WARM_BYTES_HELD) break;
    const best = Int32Array.from(bestByBm25(basis, postings.ids, [postings], () => true, warmOrder), ({ id }) => id);
    parentPort?.postMessage({ type: 'warm', generation, term, gaps, counts, best } satisfies IndexMessage, [gaps.buffer as ArrayBuffer, counts.buffer as ArrayBuffer, best.buffer as ArrayBuffer]);
  }
  if (generation === latest) parentPort?.postMessage({ type: 'warmed', generation } satisfies IndexMessage);
}
