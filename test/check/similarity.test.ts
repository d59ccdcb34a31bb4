import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cosine, createVocabulary, salientTerms, weighTerms } from '../../src/check/similarity.js';

const idf = (stem: string): number => (stem.length % 5) + 0.5;

/** The textbook formula over plain maps: what the typed-array merge must agree with. */
function naiveCosine(a: string[], b: string[]): number {
  const vector = (terms: string[]) => {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    return new Map([...counts].map(([term, count]) => [term, (1 + Math.log(count)) * idf(term)]));
  };
  const [x, y] = [vector(a), vector(b)];
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  const dot = [...x].reduce((sum, [term, weight]) => sum + weight * (y.get(term) ?? 0), 0);
  return x.size === 0 || y.size === 0 ? 0 : dot / (norm(x) * norm(y));
}

const words = fc.array(fc.constantFrom('drift', 'plan', 'child', 'seen', 'alone', 'voice', 'record', 'delay'), { maxLength: 12 });

describe('TF-IDF cosine', () => {
  test('when two passages are compared, then the score agrees with the textbook formula', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const vocabulary = createVocabulary();
        expect(cosine(weighTerms(a, idf, vocabulary), weighTerms(b, idf, vocabulary))).toBeCloseTo(Math.min(1, naiveCosine(a, b)), 9);
      }),
    );
  });

  test('when a passage is compared with itself, then it scores 1; with nothing in common, 0', () => {
    const vocabulary = createVocabulary();
    const a = weighTerms(['child', 'not', 'seen', 'alone'], idf, vocabulary);
    expect(cosine(a, a)).toBeCloseTo(1, 12);
    expect(cosine(a, weighTerms(['drift', 'delay'], idf, vocabulary))).toBe(0);
  });

  test('when a term has no weight (a word in every passage), then it is left out of the vector', () => {
    const vocabulary = createVocabulary();
    const vector = weighTerms(['child', 'drift'], (stem) => (stem === 'child' ? 0 : 1), vocabulary);
    expect([...vector.terms].map(vocabulary.stem)).toEqual(['drift']);
  });

  test('when salient terms are asked for, then the heaviest come first and a filter can drop some', () => {
    const vocabulary = createVocabulary();
    const vector = weighTerms(['seen', 'seen', 'plan', 'voice'], idf, vocabulary);
    expect(salientTerms(vector, 2, vocabulary)).toEqual(['seen', 'plan']);
    expect(salientTerms(vector, 2, vocabulary, (stem) => stem !== 'seen')).toEqual(['plan', 'voice']);
  });
});
