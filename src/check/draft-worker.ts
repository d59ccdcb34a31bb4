import { workerData } from 'node:worker_threads';
import { documentReply } from '../ingest/document-reply.js';
import { loadTagger } from '../lexicon/index.js';
import { answerJobs } from '../thread-pool.js';
import { readAndTagDraft, type DraftLimits } from './draft-reader.js';
import type { Draft } from './types.js';

/** A draft-reading thread: loads the lexicons once, then reads and tags drafts on request. */
const tagger = loadTagger((workerData as { lexicons: string }).lexicons);

answerJobs((job: { draft: Draft; limits: DraftLimits }) => readAndTagDraft(job.draft, tagger, job.limits), documentReply);
