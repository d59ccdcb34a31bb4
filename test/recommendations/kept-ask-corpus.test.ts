import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { tagPassage } from '../../src/ingest/tag-with-layers.js';
import { compileTagger } from '../../src/lexicon/index.js';
import { keepAskCorpus } from '../../src/recommendations/ask-corpus.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { askQueries } from '../../src/store/recommendation-queries.js';
import { reviewWriter } from '../../src/store/reviews.js';
import { makeReview } from '../support/reviews.js';
import { withSettledGroups } from '../support/settled-groups.js';

const tagger = compileTagger(withSettledGroups([{ file: 'drift.lex', source: 'id: professional_drift\nlabel: Drift\ndescription: d\npattern: drift\n' }]));
const QUIET_MS = 1000;

let dir: string;
let db: Db;

/** Saves a review whose one recommendation makes `ask`, tagged as ingest tags it; returns the recommendation's passage id. */
function saveReview(sha256: string, ask: string): number {
  const review = makeReview({ file: `/r/${sha256}.pdf`, sha256, texts: ['The plan drifted.', ask] });
  review.passages[1] = { ...review.passages[1]!, ...tagPassage({ text: ask, kind: 'recommendation' }, tagger) };
  const id = reviewWriter(db).save(review).id;
  return (db.prepare('SELECT passage_id FROM recommendation_asks WHERE review_id = ?').pluck().get(id) as number);
}

beforeEach(() => {
  vi.useFakeTimers();
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-kept-asks-'));
  db = openDatabase(path.join(dir, 'test.db'));
  saveReview('a1', 'The Board should ensure that practitioners see children alone.');
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the corpus’s groups are kept built off the request path', () => {
  test('when the groups are kept, then they are built at once, and an ask added later is grouped only once the corpus has rested', () => {
    const kept = keepAskCorpus(askQueries(db), db.name, QUIET_MS);
    expect(kept.current().asks).toHaveLength(1);

    const added = saveReview('b2', 'The Partnership should ensure that agencies share information about risk on the day they learn it.');
    expect(kept.current().groupOfPassage.has(added)).toBe(false); // a page read now gets the groups as they were, without waiting
    vi.advanceTimersByTime(QUIET_MS); // the first look sees the change, and waits for the corpus to rest
    expect(kept.current().groupOfPassage.has(added)).toBe(false);
    vi.advanceTimersByTime(QUIET_MS); // unchanged since: regrouped
    expect(kept.current().groupOfPassage.has(added)).toBe(true);
  });

  test('when the database is closed, then the looks stop without an error', () => {
    keepAskCorpus(askQueries(db), db.name, QUIET_MS);
    db.close();
    expect(() => vi.advanceTimersByTime(QUIET_MS * 3)).not.toThrow();
    expect(vi.getTimerCount()).toBe(0);
    db = openDatabase(path.join(dir, 'test.db'));
  });
});
