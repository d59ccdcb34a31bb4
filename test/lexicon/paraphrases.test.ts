import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadTagger } from '../../src/lexicon/index.js';

const tagger = loadTagger(path.join(PROJECT_ROOT, 'lexicons'));

/** paraphrases.txt: "+wanted -unwanted | sentence", one a line, "-*" for no theme at all; "#" starts a comment. */
const cases = readFileSync(new URL('./paraphrases.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const bar = line.indexOf('|');
    const marks = line.slice(0, bar).trim().split(/\s+/).filter(Boolean);
    const wanted = marks.filter((mark) => mark.startsWith('+')).map((mark) => mark.slice(1));
    const unwanted = marks.filter((mark) => mark.startsWith('-')).map((mark) => mark.slice(1));
    return [line.slice(bar + 1).trim(), wanted, unwanted] as const;
  });

test('the paraphrase file is read', () => {
  expect(cases.length).toBeGreaterThan(50);
});

test.each(cases)('"%s" gets %j and not %j', (text, wanted, unwanted) => {
  const { themes } = tagger.tag(text);
  for (const theme of wanted) expect(themes).toContain(theme);
  if (unwanted.includes('*')) expect(themes).toEqual([]);
  for (const theme of unwanted) expect(themes).not.toContain(theme);
});
