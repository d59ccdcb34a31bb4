import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { MODEL_FILE, readTaggingSources } from '../../src/classifier/index.js';
import { compileTagger } from '../../src/lexicon/index.js';
import { parseModelFile } from '../../src/classifier/theme-model.js';
import { FAILURE_GROUPS } from '../../src/classifier/features.js';
import { THEME_IDS } from '../../src/model/themes.js';

const config = loadConfig({});
const sources = readTaggingSources(config, (message) => {
  throw new Error(message);
});

describe('the committed model', () => {
  test('when the lexicons change, then this fails until the model is rebuilt with: npx tsx scripts/train-model.ts', () => {
    const model = parseModelFile(sources.model?.text ?? '', MODEL_FILE);
    expect(model.lexiconVersion, 'lexicons/model.json was trained with other lexicons: run npx tsx scripts/train-model.ts').toBe(compileTagger(sources.lexicons).version);
  });

  test('when the model gates on failure words, then every one of them is a group of the lexicons', () => {
    const groups = new Set(sources.lexicons.flatMap(({ source }) => [...source.matchAll(/^group: (@[a-z_]+)/gm)].map((match) => match[1])));
    const model = parseModelFile(sources.model?.text ?? '', MODEL_FILE);
    expect(model.failureGate).toEqual(FAILURE_GROUPS);
    for (const group of FAILURE_GROUPS) expect(groups, `${group} (src/classifier/features.ts) is not defined in lexicons/*.lex`).toContain(group);
  });

  test('when it is loaded, then it weighs features for every theme, records its training, and stays small', () => {
    const model = parseModelFile(sources.model?.text ?? '', MODEL_FILE);
    expect(Object.keys(model.themes).sort()).toEqual([...THEME_IDS].sort());
    expect(model.trainingData).toMatch(/^[0-9a-f]{12}$/);
    expect(model.figures).toHaveProperty(['hard-train both']);
    expect(statSync(path.join(config.lexicons, MODEL_FILE)).size).toBeLessThan(512 * 1024);
  });
});
