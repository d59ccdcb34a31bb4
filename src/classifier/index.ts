import type { Config } from '../config.js';
import { LexiconError } from '../errors.js';
import { compileTagger, type Tagger } from '../lexicon/index.js';
import { withModel, type Layers } from './layered-tagger.js';
import { readTaggingSources, type TaggingSources } from './tagging-sources.js';
import { parseModelFile, ThemeModel } from './theme-model.js';

export { MODEL_FILE, readTaggingSources, type TaggingSources } from './tagging-sources.js';

/**
 * Compiles the lexicons and puts the model on top. A model trained with other lexicons than these
 * would read groups and patterns that have changed, so it is left out, with a warning saying how to
 * rebuild it.
 * compileTagging(readTaggingSources(config, console.warn), console.warn).tag('...')
 */
export function compileTagging(sources: TaggingSources, warn: (message: string) => void): Tagger {
  const tagger = compileTagger(sources.lexicons);
  if (!sources.model) return tagger;
  const model = new ThemeModel(parseModelFile(sources.model.text, sources.model.file));
  if (model.lexiconVersion !== tagger.version) {
    warn(`${staleModel(sources.model.file, model, tagger)} Until then tagging uses the lexicon patterns alone.`);
    return tagger;
  }
  return withModel(tagger, model, sources.threshold);
}

/**
 * The tagger of one layer, for measuring each: the patterns alone, the model alone or both. The
 * model must be there and match the lexicons.
 */
export function layerTagger(sources: TaggingSources, layer: 'patterns' | Layers): Tagger {
  const tagger = compileTagger(sources.lexicons);
  if (layer === 'patterns') return tagger;
  if (!sources.model) throw new LexiconError(`--layer ${layer} needs a model; build one with: npx tsx scripts/train-model.ts`);
  const model = new ThemeModel(parseModelFile(sources.model.text, sources.model.file));
  if (model.lexiconVersion !== tagger.version) throw new LexiconError(staleModel(sources.model.file, model, tagger));
  return withModel(tagger, model, sources.threshold, layer);
}

function staleModel(file: string, model: ThemeModel, tagger: Tagger): string {
  return `${file} was trained with lexicons ${model.lexiconVersion}, but these are ${tagger.version}. Rebuild it with: npx tsx scripts/train-model.ts`;
}

/** readTaggingSources, then compileTagging: the tagger a command uses. */
export function loadTagging(config: Pick<Config, 'lexicons' | 'model' | 'modelThreshold'>, warn: (message: string) => void): Tagger {
  return compileTagging(readTaggingSources(config, warn), warn);
}
