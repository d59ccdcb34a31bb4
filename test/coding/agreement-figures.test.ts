import { describe, expect, test } from 'vitest';
import { coderAgreement, themeAgreement, type Judgement } from '../../src/coding/agreement-figures.js';
import { drawSample } from '../../src/coding/sampling.js';
import { wilson } from '../../src/coding/wilson.js';

const judgements = (spec: { tp: number; fp: number; fn: number; tn: number }): Judgement[] => {
  const make = (present: boolean, machine: boolean, n: number) => Array.from({ length: n }, (_, i) => ({ passage_id: i, theme: 'neglect', present, machine }));
  return [...make(true, true, spec.tp), ...make(false, true, spec.fp), ...make(true, false, spec.fn), ...make(false, false, spec.tn)];
};

describe('Wilson intervals', () => {
  test.each([
    // Values from the closed form, as given by R's prop.test(correct = FALSE) and other references.
    [18, 20, 0.9, 0.699, 0.972],
    [0, 10, 0, 0, 0.278],
    [10, 10, 1, 0.722, 1],
    [5, 10, 0.5, 0.237, 0.763],
  ])('%i of %i is %f with the interval %f to %f', (k, n, value, low, high) => {
    const estimate = wilson(k, n)!;
    expect(estimate.value).toBeCloseTo(value, 3);
    expect(estimate.low).toBeCloseTo(low, 3);
    expect(estimate.high).toBeCloseTo(high, 3);
  });

  test('when nothing is judged, then there is no estimate', () => {
    expect(wilson(0, 0)).toBeNull();
  });
});

describe('machine against human for one theme', () => {
  test('when both strata are sampled, then recall weights each by its population, and kappa uses the weighted table', () => {
    // 100 tagged (20 judged, 16 right) and 900 untagged (30 judged, 3 missed): recall = 80 / (80 + 90).
    const row = themeAgreement('neglect', judgements({ tp: 16, fp: 4, fn: 3, tn: 27 }), { tagged: 100, total: 1000 });
    expect(row).toMatchObject({ judged: 50, tagged: { population: 100, judged: 20, fraction: 0.2 }, untagged: { population: 900, judged: 30, fraction: 0.033 } });
    expect(row.precision!.value).toBe(0.8);
    expect(row.recall!.value).toBeCloseTo(80 / 170, 3);
    expect(row.recall!.low).toBeLessThan(row.recall!.value);
    expect(row.recall!.high).toBeGreaterThan(row.recall!.value);
    expect(row.f1!.value).toBeCloseTo((2 * 0.8 * (80 / 170)) / (0.8 + 80 / 170), 3);
    // Weighted table: tp 80, fp 20, fn 90, tn 810 of 1000.
    const observed = 0.89;
    const chance = 0.1 * 0.17 + 0.9 * 0.83;
    expect(row.kappa).toBeCloseTo((observed - chance) / (1 - chance), 3);
  });

  test('when only tagged passages are judged, then recall, F1, kappa and AC1 are unknown rather than invented', () => {
    const row = themeAgreement('neglect', judgements({ tp: 7, fp: 3, fn: 0, tn: 0 }), { tagged: 15, total: 30 });
    expect(row.precision!.value).toBe(0.7);
    expect(row).toMatchObject({ recall: null, f1: null, kappa: null, ac1: null });
  });
});

describe('coder against coder', () => {
  test('when two coders judged the same items, then kappa and AC1 are computed over those items only, overall and per theme', () => {
    const pairs = coderAgreement([
      ...['1', '2', '3', '4'].map((key, i) => ({ coder: 'ann', key, theme: 'neglect', present: i < 2 })),
      ...['1', '2', '3', '4', '5'].map((key, i) => ({ coder: 'bob', key, theme: 'neglect', present: i < 1 || i === 3 })),
    ]);
    // ann: yes yes no no; bob: yes no no yes -> agree on 2 of 4, each says yes half the time: kappa 0.
    expect(pairs).toEqual([
      { coders: ['ann', 'bob'], theme: null, both: 4, observed: 0.5, kappa: 0, ac1: 0 },
      { coders: ['ann', 'bob'], theme: 'neglect', both: 4, observed: 0.5, kappa: 0, ac1: 0 },
    ]);
  });
});

describe('reproducible samples', () => {
  const population = Array.from({ length: 500 }, (_, i) => i * 3);

  test('when the same seed is used, then the same passages are drawn in the same order; another seed draws others', () => {
    const first = drawSample(population, 20, 7);
    expect(drawSample(population, 20, 7)).toEqual(first);
    expect(new Set(first).size).toBe(20);
    expect(first.every((id) => population.includes(id))).toBe(true);
    expect(drawSample(population, 20, 8)).not.toEqual(first);
  });

  test('when the sample is larger than the population, then it is all of it', () => {
    expect(drawSample([4, 5, 6], 10, 1).sort()).toEqual([4, 5, 6]);
  });

  test('when many samples are drawn, then every member is about as likely to be picked', () => {
    const picks = new Map<number, number>();
    for (let seed = 0; seed < 2000; seed++) for (const id of drawSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3, seed)) picks.set(id, (picks.get(id) ?? 0) + 1);
    // 600 expected each; a biased shuffle (e.g. sort by random) is far off at the ends.
    for (const count of picks.values()) expect(Math.abs(count - 600)).toBeLessThan(90);
  });
});
