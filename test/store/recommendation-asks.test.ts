import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { tagPassage } from '../../src/ingest/tag-with-layers.js';
import { inThread, retag } from '../../src/retag/retag.js';
import { compileTagger } from '../../src/lexicon/index.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { reviewWriter } from '../../src/store/reviews.js';
import { taggingQueries } from '../../src/store/tagging-queries.js';
import { makeReview } from '../support/reviews.js';
import { withSettledGroups } from '../support/settled-groups.js';

const ASK = 'The child was not seen for weeks. The LSCB should seek assurance that health visitors see children alone.';
const PARTS = { sentence: 'The LSCB should seek assurance that health visitors see children alone.', addressee: 'The LSCB', strength: 'should', verb: 'seek', object: 'assurance that health visitors see children alone' };

const tagger = compileTagger(withSettledGroups([{ file: 'drift.lex', source: 'id: professional_drift\nlabel: Drift\ndescription: d\npattern: drift\n' }]));

let dir: string;
let db: Db;
const asks = () => db.prepare('SELECT sentence, addressee, strength, verb, object FROM recommendation_asks').all();

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-asks-'));
  db = openDatabase(path.join(dir, 'test.db'));
  const review = makeReview({ file: '/r/a.pdf', sha256: 'a1', texts: ['The plan drifted.', ASK] });
  // Tagged as ingest tags it, in a recommendations section: tagging reads the ask, the writer stores it.
  review.passages[1] = { ...review.passages[1]!, ...tagPassage({ text: ASK, kind: 'recommendation' }, tagger) };
  reviewWriter(db).save(review);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('each recommendation’s ask is stored with its passage', () => {
  test('when a tagged review is saved, then its recommendation is stored read into its parts, from the sentence that asks, and its finding is not', () => {
    expect(asks()).toEqual([PARTS]);
  });

  test('when retag runs, then the asks are read again from the passages', async () => {
    db.prepare("UPDATE recommendation_asks SET verb = 'stale', object = NULL").run();
    await retag(taggingQueries(db), inThread(tagger));
    expect(asks()).toEqual([PARTS]);
  });

  test('when the review is removed, then its asks go with it', () => {
    const { id } = db.prepare('SELECT id FROM reviews').get() as { id: number };
    reviewWriter(db).remove(id);
    expect(asks()).toEqual([]);
  });
});
