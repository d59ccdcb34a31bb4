import { workerData } from 'node:worker_threads';
import { loadTagger } from '../lexicon/index.js';
import { answerJobs } from '../thread-pool.js';
import { documentReply } from './document-reply.js';
import { ingestReview, type ReviewSource } from './ingest-review.js';

/** A reader thread: loads the lexicons (and so its own wink instance) once, then ingests PDFs on request. */
const tagger = loadTagger((workerData as { lexicons: string }).lexicons);

answerJobs((job: { source: ReviewSource; maxPages: number }) => ingestReview(job.source, tagger, { maxPages: job.maxPages }), documentReply);
