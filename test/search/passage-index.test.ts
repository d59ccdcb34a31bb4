import { describe, expect, test } from 'vitest';
import { indexColumns, PassageIndex } from '../../src/search/passage-index.js';
import type { IndexRows } from '../../src/store/search-queries.js';

/** An index over `count` passages of 40 reviews with seeded random years and numbers of findings, some ids left unused. */
function randomIndex(count: number, seed: number): PassageIndex {
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const reviews: IndexRows['reviews'] = [];
  const passageReviews: Array<[number, number]> = [];
  const passageKinds: Array<[number, 'finding']> = [];
  const evidence: Array<[number, number]> = [];
  for (let review = 1; review <= 40; review++) reviews.push([review, random() < 0.1 ? null : 2000 + Math.floor(random() * 25), `Board ${review % 4}`]);
  for (let id = 1; id <= count; id++) {
    if (random() < 0.05) continue;
    passageReviews.push([id, 1 + Math.floor(random() * 40)]);
    passageKinds.push([id, 'finding']);
    if (random() < 0.6) evidence.push([id, Math.floor(random() * random() * 30)]);
  }
  return new PassageIndex(indexColumns({ size: count + 1, reviews, passageReviews, passageKinds, themes: [], evidence, ocrPassages: [] }));
}

describe('the passage index', () => {
  test.each([[1, 7], [500, 11], [20_000, 13]])('when %i passages are ordered by evidence, then it is most findings, then newest, then reading order', (count, seed) => {
    const index = randomIndex(count, seed);
    const expected = [...index.kind.keys()].filter((id) => index.kind[id] !== 0).sort((a, b) => index.evidence[b]! - index.evidence[a]! || index.year[b]! - index.year[a]! || a - b);
    expect([...index.byEvidence()]).toEqual(expected);
  });
});
