import { describe, expect, test } from 'vitest';
import { facetsToRecords, indexColumns, PassageIndex, type PassageFilter } from '../../src/search/passage-index.js';
import { PASSAGE_KINDS, THEME_IDS } from '../../src/model/themes.js';
import type { IndexRows, ThemeRow } from '../../src/store/search-queries.js';

/** An index over `count` passages of 40 reviews with seeded random years and numbers of findings, some ids left unused. */
function randomIndex(count: number, seed: number, withThemes = false): PassageIndex {
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const reviews: IndexRows['reviews'] = [];
  const passageReviews: Array<[number, number]> = [];
  const passageKinds: Array<[number, (typeof PASSAGE_KINDS)[number]]> = [];
  const evidence: Array<[number, number]> = [];
  const themes: ThemeRow[] = [];
  for (let review = 1; review <= 40; review++) reviews.push([review, random() < 0.1 ? null : 2000 + Math.floor(random() * 25), `Board ${review % 4}`]);
  for (let id = 1; id <= count; id++) {
    if (random() < 0.05) continue;
    passageReviews.push([id, 1 + Math.floor(random() * 40)]);
    passageKinds.push([id, withThemes ? PASSAGE_KINDS[Math.floor(random() * 3)]! : 'finding']);
    for (const theme of withThemes ? THEME_IDS.filter(() => random() < 0.12) : []) {
      const source = ['pattern', 'model', 'human'][Math.floor(random() * 3)]!;
      themes.push([id, theme, source, source === 'human' || random() < 0.1 ? 1 : 0]);
    }
    if (random() < 0.6) evidence.push([id, Math.floor(random() * random() * 30)]);
  }
  return new PassageIndex(indexColumns({ size: count + 1, reviews, passageReviews, passageKinds, themes, evidence, ocrPassages: [] }));
}

describe('the passage index', () => {
  test.each([[1, 7], [500, 11], [20_000, 13]])('when %i passages are ordered by evidence, then it is most findings, then newest, then reading order', (count, seed) => {
    const index = randomIndex(count, seed);
    const expected = [...index.kind.keys()].filter((id) => index.kind[id] !== 0).sort((a, b) => index.evidence[b]! - index.evidence[a]! || index.year[b]! - index.year[a]! || a - b);
    expect([...index.byEvidence()]).toEqual(expected);
  });

  const open: PassageFilter = { themes: [], kind: null, source: null, yearFrom: null, yearTo: null, board: null };
  test.each<[string, PassageFilter]>([
    ['no filter', open],
    ['a year range', { ...open, yearFrom: 2005, yearTo: 2015 }],
    ['a board and a kind', { ...open, board: 'board 1', kind: 'recommendation' }],
    ['a theme by the model', { ...open, themes: ['neglect'], source: 'model' }],
    ['no theme of two', { ...open, themes: ['neglect', 'face_value'], themeMode: 'none' }],
  ])('when matches are counted with %s, then every facet and review holds what passage by passage counting gives', (_, filter) => {
    const index = randomIndex(20_000, 17, true);
    const candidates = Int32Array.from([...index.kind.keys()].filter((id) => id % 3 !== 0));
    const accepts = index.accepts(filter);
    const expected = { total: 0, kind: {} as Record<string, number>, year: {} as Record<string, number>, board: {} as Record<string, number>, theme: {} as Record<string, number>, source: {} as Record<string, number>, review: {} as Record<string, number> };
    const add = (facet: Record<string, number>, key: string) => (facet[key] = (facet[key] ?? 0) + 1);
    for (const id of candidates) {
      if (!accepts(id)) continue;
      expected.total++;
      add(expected.kind, PASSAGE_KINDS[index.kind[id]! - 1]!);
      add(expected.year, index.year[id] === 0 ? 'unknown' : String(index.year[id]));
      add(expected.board, index.boards[index.board[id]!]!);
      add(expected.review, String(index.review[id]));
      for (const theme of index.themesOf(id)) add(expected.theme, theme);
      if ((index.themes[id]! & ~index.modelThemes[id]! & ~index.humanThemes[id]!) !== 0) add(expected.source, 'pattern');
      if (index.modelThemes[id] !== 0) add(expected.source, 'model');
      if (index.confirmedThemes[id] !== 0) add(expected.source, 'human');
    }
    const { counts, perReview } = index.countMatches(candidates, accepts);
    const review = Object.fromEntries([...perReview.entries()].filter(([, n]) => n > 0).map(([id, n]) => [String(id), n]));
    expect({ total: counts.total, ...facetsToRecords(index, counts), review }).toEqual(expected);
    expect(expected.total).toBeGreaterThan(100);
  });
});
