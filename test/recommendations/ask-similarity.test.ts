import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readAsk } from '../../src/recommendations/ask.js';
import { groupAsks } from '../../src/recommendations/ask-groups.js';
import { askTier, askWeights, scoreAsks, wordCloseness } from '../../src/recommendations/ask-similarity.js';
import { readLabelledAsks } from '../../src/recommendations/labelled-asks.js';

/** A small corpus of asks (written for this test) to weigh words by. */
const CORPUS = [
  'The Board should ensure that practitioners see children alone and record what they say.',
  'The Partnership should ensure that agencies share information about risk on the day they learn it.',
  'The LSCB should make sure that managers review open cases in recorded supervision.',
  'The Board should disseminate the learning from this review to all staff.',
  'The Partnership should ensure that practitioners use professional interpreters.',
  'The Board should revise its procedures on home visits in the light of this review.',
].map(readAsk);
const weights = askWeights(CORPUS);

describe('two asks compared: the same words, the same ask reworded, a related or an unrelated ask', () => {
  test.each([
    ['The Northmoor LSCB should ensure that practitioners see children alone and record what they say.', 0, 'same ask'],
    ['Health visitors must speak to each child on their own and write down what the child says.', 0, 'similar ask'],
    ['Every agency must pass on information about risk to the child without delay.', 1, 'similar ask'],
    ['The Board should audit whether supervision records show challenge of the plan.', 2, 'related'],
    ['The council should buy new laptops for its housing officers.', 0, null],
  ])('%s (against ask %i) -> %s', (text, against, tier) => {
    expect(askTier(scoreAsks(readAsk(text), CORPUS[against]!, weights))).toBe(tier);
  });

  test.each([
    ['evaluate', 'assess', 1, 'WordNet synonyms (one synset), in different concept groups'],
    ['review', 'evaluate', 0.5, 'a WordNet hypernym: to review is to evaluate'],
    ['notify', 'inform', 0.5, 'a WordNet hypernym: to notify is to inform'],
    ['review', 'buy', 0, 'unrelated verbs'],
  ])('when "%s" is compared with "%s", then they are %d close (%s)', (left, right, closeness) => {
    const word = (verb: string) => readAsk(`Managers should ${verb} open cases.`).words.find((each) => each.word === verb)!;
    expect(wordCloseness(word(left), word(right), weights)).toBe(closeness);
  });

  test.each([
    ['The Board should ensure that practitioners see children alone.', 'see', 'the verb after "ensure that"'],
    ['The Partnership should audit how often the escalation policy is used.', 'assure', 'the ask verb'],
    ['Agencies must pass on information about risk the same day.', 'share', 'a phrasal ask verb'],
    ['Practitioners should use the escalation policy when they disagree.', null, 'a verb of no class'],
    ['All agencies should make sure that every child is seen without their carers.', 'see', 'an inflected verb after "make sure"'],
    ['The Board should ensure that assessments describe the lived experience of the child.', null, 'a noun of a verb’s stem ("assessments") is not an action'],
  ])('when the ask is "%s", then its action is %s (%s)', (text, action, _why) => {
    expect(readAsk(text).action).toBe(action);
  });

  test('when two asks on one subject ask for actions of different classes, then their reworded score is lower', () => {
    const use = readAsk('Practitioners should challenge decisions using the escalation policy.');
    const audit = readAsk('The Board should audit decisions using the escalation policy.');
    const withoutAction = { ...audit, action: null };
    expect(scoreAsks(use, audit, weights).reworded).toBeLessThan(scoreAsks(use, withoutAction, weights).reworded);
  });

  test('when a draft names a place, then the name does not count in its ask', () => {
    expect(readAsk('The Westbrook Partnership should ensure that practitioners see children alone.').stems).not.toContain('westbrook');
  });

  test('when asks are grouped, then rewordings of one ask join its group and another ask starts its own', () => {
    const asks = [CORPUS[0]!, readAsk('Health visitors must speak to each child on their own and write down what the child says.'), CORPUS[1]!];
    expect(groupAsks(asks, askWeights(asks))).toEqual([0, 0, 1]);
  });
});

describe('the labelled asks file', () => {
  test('when a wording comes before any ask heading, then the error names the line and what was expected', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lessons-asks-file-'));
    const file = path.join(dir, 'asks.txt');
    writeFileSync(file, '# comment\n= The Board should act.\n');
    try {
      expect(() => readLabelledAsks(file)).toThrow(`${file}:2: expected "## ask | theme" (or "## ask | theme | fresh") or a wording starting "= " or "~ " after one, found "= The Board should act."`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('when an ask of a held-out theme comes after other themes, then it is held out with its theme', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lessons-asks-file-'));
    const file = path.join(dir, 'asks.txt');
    const block = (ask: string, theme: string) => `## ${ask} | ${theme}\n= The Board should act on ${ask}.\n`;
    writeFileSync(file, [block('a', 't1'), block('b', 't2'), block('c', 't3'), block('d', 't4'), block('e', 't5'), block('f', 't4')].join(''));
    try {
      expect(readLabelledAsks(file).map((wording) => wording.heldOut)).toEqual([false, false, false, true, false, true]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('when an ask is marked fresh, then it is held out in the second group and leaves the order of themes alone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lessons-asks-file-'));
    const file = path.join(dir, 'asks.txt');
    const block = (ask: string, theme: string) => `## ${ask} | ${theme}\n= The Board should act on ${ask}.\n`;
    writeFileSync(file, [block('a', 't1'), block('b', 't2'), '## z | t9 | fresh\n= The Board should act on z.\n', block('c', 't3'), block('d', 't4')].join(''));
    try {
      expect(readLabelledAsks(file).map(({ heldOut, fresh }) => [heldOut, fresh])).toEqual([[false, false], [false, false], [true, true], [false, false], [true, false]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('when the project’s labelled asks are read, then they give at least 300 pairs, with held-out asks', () => {
    const wordings = readLabelledAsks(path.resolve(import.meta.dirname, '..', 'fixtures', 'recommendations', 'asks.txt'));
    expect((wordings.length * (wordings.length - 1)) / 2).toBeGreaterThanOrEqual(300);
    expect(wordings.some((wording) => wording.heldOut) && wordings.some((wording) => !wording.heldOut)).toBe(true);
    expect(wordings.filter((wording) => wording.theme === 'review_process').length).toBeGreaterThan(0);
  });
});
