import { describe, expect, test } from 'vitest';
import { chooseThreshold, examplesFor, type Instance } from '../../src/classifier/training.js';
import { THEME_IDS, type ThemeId } from '../../src/model/themes.js';

const NEGLECT = THEME_IDS.indexOf('neglect');

/** An item labelled for neglect alone, found by its patterns or not, with the model's score for neglect. */
function scored(set: string, positive: boolean, byPattern: boolean, score: number, features: string[] = []): { instance: Instance; scores: Float64Array } {
  const instance: Instance = {
    item: { id: `${set}-${positive}-${score}`, set, text: '', labels: { neglect: positive } },
    sentences: [features],
    features,
    patternThemes: new Set<ThemeId>(byPattern ? ['neglect'] : []),
  };
  const scores = new Float64Array(THEME_IDS.length);
  scores[NEGLECT] = score;
  return { instance, scores };
}

function set(items: ReturnType<typeof scored>[]) {
  return { instances: items.map(({ instance }) => instance), scores: items.map(({ scores }) => scores) };
}

// The easy set: the patterns find both positives, and the model scores nothing high.
const EASY = set([scored('easy', true, true, 0.1), scored('easy', true, true, 0.1), scored('easy', false, false, 0.1), scored('easy', false, false, 0.1)]);
// The hard set: one positive found by the patterns; the model ranks the others among two negatives (0.7, 0.5).
const HARD = set([scored('hard', true, true, 0.1), scored('hard', true, false, 0.9), scored('hard', true, false, 0.6), scored('hard', true, false, 0.35), scored('hard', false, false, 0.7), scored('hard', false, false, 0.5)]);

describe('the operating point', () => {
  test('when the easy set would carry the hard one, then the threshold is held to the precision of each set apart', () => {
    // Pooled, 0.2 would do (6 of 8 tags right, 0.75, every positive found), but on the hard set
    // alone that is 4 of 6; from 0.51 the hard set's tags are 3 of 4 right.
    const chosen = chooseThreshold([EASY, HARD], 0.75);
    expect(chosen?.threshold).toBe(0.51);
    expect(chosen?.figures.precision).toBeCloseTo(5 / 6);
    expect(chosen?.figures.recall).toBeCloseTo(5 / 6);
  });

  test('when more precision is asked for, then the threshold rises past the negatives the model ranks high', () => {
    expect(chooseThreshold([EASY, HARD], 0.9)?.threshold).toBe(0.71);
    expect(chooseThreshold([EASY, HARD], 0.6)?.threshold).toBe(0.2);
  });

  test('when no threshold gives the precision asked for, then there is none', () => {
    const noisy = set([scored('noisy', true, false, 0.5), scored('noisy', false, true, 0.1)]);
    expect(chooseThreshold([noisy], 0.75)).toBeNull();
  });
});

describe('the examples a theme learns from', () => {
  test('when a pattern of the theme fired, then the item is left out: the model learns only where it may add the theme', () => {
    const items = [
      scored('dev', true, true, 0, ['home', '@neglect']),
      scored('dev', true, false, 0, ['lice', 'school']),
      scored('dev', false, false, 0, ['home', 'visit']),
      scored('dev', false, false, 0, []),
    ].map(({ instance }) => instance);
    expect(examplesFor(items, 'neglect')).toEqual([
      { features: ['lice', 'school'], positive: true },
      { features: ['home', 'visit'], positive: false },
    ]);
  });
});
