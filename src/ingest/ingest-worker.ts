import { workerData } from 'node:worker_threads';
import { compileTagging, type TaggingSources } from '../classifier/index.js';
import { answerJobs } from '../thread-pool.js';
import { documentReply } from './document-reply.js';
import { ingestReview, type ReviewSource } from './ingest-review.js';

/**
 * A reader thread: compiles the lexicons and model (and so has its own wink instance) once, then
 * ingests PDFs on request. The main thread has already warned of any problem with the model.
 */
const tagger = compileTagging((workerData as { tagging: TaggingSources }).tagging, () => {});

answerJobs((job: { source: ReviewSource; maxPages: number }) => ingestReview(job.source, tagger, { maxPages: job.maxPages }), documentReply);
