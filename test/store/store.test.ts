import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { THEME_IDS, type ThemeId } from '../../src/model/themes.js';
import { openStore, type Store } from '../../src/store/store.js';
import { makeReview } from '../support/reviews.js';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-store-'));
  store = openStore(path.join(dir, 'test.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  test('when an interface is asked for twice, then it is the one built the first time', () => {
    expect(store.search).toBe(store.search);
    expect(store.reviews).toBe(store.reviews);
  });

  test('when reviews are saved after the first check, then the next check’s read-only connection sees them', () => {
    store.reviews.save(makeReview({ file: '/r/a.pdf', sha256: 'a1' }));
    expect(store.checkQueries().totals()).toEqual({ reviews: 1, passages: 2 });
    store.reviews.save(makeReview({ file: '/r/b.pdf', sha256: 'b1' }));
    expect(store.checkQueries().totals()).toEqual({ reviews: 2, passages: 4 });
    expect(store.catalogue.totals()).toMatchObject({ reviews: 2 });
  });

  test('when a check asks for several words, then quotes and query words in them are taken as words, not as query syntax', () => {
    store.reviews.save(makeReview({ file: '/r/a.pdf', sha256: 'a1' }));
    const queries = store.checkQueries();
    expect(queries.passagesWithAll(['face', 'value'], 10)).toHaveLength(1);
    expect(queries.passagesWithAll(['face', 'OR', 'NEAR'], 10)).toEqual([]);
    expect(queries.passagesRankedByAny(['"face', 'alone'], 10)).toHaveLength(2);
  });

  test('when a coder adds or rejects a theme, or a review is saved, after a check, then the next check’s theme masks and reviews with each theme show it', () => {
    store.reviews.save(makeReview({ file: '/r/a.pdf', sha256: 'a1' }));
    const [first, second] = store.search.readIndexRows((rows) => [...rows.passageReviews].map(([id]) => id));
    const themesOf = (id: number): ThemeId[] => THEME_IDS.filter((_, bit) => ((store.checkQueries().themeMasks()[id] ?? 0) & (1 << bit)) !== 0);
    expect([themesOf(first!), themesOf(second!)]).toEqual([['face_value'], []]);
    const reviewsWith = (theme: ThemeId) => store.checkQueries().reviewsWithTheme(theme).length;
    expect([reviewsWith('face_value'), reviewsWith('neglect')]).toEqual([1, 0]);
    const versions = { lexicon_version: 'test', model_version: null };
    store.codes.record([{ passage_id: second!, theme: 'neglect', decision: 'add', coder: 'ann' }], versions);
    store.codes.record([{ passage_id: first!, theme: 'face_value', decision: 'reject', coder: 'ann' }], versions);
    expect([themesOf(first!), themesOf(second!)]).toEqual([[], ['neglect']]);
    expect([reviewsWith('face_value'), reviewsWith('neglect')]).toEqual([0, 1]);
    store.reviews.save(makeReview({ file: '/r/b.pdf', sha256: 'b1' }));
    expect(store.checkQueries().themeMasks().filter((mask) => mask !== 0)).toHaveLength(2);
  });

  test('when a read-only store is opened where there is no database, then the error names the file and the fix', () => {
    expect(() => openStore(path.join(dir, 'missing.db'), { readonly: true })).toThrow(/cannot open the database .*missing\.db.*--db or LESSONS_DB/);
  });
});
