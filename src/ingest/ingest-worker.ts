import { parentPort, workerData } from 'node:worker_threads';
import { loadTagger } from '../lexicon/index.js';
import { AppError, describeError } from '../errors.js';
import { ingestReview, type ReviewSource } from './ingest-review.js';
import { OcrEngine } from './ocr-engine.js';

/**
 * A reader thread: loads the lexicons (and so its own wink instance) once, then ingests PDFs on
 * request. Its Tesseract worker starts with the first page that needs OCR and ends with the thread.
 */
const options = workerData as { lexicons: string; ocr: boolean };
const tagger = loadTagger(options.lexicons);
const engine = options.ocr ? new OcrEngine() : null;

parentPort?.on('message', async (job: { id: number; source: ReviewSource }) => {
  const progress = {
    planned: (pages: number) => parentPort?.postMessage({ id: job.id, ocr: { planned: pages } }),
    read: () => parentPort?.postMessage({ id: job.id, ocr: { read: 1 } }),
  };
  try {
    const review = await ingestReview(job.source, tagger, engine?.forDocument(progress) ?? null);
    parentPort?.postMessage({ id: job.id, review });
  } catch (err) {
    const problem = err instanceof AppError ? err.code : 'unreadable';
    parentPort?.postMessage({ id: job.id, error: { message: describeError(err), problem } });
  }
});
