import { parentPort, workerData } from 'node:worker_threads';
import { compileTagger, type LexiconSource } from '../lexicon/index.js';
import { tagStored, type PassageText } from './retag.js';

/** A tagger thread (tag-pool.ts): compiles the lexicons once, reports their version, then tags the passages sent to it. */
const tagger = compileTagger((workerData as { sources: LexiconSource[] }).sources);
parentPort?.postMessage({ version: tagger.version });

parentPort?.on('message', (job: { id: number; passages: PassageText[] }) => {
  parentPort?.postMessage({ id: job.id, results: job.passages.map((passage) => tagStored(tagger, passage)) });
});
