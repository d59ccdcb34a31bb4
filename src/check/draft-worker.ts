import { workerData } from 'node:worker_threads';
import { compileTagging, type TaggingSources } from '../classifier/index.js';
import { documentReply } from '../ingest/document-reply.js';
import { answerJobs } from '../thread-pool.js';
import { readAndTagDraft, type DraftLimits } from './draft-reader.js';
import type { Draft } from './types.js';

/** A draft-reading thread: compiles the lexicons and model once, then reads and tags drafts on request. */
const tagger = compileTagging((workerData as { tagging: TaggingSources }).tagging, () => {});

answerJobs((job: { draft: Draft; limits: DraftLimits }) => readAndTagDraft(job.draft, tagger, job.limits), documentReply);
