import { parentPort, workerData } from 'node:worker_threads';
import { compileTagging, type TaggingSources } from '../classifier/index.js';
import { AppError, describeError } from '../errors.js';
import { ingestReview, type ReviewSource } from './ingest-review.js';

/**
 * A reader thread: compiles the lexicons and model (and so has its own wink instance) once, then
 * ingests PDFs on request. The main thread has already warned of any problem with the model.
 */
const tagger = compileTagging((workerData as { tagging: TaggingSources }).tagging, () => {});

parentPort?.on('message', async (job: { id: number; source: ReviewSource }) => {
  try {
    const review = await ingestReview(job.source, tagger);
    parentPort?.postMessage({ id: job.id, review });
  } catch (err) {
    const problem = err instanceof AppError ? err.code : 'unreadable';
    parentPort?.postMessage({ id: job.id, error: { message: describeError(err), problem } });
  }
});
