import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase, type Db } from '../../src/store/database.js';
import { reviewWriter } from '../../src/store/reviews.js';
import { makeReview } from '../support/reviews.js';
import { fullTextIntegrity } from '../support/stored-rows.js';

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

  test('when reviews are added, replaced and removed, then the full-text index holds exactly the stored passages', () => {
    const writer = reviewWriter(db);
    writer.save(makeReview({ file: '/r/a.pdf', sha256: 'a1' }));
    const b = writer.save(makeReview({ file: '/r/b.pdf', sha256: 'b1', texts: ['Drift set in.', 'Nobody saw the baby.', 'The plan lapsed.'] }));
    writer.save(makeReview({ file: '/r/a.pdf', sha256: 'a2', texts: ['The school raised a concern.'] }));
    expect(fullTextIntegrity(db)).toBe('ok');
    writer.remove(b.id);
    expect(fullTextIntegrity(db)).toBe('ok');
    expect(db.prepare("SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'school OR drift OR face'").all()).toHaveLength(1);
  });
});

describe('a database made before the full-text index was written per review (migration 011)', () => {
  test('when it is migrated and another review is added, then old and new passages are all found and the index is intact', () => {
    const file = path.join(dir, 'old.db');
    // Schema 008 (the per-row trigger still there), written through plain SQL as that version did.
    const old = new Database(file);
    for (const name of ['001-init.sql', '002-retag-runs.sql', '003-finding-source.sql', '004-ocr.sql', '006-recommendation-asks.sql', '007-human-codes.sql', '008-catalogue.sql']) {
      old.exec(readFileSync(path.join(import.meta.dirname, '..', '..', 'src', 'store', 'migrations', name), 'utf8'));
    }
    old.pragma('user_version = 8');
    const review = old.prepare("INSERT INTO reviews (file, sha256, title, board, subject, year, author, pages) VALUES ('/r/old.pdf', 'old', 't', 'b', 's', 2012, 'a', 1)").run();
    old.prepare("INSERT INTO passages (review_id, seq, page, end_page, paragraph, section, kind, section_kind, text, start, end, sentences) VALUES (?, 0, 1, 1, NULL, 's', 'finding', 'finding', 'The health visitor never saw the baby.', 0, 38, '[]')").run(review.lastInsertRowid);
    old.close();

    const migrated = openDatabase(file);
    try {
      expect(migrated.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'passages_fts_insert'").pluck().get()).toBe(0);
      reviewWriter(migrated).save(makeReview({ file: '/r/new.pdf', sha256: 'new', texts: ['The health visitor saw the baby weekly.'] }));
      expect(migrated.prepare("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'health visitor'").pluck().get()).toBe(2);
      expect(fullTextIntegrity(migrated)).toBe('ok');
    } finally {
      migrated.close();
    }
  });
});
