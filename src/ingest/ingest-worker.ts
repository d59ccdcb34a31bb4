import { workerData } from 'node:worker_threads';
import { compileTagging, type TaggingSources } from '../classifier/index.js';
import { answerJobs } from '../thread-pool.js';
import { documentReply } from './document-reply.js';
import { ingestReview } from './ingest-review.js';
import { OcrEngine } from './ocr-engine.js';
import type { OcrProgress, ReaderAnswer, ReaderJob } from './worker-pool.js';

/**
 * A reader thread: compiles the lexicons and model (and so has its own wink instance) once, then
 * ingests PDFs on request. A `check` job answers what compiling said: its warnings, or the error
 * of a broken lexicon, which then also answers every other job. Its Tesseract worker starts with
 * the first page that needs OCR and ends with the thread.
 */
const options = workerData as { tagging: TaggingSources; ocr: boolean };
const warnings: string[] = [];
const compiled = (() => {
  try {
    return { tagger: compileTagging(options.tagging, (message) => warnings.push(message)) };
  } catch (error) {
    return { error };
  }
})();
const engine = options.ocr ? new OcrEngine() : null;

answerJobs<ReaderJob, ReaderAnswer, OcrProgress>(async (job, report) => {
  if (!compiled.tagger) throw compiled.error;
  if (job.kind === 'check') return { kind: 'checked', warnings };
  const ocr = engine?.forDocument({ planned: (pages) => report({ planned: pages }), read: () => report({ read: 1 }) }) ?? null;
  return { kind: 'read', review: await ingestReview(job.source, compiled.tagger, { maxPages: job.maxPages, ocr }) };
}, documentReply);
