import { describe, expect, test } from 'vitest';
import { readTokens } from '../../src/nlp/tokens.js';
import { compileTagger } from '../../src/lexicon/index.js';
import { continuesSentenceBefore, takesFromBoth, withClausesJoined } from '../../src/lexicon/continued-sentences.js';
import { withSettledGroups } from '../support/settled-groups.js';

const secondSentence = (text: string) => {
  const table = readTokens(text);
  const [first, second] = table.sentences as [[number, number], [number, number]];
  return { table, first, second };
};

describe('a sentence that points back', () => {
  test.each([
    ['The plan was agreed. It was never reviewed.', true],
    ['The plan was agreed. This did not happen.', true],
    ['Three agencies had doubts. None of them said so.', true],
    ['Both parents were asked. Neither attended.', true],
    ['The plan was agreed. That evening the police were called.', false],
    ['The plan was agreed. Neither parent attended.', false],
    ['The plan was agreed. His history was not checked.', false],
    ['The plan was agreed. Nobody reviewed it.', false],
    ['The plan was agreed. It.', false],
    ['The plan was agreed. It was a mistake to close the case.', false],
    ['The plan was agreed. It is clear that nobody read it.', false],
    ['The plan was agreed. It seems likely that the plan lapsed.', false],
    ['The plan was agreed. It was not reviewed, because the worker left.', true],
  ])('"%s" continues the sentence before: %s', (text, expected) => {
    const { table, second } = secondSentence(text);
    expect(continuesSentenceBefore(table, ...second)).toBe(expected);
  });
});

describe('joining the clauses of two sentences', () => {
  test('the second sentence\'s first clause is numbered as the first sentence\'s last, and only while reading', () => {
    const { table, first, second } = secondSentence('The worker knew of the drug use, and said so. It was not explored because the family moved.');
    const before = [...table.clauses];
    const lastWord = second[0] - 2;
    const seen = withClausesJoined(table, first[0], second[0], second[1], () => [...table.clauses]);
    expect(seen[second[0]]).toBe(before[lastWord]);
    expect(seen[second[0] + 3]).toBe(before[lastWord]);
    expect(seen[second[1] - 2]).not.toBe(before[lastWord]);
    expect(seen.slice(0, lastWord + 1)).toEqual(before.slice(0, lastWord + 1));
    expect(table.clauses).toEqual(before);
  });

  test('the numbering is restored when the reading throws', () => {
    const { table, first, second } = secondSentence('The drug use was known. It was not explored.');
    const before = [...table.clauses];
    expect(() => withClausesJoined(table, first[0], second[0], second[1], () => { throw new Error('stop'); })).toThrow('stop');
    expect(table.clauses).toEqual(before);
  });

  test('a match counts only when it takes a part from each sentence, the second\'s within its first clause', () => {
    // Tokens: The(0) drug(1) use(2) was(3) known(4) ,(5) and(6) agreed(7) .(8) It(9) was(10) not(11) explored(12) because(13) it(14) moved(15) .(16)
    const { table, first, second } = secondSentence('The drug use was known, and agreed. It was not explored because it moved.');
    const counts = (parts: Array<[number, number]>) =>
      withClausesJoined(table, first[0], second[0], second[1], () => takesFromBoth(table, { start: parts[0]?.[0] ?? 0, end: parts.at(-1)?.[1] ?? 0, parts }, second[0]));
    expect(second[0]).toBe(9);
    expect(counts([[7, 8], [12, 13]])).toBe(true);
    expect(counts([[1, 3], [12, 13]])).toBe(true);
    expect(counts([[7, 8], [15, 16]])).toBe(false);
    expect(counts([[9, 10], [12, 13]])).toBe(false);
    expect(counts([[7, 12]])).toBe(false);
  });
});

describe('tagging across two sentences', () => {
  const source = 'id: parental_risk_factors\nlabel: Risk factors\ndescription: test theme\npattern: drug use ~ !explored\n';
  const tagger = compileTagger(withSettledGroups([{ file: 'test.lex', source }]));

  test('the evidence runs from the concept in one sentence to the failure in the next', () => {
    const text = '3.2 The mother\'s drug use was known to every agency. It was not explored with her.';
    const [match] = tagger.tag(text).matches;
    expect(match?.text).toBe('drug use was known to every agency. It was not explored');
    expect(text.slice(match?.start, match?.end)).toBe(match?.text);
  });

  test('a heading is not continued by the sentence after it', () => {
    expect(tagger.tag('Parental drug use\n\nIt was not explored with the family.').themes).toEqual([]);
  });

  test('a sentence that states the opposite, or prescribes, adds nothing', () => {
    expect(tagger.tag('The mother\'s drug use was known to every agency. It was explored at every visit.').themes).toEqual([]);
    expect(tagger.tag('The mother\'s drug use must be known to every agency. It should be explored at every visit.').themes).toEqual([]);
  });
});
