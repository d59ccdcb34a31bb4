import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MODEL_FILE } from '../classifier/index.js';
import type { Config } from '../config.js';
import type { CodeInput, HumanCode, JudgedVersions } from '../model/codes.js';
import type { CodeStore } from '../store/code-store.js';

export interface RecordDeps {
  codes: CodeStore;
  versions: JudgedVersions;
  /** Told which passages' themes changed, so a search index in this process shows them at once. */
  refreshPassages?: (ids: readonly number[]) => void;
}

/** Records a batch of codes (all or none) and refreshes what counts themes. */
export function recordCodes(deps: RecordDeps, inputs: readonly CodeInput[]): HumanCode[] {
  const stored = deps.codes.record(inputs, deps.versions);
  deps.refreshPassages?.([...new Set(stored.map((code) => code.passage_id!))]);
  return stored;
}

/**
 * The versions a code is judged against, for the lexicon version of the tags a coder saw: that, and
 * the learned model's (the first 12 hex digits of its file's sha256) when it is on and was trained
 * with those lexicons, as the tagger then uses it; null otherwise. The model file is read once.
 * judgedVersions(config)(tagger.version) -> { lexicon_version: '3f2a…', model_version: '9c1e…' }
 */
export function judgedVersions(config: Pick<Config, 'lexicons' | 'model'>): (lexiconVersion: string) => JudgedVersions {
  let model: { trainedWith: string | undefined; version: string } | null | undefined;
  return (lexiconVersion) => {
    model ??= readModel(config);
    return { lexicon_version: lexiconVersion, model_version: model && model.trainedWith === lexiconVersion ? model.version : null };
  };
}

function readModel(config: Pick<Config, 'lexicons' | 'model'>): { trainedWith: string | undefined; version: string } | null {
  const file = path.join(config.lexicons, MODEL_FILE);
  if (!config.model || !existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  return { trainedWith: (JSON.parse(text) as { lexiconVersion?: string }).lexiconVersion, version: createHash('sha256').update(text).digest('hex').slice(0, 12) };
}
