import { describe, expect, test } from 'vitest';
import { readAsk } from '../../src/recommendations/ask.js';
import { plainAsk } from '../../src/recommendations/ask-phrases.js';
import { askWeights, scoreAsks, wordCloseness } from '../../src/recommendations/ask-similarity.js';

describe('an ask read in plain verbs: phrasal and light verbs, nominalisations, the ask under "seek assurance that"', () => {
  test.each([
    ['Agencies should make sure that children are seen.', 'Agencies should ensure that children are seen.'],
    ['The Board should carry out an audit of referrals.', 'The Board should audit referrals.'],
    ['The Partnership should put in place a protocol.', 'The Partnership should establish a protocol.'],
    ['The ICB should give due consideration to the findings.', 'The ICB should consider the findings.'],
    ['The Board should ensure the provision of training on neglect.', 'The Board should ensure train on neglect.'],
    ['Agencies should provide training on neglect.', 'Agencies should train on neglect.'],
    ['Managers should undertake a review of open plans.', 'Managers should review open plans.'],
    ['Schools must pass on concerns the same day.', 'Schools must share concerns the same day.'],
    ['The Board should seek assurance from each agency that plans are reviewed.', 'The Board should ensure that plans are reviewed.'],
    ['The Partnership should satisfy itself that staff are trained.', 'The Partnership should ensure that staff are trained.'],
  ])('"%s" reads as "%s"', (text, plain) => {
    expect(plainAsk(text)).toBe(plain);
  });

  test('when the ask is "seek assurance that ...", then its action is the one asked for under it', () => {
    expect(readAsk('The Board should seek assurance that practitioners see children alone.').action).toBe('see');
    expect(readAsk('The Board should seek assurance on how often children are seen alone.').action).toBe('assure');
  });

  test('when one ask nominalises the other\'s verb, then the two find each other\'s words', () => {
    const asks = ['The Partnership should ensure the provision of training on neglect for home visitors.', 'Home visitors must be trained to recognise neglect.'].map(readAsk);
    const plain = ['The Partnership should ensure the training on neglect for home visitors.', 'Home visitors must be trained to recognise neglect.'].map(readAsk);
    const weights = askWeights(asks);
    expect(scoreAsks(asks[0]!, asks[1]!, weights).reworded).toBeGreaterThanOrEqual(scoreAsks(plain[0]!, plain[1]!, weights).reworded);
    expect(asks[0]!.words.map((word) => word.stem)).toContain('train');
    expect(asks[0]!.words.map((word) => word.stem)).not.toContain('provis');
  });

  test('when a noun is a derivationally related form of a verb in WordNet, then they are half close', () => {
    const word = (text: string, which: string) => readAsk(text).words.find((each) => each.word === which)!;
    const weights = askWeights([]);
    expect(wordCloseness(word('Staff should verify accounts.', 'verify'), word('Accounts need verification.', 'verification'), weights)).toBe(0.5);
  });
});
