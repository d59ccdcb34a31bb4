import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadTagger } from '../../src/lexicon/index.js';
import type { PassageKind } from '../../src/model/themes.js';

/** The kind of a passage read without its section: the cases and pairs of passage-kinds.json. */
interface KindCase {
  signal: string;
  kind: PassageKind;
  text: string;
}

interface KindPair {
  change: string;
  from: Omit<KindCase, 'signal'>;
  to: Omit<KindCase, 'signal'>;
}

const data = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'test/lexicon/passage-kinds.json'), 'utf8')) as { cases: KindCase[]; pairs: KindPair[] };
const tagger = loadTagger(path.join(PROJECT_ROOT, 'lexicons'));

describe('the kind of a passage read without its section', () => {
  test.each(data.cases.map((item) => [item.signal, item] as const))('when %s, then the kind follows', (_signal, { kind, text }) => {
    expect(tagger.tag(text).kind, text).toBe(kind);
  });

  test.each(data.pairs.map((pair) => [pair.change, pair] as const))('when %s, then the kind changes with it', (_change, { from, to }) => {
    expect(from.kind).not.toBe(to.kind);
    expect(tagger.tag(from.text).kind, from.text).toBe(from.kind);
    expect(tagger.tag(to.text).kind, to.text).toBe(to.kind);
  });

  test('when a section gives the kind, then the text does not change it', () => {
    for (const { text } of data.cases) expect(tagger.tag(text, { section: 'narrative' }).kind).toBe('narrative');
  });
});
