import path from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { normaliseLine } from '../../src/ingest/normalise.js';
import { evaluateTagger, type Evaluation } from '../../src/lexicon/evaluation.js';
import { loadTagger } from '../../src/lexicon/index.js';
import { corpusTruths } from '../support/corpus.js';

/**
 * The bundled corpus is generated from event models written for it (scripts/corpus/events.ts),
 * not from the phrases the lexicons were written against, and labelled paragraph by paragraph by
 * its generator. Tagged with their section's kind, as ingest tags them, the paragraphs must keep
 * the scores measured after the fifth lexicon round (macro F1 0.908, 0.6% of theme-free paragraphs
 * tagged, lowest precisions 0.500 and 0.589: health_coordination, which reads a mental health
 * service not passing on a child's records as a gap in the child's health record, and
 * risk_assessment, which reads the generator's "the risk to the child grew unnoticed" as a failure
 * to recognise risk; the generator labels both under other themes). The corpus was tuned against
 * in that round and before (letters to a parent's old address, incidents "seen in isolation" and a
 * parent not invited no longer read as multi_agency), so it guards against regression; it is not a
 * held-out meter. The floors sit a
 * little under, so that a regression fails. `npx tsx scripts/eval.ts corpus/` prints the full
 * table and the errors.
 */
const MACRO_F1_FLOOR = 0.89;
const THEME_FREE_TAGGED_CEILING = 0.02;
const PRECISION_FLOOR = 0.49;

const passages = corpusTruths().flatMap((truth) =>
  truth.paragraphs.map(({ number, kind, themes, text }) => ({ id: `${truth.file}#${number}`, text: normaliseLine(text), themes, kind, section: kind })),
);
const result: Evaluation = evaluateTagger(loadTagger(path.join(PROJECT_ROOT, 'lexicons')), passages);
const describeErrors = (theme?: string) =>
  result.errors
    .filter((error) => !theme || error.theme === theme)
    .slice(0, 10)
    .map((error) => `${error.missed ? 'MISS' : 'FP'} ${error.theme} ${error.item.id}: ${error.fired.join(' | ')}`)
    .join('\n');

test('the corpus truth files are read: a thousand paragraphs, most of them theme-free', () => {
  expect(result.passages).toBeGreaterThan(1000);
  expect(result.themeFree).toBeGreaterThan(500);
});

test(`when the corpus paragraphs are tagged, then macro F1 stays at or above ${MACRO_F1_FLOOR}`, () => {
  expect(result.macroF1, describeErrors()).toBeGreaterThanOrEqual(MACRO_F1_FLOOR);
});

test(`when the corpus paragraphs are tagged, then at most ${THEME_FREE_TAGGED_CEILING * 100}% of theme-free paragraphs get a theme`, () => {
  expect(result.themeFreeTagged / result.themeFree, describeErrors()).toBeLessThanOrEqual(THEME_FREE_TAGGED_CEILING);
});

test.each(result.scores.map((row) => [row.theme, row] as const))(`when %s is found in the corpus, then its precision stays at or above ${PRECISION_FLOOR}`, (theme, row) => {
  expect(row.precision, describeErrors(theme)).toBeGreaterThanOrEqual(PRECISION_FLOOR);
});
