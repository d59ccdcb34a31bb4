import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { judgedVersions } from '../../src/coding/record-codes.js';

const lexicons = mkdtempSync(path.join(tmpdir(), 'lessons-versions-'));
const model = JSON.stringify({ lexiconVersion: 'lex-a', themes: {} });
writeFileSync(path.join(lexicons, 'model.json'), model);
afterAll(() => rmSync(lexicons, { recursive: true, force: true }));

test.each([
  [true, 'lex-a', createHash('sha256').update(model).digest('hex').slice(0, 12)],
  [true, 'lex-b', null], // a model trained with other lexicons is left out by the tagger
  [false, 'lex-a', null],
])('when the model is %s and the tags were made by lexicons %s, then the model version recorded is %s', (switchValue, lexiconVersion, expected) => {
  expect(judgedVersions({ lexicons, model: switchValue })(lexiconVersion)).toEqual({ lexicon_version: lexiconVersion, model_version: expected });
});
