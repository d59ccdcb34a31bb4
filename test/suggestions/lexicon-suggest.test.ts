import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadTagger } from '../../src/lexicon/index.js';
import { codeStore } from '../../src/store/code-store.js';
import { openDatabase } from '../../src/store/database.js';
import { logLikelihood } from '../../src/suggestions/log-likelihood.js';
import { phraseWords } from '../../src/suggestions/phrases.js';
import type { PhraseSuggestions } from '../../src/suggestions/suggest-phrases.js';
import { writeDatabase } from '../support/check-corpus.js';
import { runCli } from '../support/cli.js';
import { reviewOf } from '../support/research-corpus.js';
import { exportCorpus, tempDir } from '../export/qdpx-fixture.js';

/** Passages on a child no one saw, worded so that (we expect) no child_not_seen pattern fires. */
const MISSED = [
  'During the home visits the upstairs rooms were never entered, and the boy stayed out of sight behind the kitchen door.',
  'The social worker sat in the lounge with the mother; the bedroom where the girl slept was never entered on any visit.',
  'Across four months of contact, the nursery was never entered and the baby remained out of sight in the pram.',
];

const dbFile = path.join(tempDir(), 'suggest.db');
const tagger = loadTagger(path.join(PROJECT_ROOT, 'lexicons'));
let addedIds: number[] = [];
let confirmedIds: number[] = [];
let texts: Array<{ id: number; text: string }> = [];

beforeAll(() => {
  const review = reviewOf({ title: 'Serious Case Review: Child U', board: 'Upfield LSCB', year: 2016, subject: 'Child U' }, MISSED.map((text, index) => ({ paragraph: `4.${index + 1}`, section: 'Analysis', kind: 'finding' as const, text })));
  writeDatabase(dbFile, [...exportCorpus(), review]);
  const db = openDatabase(dbFile);
  texts = db.prepare<[], { id: number; text: string }>('SELECT id, text FROM passages').all();
  addedIds = texts.filter((passage) => MISSED.includes(passage.text)).map((passage) => passage.id);
  const confirmed = (confirmedIds = db.prepare<[], number>("SELECT DISTINCT passage_id FROM findings WHERE theme = 'child_not_seen' ORDER BY passage_id LIMIT 4").pluck().all());
  codeStore(db).record(
    [...addedIds.map((id) => ({ passage_id: id, theme: 'child_not_seen', decision: 'add', coder: 'Ada' })), ...confirmed.map((id) => ({ passage_id: id, theme: 'child_not_seen', decision: 'confirm', coder: 'Ada' }))],
    { lexicon_version: 'fixture', model_version: null },
  );
  db.close();
}, 120_000);

/** Passages whose words hold the phrase's words in a row: the oracle for the counts. */
function holding(phrase: string, among: ReadonlyArray<{ text: string }>): number {
  const key = ` ${phrase} `;
  return among.filter((passage) => ` ${phraseWords(passage.text).join(' ')} `.includes(key)).length;
}

describe('lessons lexicon suggest <theme>', () => {
  test('when passages were added for child_not_seen, then its top ten lists a phrase from them that no pattern matches, with true counts', async () => {
    const run = await runCli(['lexicon', 'suggest', 'child_not_seen', '--json', '--db', dbFile]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as PhraseSuggestions;
    expect(result).toMatchObject({ theme: 'child_not_seen', added: 3, confirmed: 4 });
    const topTen = result.suggestions.slice(0, 10);
    const missed = topTen.filter((suggestion) => holding(suggestion.phrase, MISSED.map((text) => ({ text }))) > 0 && !tagger.tag(suggestion.phrase).themes.includes('child_not_seen'));
    expect(missed.length).toBeGreaterThan(0);
    const coded = new Set([...addedIds, ...confirmedIds]);
    for (const suggestion of missed) {
      expect(suggestion.matched_by_pattern).toBe(false);
      expect(suggestion.passages_added).toBe(holding(suggestion.phrase, MISSED.map((text) => ({ text }))));
      expect(suggestion.passages_elsewhere).toBe(holding(suggestion.phrase, texts.filter((passage) => !coded.has(passage.id))));
      expect(suggestion.examples.length).toBeGreaterThan(0);
      expect(suggestion.examples.length).toBeLessThanOrEqual(3);
      expect(suggestion.examples.every((example) => holding(suggestion.phrase, [example]) === 1 && example.citation.includes(', p. '))).toBe(true);
    }
  }, 60_000);

  test('when no coder has coded the theme, then there is nothing to suggest and every passage counts as elsewhere', async () => {
    const run = await runCli(['lexicon', 'suggest', 'face_value', '--json', '--db', dbFile]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ theme: 'face_value', confirmed: 0, added: 0, elsewhere: texts.length, suggestions: [] });
  }, 60_000);

  test('when the output is for a person, then it says nothing was written and where the lexicon is', async () => {
    const run = await runCli(['lexicon', 'suggest', 'child_not_seen', '--limit', '3', '--db', dbFile]);
    expect(run.stdout).toMatch(/^Phrases for child_not_seen, from 4 passages confirmed and 3 added by coders/);
    expect(run.stdout).toContain('Nothing is written: add what fits to');
    expect(run.stdout).toMatch(/\n 1\. "[^"]+"  LL \d+\.\d: in \d+ coded \(\d+ added\), \d+ elsewhere/);
  }, 60_000);

  test('when the theme is unknown, then it is a usage error naming the themes', async () => {
    const run = await runCli(['lexicon', 'suggest', 'drift', '--db', dbFile]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('name one theme to suggest phrases for: face_value');
  });
});

describe('Dunning log-likelihood', () => {
  test.each([
    // [a, n, b, m]: a of n coded passages hold the phrase, b of m others do.
    [10, 20, 5, 1000],
    [3, 3, 0, 2700],
    [1, 50, 2, 2700],
  ])('when %i of %i coded and %i of %i other passages hold a phrase, then G² equals 2 Σ O ln(O/E) over the 2x2 table', (a, n, b, m) => {
    const rows = [a, n - a, b, m - b];
    const expected = [(n * (a + b)) / (n + m), (n * (n + m - a - b)) / (n + m), (m * (a + b)) / (n + m), (m * (n + m - a - b)) / (n + m)];
    const g2 = 2 * rows.reduce((sum, observed, cell) => sum + (observed === 0 ? 0 : observed * Math.log(observed / expected[cell]!)), 0);
    expect(logLikelihood(a, n, b, m)).toBeCloseTo(g2, 10);
  });

  test('when a phrase is no more frequent among the coded passages, then it scores 0 and is not suggested', () => {
    expect(logLikelihood(1, 100, 10, 1000)).toBe(0);
    expect(logLikelihood(0, 10, 5, 100)).toBe(0);
  });
});
