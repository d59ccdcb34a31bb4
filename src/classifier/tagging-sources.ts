import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { readLexiconSources } from '../lexicon/lexicon-sources.js';
import type { LexiconSource } from '../lexicon/types.js';

// Apart from compiling: ingest's main thread reads the sources for its reader threads, and so does
// not load wink and its model (some 50 MB and 0.2 CPU-s) for nothing.
/** The model lives beside the lexicons it was trained with. */
export const MODEL_FILE = 'model.json';

/** What the tagger threads need to build the same tagger: the lexicon sources, and the model's text when it is on. */
export interface TaggingSources {
  lexicons: LexiconSource[];
  model: { file: string; text: string } | null;
  threshold: number;
}

/**
 * Reads what the configuration asks for: the lexicons, and the model unless `model` is off.
 * A missing model file is a warning (tagging goes on with patterns alone), not an error.
 */
export function readTaggingSources(config: Pick<Config, 'lexicons' | 'model' | 'modelThreshold'>, warn: (message: string) => void): TaggingSources {
  const lexicons = readLexiconSources(config.lexicons);
  if (!config.model) return { lexicons, model: null, threshold: config.modelThreshold };
  const file = path.join(config.lexicons, MODEL_FILE);
  if (!existsSync(file)) {
    warn(`no learned model at ${file}: tagging with the lexicon patterns alone. Build one with: npx tsx scripts/train-model.ts, or set LESSONS_MODEL=off to silence this.`);
    return { lexicons, model: null, threshold: config.modelThreshold };
  }
  return { lexicons, model: { file, text: readFileSync(file, 'utf8') }, threshold: config.modelThreshold };
}
