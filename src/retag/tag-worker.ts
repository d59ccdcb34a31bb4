import { parentPort, workerData } from 'node:worker_threads';
import { compileTagging, type TaggingSources } from '../classifier/index.js';
import { AppError, describeError } from '../errors.js';
import type { Tagger } from '../lexicon/index.js';
import { tagStored, type PassageText } from './retag.js';
import type { CompileReport } from './tag-pool.js';

/**
 * A tagger thread (tag-pool.ts): compiles the lexicons and model once and reports the version and
 * what compiling warned of, or the error of a broken lexicon; then tags the passages sent to it.
 */
const warnings: string[] = [];
const compiled = ((): { tagger: Tagger; report: CompileReport } | { report: CompileReport } => {
  try {
    const tagger = compileTagging((workerData as { sources: TaggingSources }).sources, (message) => warnings.push(message));
    return { tagger, report: { version: tagger.version, warnings } };
  } catch (err) {
    return { report: { error: { message: describeError(err), code: err instanceof AppError ? err.code : 'tagger_failed' } } };
  }
})();
parentPort?.postMessage(compiled.report);

if ('tagger' in compiled) {
  const { tagger } = compiled;
  parentPort?.on('message', (passages: PassageText[]) => {
    parentPort?.postMessage(passages.map((passage) => tagStored(tagger, passage)));
  });
}
