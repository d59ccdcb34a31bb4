import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inThread, retag, type PassageTagging } from '../../src/retag/retag.js';
import { TagPool } from '../../src/retag/tag-pool.js';
import { compileTagger } from '../../src/lexicon/index.js';
import { type LexiconSource } from '../../src/lexicon/types.js';
import { compileTagging, type TaggingSources } from '../../src/classifier/index.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { reviewWriter } from '../../src/store/reviews.js';
import { taggingQueries } from '../../src/store/tagging-queries.js';
import { catalogueQueries } from '../../src/store/catalogue-queries.js';
import { retagRuns } from '../../src/store/retag-runs.js';
import { collectStats } from '../../src/cli/stats.js';
import { passageViolations } from '../support/passage-invariants.js';
import { makeReview } from '../support/reviews.js';
import { withSettledGroups } from '../support/settled-groups.js';

/**
 * The stored review has four passages; makeReview tags the first with face_value, as an older
 * lexicon would have. The lexicons below know no face_value, and find a child not seen in the
 * second passage and drift in the third.
 */
const TEXTS = [
  'The social worker accepted the explanation at face value.',
  'The child was not seen alone at any visit.',
  'The case drifted for months.',
  'The plan was reviewed every six weeks.',
];

const SOURCES: LexiconSource[] = withSettledGroups([
  { file: 'child_not_seen.lex', source: 'id: child_not_seen\nlabel: Child not seen\ndescription: d\npattern: child ..3 !seen\n' },
  { file: 'professional_drift.lex', source: 'id: professional_drift\nlabel: Drift\ndescription: d\npattern: drift\n' },
]);

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-retag-'));
  db = openDatabase(path.join(dir, 'test.db'));
  reviewWriter(db).save(makeReview({ file: '/r/a.pdf', sha256: 'a1', texts: TEXTS }));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const storedFindings = () =>
  db.prepare('SELECT p.seq, f.theme, f.start, f.end, f.pattern, f.lexicon_version AS version FROM findings f JOIN passages p ON p.id = f.passage_id ORDER BY p.seq, f.theme').all();
const passageThemes = () => db.prepare('SELECT p.seq, t.theme FROM passage_themes t JOIN passages p ON p.id = t.passage_id ORDER BY p.seq, t.theme').all();

/** The stored review as retag left it: passages with their offsets and sentences, and the findings now stored for each. */
function storedReview() {
  const rows = db.prepare('SELECT id, seq, page, end_page AS endPage, text, start, end, sentences FROM passages ORDER BY seq').all() as Array<{ id: number; seq: number; page: number; endPage: number; text: string; start: number; end: number; sentences: string }>;
  const findings = db.prepare('SELECT theme, start, end FROM findings WHERE passage_id = ?');
  const passages = rows.map(({ id, sentences, ...row }) => ({ ...row, sentences: JSON.parse(sentences) as Array<[number, number]>, evidence: findings.all(id) as Array<{ theme: string; start: number; end: number }> }));
  return { text: TEXTS.join('\n\n'), passages };
}

const stats = () => collectStats({ catalogue: catalogueQueries(db), retagRuns: retagRuns(db) });

async function retagTwice(tagging: PassageTagging) {
  const first = await retag(taggingQueries(db), tagging);
  const findings = storedFindings();
  const second = await retag(taggingQueries(db), tagging);
  return { first, findings, second };
}

function expectRetagged({ first, findings, second }: Awaited<ReturnType<typeof retagTwice>>, version: string): void {
  expect(first).toEqual({
    version,
    resumedAfter: 0,
    passages: 4,
    changedPassages: 3,
    kindChanges: 0,
    themes: [
      { theme: 'child_not_seen', added: 1, removed: 0 },
      { theme: 'face_value', added: 0, removed: 1 },
      { theme: 'professional_drift', added: 1, removed: 0 },
    ],
  });
  const start = (seq: number, words: string) => (TEXTS[seq] as string).indexOf(words);
  expect(findings).toEqual([
    { seq: 1, theme: 'child_not_seen', start: start(1, 'child'), end: start(1, 'seen') + 4, pattern: 'child ..3 !seen', version },
    { seq: 2, theme: 'professional_drift', start: start(2, 'drifted'), end: start(2, 'drifted') + 7, pattern: 'drift', version },
  ]);
  expect(passageThemes()).toEqual([
    { seq: 1, theme: 'child_not_seen' },
    { seq: 2, theme: 'professional_drift' },
  ]);
  // The same lexicons again change nothing.
  expect(second).toEqual({ version, resumedAfter: 0, passages: 4, changedPassages: 0, kindChanges: 0, themes: [] });
  expect(storedFindings()).toEqual(findings);
  expect(passageViolations(storedReview())).toEqual([]);
}

describe('lessons retag', () => {
  test('when the lexicons change, then findings are replaced, and the report counts per theme what was added and removed', async () => {
    const tagger = compileTagger(SOURCES);
    expectRetagged(await retagTwice(inThread(tagger)), tagger.version);
  });

  test('when tagging runs on tagger threads, then the database and the report are exactly as in one thread', async () => {
    const pool = await TagPool.start({ lexicons: SOURCES, model: null, threshold: 0.5 }, 2);
    try {
      expect(pool.version).toBe(compileTagger(SOURCES).version);
      expectRetagged(await retagTwice(pool), pool.version);
    } finally {
      await pool.close();
    }
  });
});

describe('a retag that finds what is stored', () => {
  test('when new lexicons tag the passages as before, then no finding is rewritten and every finding carries the new version', async () => {
    const tagger = compileTagger(SOURCES);
    await retag(taggingQueries(db), inThread(tagger));
    const rows = () => db.prepare('SELECT id, passage_id, theme, start, end, pattern, source, score, lexicon_version FROM findings ORDER BY id').all() as Array<{ lexicon_version: string }>;
    const asks = () => db.prepare('SELECT * FROM recommendation_asks ORDER BY passage_id').all();
    const before = { findings: rows(), asks: asks(), themes: passageThemes() };
    // Same tags under another version: as a lexicon edit that touches none of these passages.
    const renamed: PassageTagging = { version: 'edited', tagAll: (passages) => inThread(tagger).tagAll(passages) };
    const summary = await retag(taggingQueries(db), renamed);
    expect(summary).toMatchObject({ version: 'edited', passages: 4, changedPassages: 0, themes: [] });
    // Same rows, same ids: nothing deleted and inserted again; only the version moved on.
    expect(rows()).toEqual(before.findings.map((row) => ({ ...row, lexicon_version: 'edited' })));
    expect(asks()).toEqual(before.asks);
    expect(passageThemes()).toEqual(before.themes);
  });
});

describe('lessons retag with the learned layer', () => {
  /** A model that reads "explanation" as face_value, which these lexicons cannot find. */
  const tagging = (): TaggingSources => ({
    lexicons: SOURCES,
    model: {
      file: 'model.json',
      text: JSON.stringify({ format: 1, lexiconVersion: compileTagger(SOURCES).version, trainingData: 'test', learner: 'by hand', figures: {}, themes: { face_value: { bias: -3, weights: { explan: 5 } } } }),
    },
    threshold: 0.5,
  });
  const modelRows = () => db.prepare("SELECT p.seq, f.theme, f.source, f.score, t.source AS theme_source FROM findings f JOIN passages p ON p.id = f.passage_id JOIN passage_themes t ON t.passage_id = f.passage_id AND t.theme = f.theme WHERE f.source = 'model'").all();

  test('when the model is on, then its findings are stored with their source and score, in one thread or on tagger threads alike', async () => {
    const expected = [{ seq: 0, theme: 'face_value', source: 'model', score: Math.round(1000 / (1 + Math.exp(-2))) / 1000, theme_source: 'model' }];
    const summary = await retag(taggingQueries(db), inThread(compileTagging(tagging(), () => {})));
    // The stored pattern finding of face_value gives way to the model's, which spans the sentence.
    expect(summary.themes).toContainEqual({ theme: 'face_value', added: 1, removed: 1 });
    expect(modelRows()).toEqual(expected);
    expect(passageViolations(storedReview())).toEqual([]);
    const pool = await TagPool.start(tagging(), 2);
    try {
      expect((await retag(taggingQueries(db), pool)).changedPassages).toBe(0);
      expect(modelRows()).toEqual(expected);
    } finally {
      await pool.close();
    }
  });
});

describe('an interrupted retag', () => {
  test('when a retag stops half-way, then stats says so, and the next retag finishes only the rest', async () => {
    const tagger = compileTagger(SOURCES);
    const good = inThread(tagger);
    let calls = 0;
    // Fails on the second batch, as a killed process or a crashed thread would stop it.
    const failing: PassageTagging = { version: good.version, tagAll: (passages) => (++calls === 2 ? Promise.reject(new Error('stopped')) : good.tagAll(passages)) };
    await expect(retag(taggingQueries(db), failing, 2)).rejects.toThrow('stopped');

    const half = stats().retag_unfinished;
    expect(half).toMatchObject({ lexicon_version: good.version, passages_done: 2, passages_total: 4 });
    expect(half?.message).toMatch(/stopped after 2 of 4 passages.*lessons retag/);
    // The third passage ("drifted") was not reached: it has no drift finding yet.
    expect(storedFindings().some((row: any) => row.seq === 2)).toBe(false);

    const summary = await retag(taggingQueries(db), good, 2);
    expect(summary).toMatchObject({ resumedAfter: 2, passages: 2 });
    expect(stats().retag_unfinished).toBeNull();
    expect(storedFindings()).toContainEqual(expect.objectContaining({ seq: 2, theme: 'professional_drift', version: good.version }));
  });

  test('when the lexicons changed since the interrupted retag, then the next one starts again from the first passage', async () => {
    const tagger = compileTagger(SOURCES);
    const good = inThread(tagger);
    let calls = 0;
    const failing: PassageTagging = { version: 'older', tagAll: (passages) => (++calls === 2 ? Promise.reject(new Error('stopped')) : good.tagAll(passages)) };
    await expect(retag(taggingQueries(db), failing, 2)).rejects.toThrow('stopped');
    const summary = await retag(taggingQueries(db), good, 2);
    expect(summary).toMatchObject({ resumedAfter: 0, passages: 4 });
    expect(stats().retag_unfinished).toBeNull();
  });
});
