import { parentPort, workerData } from 'node:worker_threads';
import { loadTagger } from '../lexicon/index.js';
import { AppError, describeError } from '../errors.js';
import { ingestReview, type ReviewSource } from './ingest-review.js';

/** A reader thread: loads the lexicons (and so its own wink instance) once, then ingests PDFs on request. */
const tagger = loadTagger((workerData as { lexicons: string }).lexicons);

parentPort?.on('message', async (job: { id: number; source: ReviewSource }) => {
  try {
    const review = await ingestReview(job.source, tagger);
    parentPort?.postMessage({ id: job.id, review });
  } catch (err) {
    const problem = err instanceof AppError ? err.code : 'unreadable';
    parentPort?.postMessage({ id: job.id, error: { message: describeError(err), problem } });
  }
});
