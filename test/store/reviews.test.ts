import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openDatabase, type Db } from '../../src/store/database.js';
import { reviewWriter } from '../../src/store/reviews.js';
import { makeReview } from '../support/reviews.js';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-store-'));
  db = openDatabase(path.join(dir, 'test.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('writing reviews', () => {
  test('when a review is saved, then its passages, findings and full-text rows are all there', () => {
    const outcome = reviewWriter(db).save(makeReview({ file: '/r/a.pdf', sha256: 'a1' }));
    expect(outcome.outcome).toBe('added');
    expect([count('reviews'), count('passages'), count('findings'), count('passage_themes')]).toEqual([1, 2, 1, 1]);
    const hits = db.prepare("SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'accepting'").all();
    expect(hits).toHaveLength(1);
  });

  test('when a review has more passages than one insert statement takes, then every passage is stored in order with its own findings and full-text row', () => {
    // 451 passages: two full statements of 200 and one of 51. Every seventh says "face value" and carries a finding.
    const texts = Array.from({ length: 451 }, (_, seq) => (seq % 7 === 0 ? `Paragraph number${seq} accepted the account at face value.` : `Paragraph number${seq} records a home visit.`));
    reviewWriter(db).save(makeReview({ file: '/r/long.pdf', sha256: 'long', texts }));
    const stored = db.prepare('SELECT id, seq, paragraph, text FROM passages ORDER BY seq').all() as Array<{ id: number; seq: number; paragraph: string; text: string }>;
    expect(stored.map((row) => [row.seq, row.paragraph, row.text])).toEqual(texts.map((text, seq) => [seq, `4.${seq + 1}`, text]));
    const withFinding = db.prepare('SELECT p.seq FROM findings f JOIN passages p ON p.id = f.passage_id ORDER BY p.seq').pluck().all();
    expect(withFinding).toEqual(texts.flatMap((text, seq) => (text.includes('face value') ? [seq] : [])));
    const bySeq = new Map(stored.map((row) => [row.seq, row.id]));
    expect(db.prepare("SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'number450'").pluck().all()).toEqual([bySeq.get(450)]);
    expect(db.prepare("SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'number200'").pluck().all()).toEqual([bySeq.get(200)]);
  });

  test('when the same content is saved again, then nothing changes and it is reported unchanged', () => {
    const writer = reviewWriter(db);
    writer.save(makeReview({ file: '/r/a.pdf', sha256: 'a1' }));
    expect(writer.save(makeReview({ file: '/r/a.pdf', sha256: 'a1' })).outcome).toBe('unchanged');
    expect(count('passages')).toBe(2);
  });

  test('when a file at the same path changes, then its review is replaced and the old text leaves the index', () => {
    const writer = reviewWriter(db);
    writer.save(makeReview({ file: '/r/a.pdf', sha256: 'a1' }));
    const outcome = writer.save(makeReview({ file: '/r/a.pdf', sha256: 'a2', texts: ['Drift set in over the summer.'] }));
    expect(outcome.outcome).toBe('replaced');
    expect([count('reviews'), count('passages'), count('findings')]).toEqual([1, 1, 0]);
    expect(db.prepare("SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'face'").all()).toHaveLength(0);
    expect(db.prepare("SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'drift'").all()).toHaveLength(1);
  });

  test('when writing fails midway through a review, then no trace of it is left', () => {
    const broken = makeReview({ file: '/r/b.pdf', sha256: 'b1', texts: ['First paragraph is fine.', 'Second paragraph breaks the write.'] });
    // A kind outside the schema's CHECK makes the second passage's insert fail after the first succeeded.
    (broken.passages[1] as { kind: string }).kind = 'not-a-kind';
    expect(() => reviewWriter(db).save(broken)).toThrow(/CHECK constraint/);
    expect([count('reviews'), count('passages'), count('findings')]).toEqual([0, 0, 0]);
    expect(db.prepare("SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'paragraph'").all()).toHaveLength(0);
  });

  test('when a changed file fails to write, then its previous review is kept', () => {
    const writer = reviewWriter(db);
    writer.save(makeReview({ file: '/r/a.pdf', sha256: 'a1' }));
    const broken = makeReview({ file: '/r/a.pdf', sha256: 'a2' });
    (broken.passages[0] as { kind: string }).kind = 'not-a-kind';
    expect(() => writer.save(broken)).toThrow();
    expect(db.prepare('SELECT sha256 FROM reviews').all()).toEqual([{ sha256: 'a1' }]);
    expect(count('passages')).toBe(2);
  });

  test('when the database is opened again, then migrations are not re-applied', () => {
    const file = path.join(dir, 'test.db');
    reviewWriter(db).save(makeReview({ file: '/r/a.pdf', sha256: 'a1' }));
    db.close();
    db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1);
    expect(count('reviews')).toBe(1);
  });
});
