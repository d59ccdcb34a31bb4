import { describe, expect, test } from 'vitest';
import { readAsk, readAskParts } from '../../src/recommendations/ask.js';
import { readRecommendation } from '../../src/recommendations/recommendation-parts.js';

const READINGS = [
  ['7.1 The Riverside Partnership should ensure that children are seen alone, so that their account is heard.', { addressee: 'The Riverside Partnership', strength: 'should', verb: 'ensure', object: 'children are seen alone' }],
  ['All agencies must ensure that fathers are identified and assessed.', { addressee: 'All agencies', strength: 'must', verb: 'ensure', object: 'fathers are identified and assessed' }],
  ['The Board is asked to consider how health visitors share information with GPs.', { addressee: 'The Board', strength: 'is asked to', verb: 'consider', object: 'how health visitors share information with GPs' }],
  ['The local authority and the police to consider a joint training programme.', { addressee: 'The local authority and the police', strength: 'to consider', verb: 'consider', object: 'a joint training programme' }],
  ['That the ICB review the referral pathway within six months.', { addressee: 'the ICB', strength: 'should', verb: 'review', object: 'the referral pathway' }],
  ['Recommendation 3: Harbourside Police should notify the health visitor of every incident; this will be reviewed in December 2022.', { addressee: 'Harbourside Police', strength: 'should', verb: 'notify', object: 'the health visitor of every incident' }],
  ['It is recommended that the council urgently reviews its caseloads.', { addressee: 'the council', strength: 'should', verb: 'review', object: 'its caseloads' }],
  ['Schools will seek assurance that pupils are seen.', { addressee: 'Schools', strength: 'will', verb: 'seek', object: 'assurance that pupils are seen' }],
  ['Children’s social care procedures on neglect should be revised.', { addressee: null, strength: 'should', verb: 'revise', object: 'Children’s social care procedures on neglect' }],
  ['Practitioners should be reminded to make referrals.', { addressee: null, strength: 'should', verb: 'remind', object: 'Practitioners' }],
  ['Training on exploitation.', { addressee: null, strength: null, verb: null, object: null }],
] as const;

describe('reading a recommendation: who is asked, how strongly, to do what', () => {
  test.each(READINGS)('%s', (sentence, expected) => {
    expect(readRecommendation(sentence)).toEqual(expected);
  });

  test('when the same sentences are read again (compromise\'s answers then kept by their words), then their parts are the same', () => {
    const first = READINGS.map(([sentence]) => readRecommendation(sentence));
    expect(READINGS.map(([sentence]) => readRecommendation(sentence))).toEqual(first);
    expect(first).toEqual(READINGS.map(([, expected]) => expected));
  });

  test('when ingest reads a passage\'s ask (sentence and parts only), then they are what the full reading gives', () => {
    const passage = 'Child H was not seen for six weeks. The Board should ensure that children are seen alone, so that their account is heard.';
    const { sentence, parts } = readAsk(passage);
    expect(readAskParts(passage)).toEqual({ sentence, parts });
    expect(sentence).toBe('The Board should ensure that children are seen alone, so that their account is heard.');
  });
});
