import { parentPort, workerData } from 'node:worker_threads';
import { compileTagging, type TaggingSources } from '../classifier/index.js';
import { tagStored, type PassageText } from './retag.js';

/** A tagger thread (tag-pool.ts): compiles the lexicons and model once, reports the version, then tags the passages sent to it. */
const tagger = compileTagging((workerData as { sources: TaggingSources }).sources, () => {});
parentPort?.postMessage({ version: tagger.version });

parentPort?.on('message', (job: { id: number; passages: PassageText[] }) => {
  parentPort?.postMessage({ id: job.id, results: job.passages.map((passage) => tagStored(tagger, passage)) });
});
