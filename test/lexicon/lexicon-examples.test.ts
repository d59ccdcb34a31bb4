import path from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { readLexiconSources, runLexiconExamples, loadTagger } from '../../src/lexicon/index.js';
import { THEME_IDS } from '../../src/model/themes.js';

const dir = path.join(PROJECT_ROOT, 'lexicons');

test('every lexicon example gets (or does not get) its theme, as `lessons lexicon test` checks', () => {
  const { examples, failures } = runLexiconExamples(readLexiconSources(dir));
  expect(examples).toBeGreaterThan(60);
  expect(failures).toEqual([]);
});

test('there is one lexicon for each of the 21 themes, and the version is a 12-digit content hash', () => {
  const tagger = loadTagger(dir);
  expect(tagger.lexicons.map((lexicon) => lexicon.id).sort()).toEqual([...THEME_IDS].sort());
  expect(tagger.version).toMatch(/^[0-9a-f]{12}$/);
});
