import { describe, expect, test } from 'vitest';
import { agreementOf, meanAgreement, sumConfusions, type Confusion } from '../../src/lexicon/agreement.js';

/**
 * Each row was worked by hand from the definitions:
 *   observed = (tp + tn) / n; tagger yes-rate t = (tp + fp) / n; label yes-rate l = (tp + fn) / n
 *   kappa chance = t l + (1 - t)(1 - l);  AC1 chance = 2 m (1 - m) with m = (t + l) / 2
 */
describe('agreementOf', () => {
  test.each<[string, Confusion, { precision: number; recall: number; f1: number; kappa: number; ac1: number }]>([
    // observed 0.7; t 0.5, l 0.6; kappa chance 0.5 -> 0.4; m 0.55, AC1 chance 0.495 -> 0.205 / 0.505
    ['a middling table', { tp: 20, fp: 5, fn: 10, tn: 15 }, { precision: 0.8, recall: 2 / 3, f1: 16 / 22, kappa: 0.4, ac1: 0.205 / 0.505 }],
    // Gwet's paradox: observed 0.944, both sides say yes almost always; kappa chance 0.94528 -> below 0, AC1 chance 0.054432
    ['a skewed table (kappa paradox)', { tp: 118, fp: 5, fn: 2, tn: 0 }, { precision: 118 / 123, recall: 118 / 120, f1: 236 / 243, kappa: -0.00128 / 0.05472, ac1: 0.889568 / 0.945568 }],
    // perfect agreement on a rare theme: observed 1; t = l = 0.1; kappa chance 0.82 -> 1; AC1 chance 0.18 -> 1
    ['perfect agreement', { tp: 2, fp: 0, fn: 0, tn: 18 }, { precision: 1, recall: 1, f1: 1, kappa: 1, ac1: 1 }],
    // every answer wrong: observed 0; t 0.5, l 0.5; both chances 0.5 -> -1
    ['total disagreement', { tp: 0, fp: 5, fn: 5, tn: 0 }, { precision: 0, recall: 0, f1: 0, kappa: -1, ac1: -1 }],
  ])('%s', (_name, table, expected) => {
    const found = agreementOf(table);
    for (const key of ['precision', 'recall', 'f1', 'kappa', 'ac1'] as const) expect(found[key], key).toBeCloseTo(expected[key], 6);
  });

  test('when neither side ever says yes, kappa is undefined (NaN) while AC1 says full agreement', () => {
    const found = agreementOf({ tp: 0, fp: 0, fn: 0, tn: 40 });
    expect(found.kappa).toBeNaN();
    expect(found.ac1).toBe(1);
    expect(found.f1).toBe(0);
  });

  test('when the table is empty, kappa and AC1 are NaN', () => {
    const found = agreementOf({ tp: 0, fp: 0, fn: 0, tn: 0 });
    expect(found.kappa).toBeNaN();
    expect(found.ac1).toBeNaN();
  });
});

describe('averaging', () => {
  test('micro: tables add up count by count', () => {
    expect(sumConfusions([{ tp: 1, fp: 2, fn: 3, tn: 4 }, { tp: 10, fp: 20, fn: 30, tn: 40 }])).toEqual({ tp: 11, fp: 22, fn: 33, tn: 44 });
  });

  test('macro: each figure is the mean over rows, leaving undefined ones out', () => {
    const mean = meanAgreement([
      { precision: 1, recall: 0.5, f1: 2 / 3, kappa: 0.6, ac1: 0.8 },
      { precision: 0.5, recall: 0.5, f1: 0.5, kappa: Number.NaN, ac1: 0.4 },
    ]);
    expect(mean.precision).toBeCloseTo(0.75, 9);
    expect(mean.f1).toBeCloseTo(7 / 12, 9);
    expect(mean.kappa).toBeCloseTo(0.6, 9);
    expect(mean.ac1).toBeCloseTo(0.6, 9);
  });
});
