import { workerData } from 'node:worker_threads';
import { compileTagging, type TaggingSources } from '../classifier/index.js';
import { answerJobs } from '../thread-pool.js';
import { documentReply } from './document-reply.js';
import { ingestReview, type ReviewSource } from './ingest-review.js';
import { OcrEngine } from './ocr-engine.js';
import type { OcrProgress } from './worker-pool.js';

/**
 * A reader thread: compiles the lexicons and model (and so has its own wink instance) once, then
 * ingests PDFs on request. The main thread has already warned of any problem with the model. Its
 * Tesseract worker starts with the first page that needs OCR and ends with the thread.
 */
const options = workerData as { tagging: TaggingSources; ocr: boolean };
const tagger = compileTagging(options.tagging, () => {});
const engine = options.ocr ? new OcrEngine() : null;

answerJobs<{ source: ReviewSource; maxPages: number }, Awaited<ReturnType<typeof ingestReview>>, OcrProgress>((job, report) => {
  const ocr = engine?.forDocument({ planned: (pages) => report({ planned: pages }), read: () => report({ read: 1 }) }) ?? null;
  return ingestReview(job.source, tagger, { maxPages: job.maxPages, ocr });
}, documentReply);
