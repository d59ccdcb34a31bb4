import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { openDatabase } from '../../src/store/database.js';
import { runCli } from '../support/cli.js';
import { CORPUS, corpusTruths } from '../support/corpus.js';
import { fullTextIntegrity, STORED_TABLES, storedRows } from '../support/stored-rows.js';

const HOSTILE = path.resolve(import.meta.dirname, '..', 'fixtures', 'hostile');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-hostile-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Opens a database file as it is, for FTS5's integrity check (which needs a writable connection) and row comparison. */
function withDatabase<T>(dbFile: string, use: (db: Database.Database) => T): T {
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

function rows(dbFile: string, sql: string): unknown[] {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    return db.prepare(sql).pluck().all();
  } finally {
    db.close();
  }
}

describe('ingest refuses what is not a review', () => {
  test('when the page-tree bomb and a PDF without passages are ingested, then each fails with its reason and nothing is stored', async () => {
    const dbFile = path.join(dir, 'refused.db');
    const run = await runCli(['ingest', path.join(HOSTILE, 'page-tree-bomb.pdf'), path.join(HOSTILE, 'no-passages.pdf'), '--db', dbFile, '--json']);
    expect(run.status).toBe(1);
    const summary = JSON.parse(run.stdout) as { failed: Array<{ file: string; reason: string }>; added: string[] };
    expect(summary.added).toEqual([]);
    // Two reader threads: the failures come back in the order the files finish.
    expect(summary.failed.map((failure) => [path.basename(failure.file), failure.reason]).sort()).toEqual([
      ['no-passages.pdf', expect.stringMatching(/no paragraphs of text could be read.*not stored/)],
      ['page-tree-bomb.pdf', expect.stringMatching(/100000 pages, more than the 3000 a review may have.*--max-pages/)],
    ]);
    expect(rows(dbFile, 'SELECT count(*) FROM reviews')).toEqual([0]);
  }, 60_000);

  test('when strict parsing of a damaged PDF fails but its text is readable, then it is stored and marked read with errors', async () => {
    const dbFile = path.join(dir, 'lenient.db');
    const run = await runCli(['ingest', path.join(HOSTILE, 'damaged-readable.pdf'), '--db', dbFile, '--json']);
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as { added: string[]; readWithErrors: string[] };
    expect(summary.added.map((file) => path.basename(file))).toEqual(['damaged-readable.pdf']);
    expect(summary.readWithErrors.map((file) => path.basename(file))).toEqual(['damaged-readable.pdf']);
    expect(rows(dbFile, 'SELECT read_with_errors FROM reviews')).toEqual([1]);
    expect(rows(dbFile, 'SELECT count(*) FROM passages')).toEqual([3]);
  }, 60_000);

  test('when --max-pages is lower than a report\'s pages, then that report is refused by its page count', async () => {
    const report = readdirSync(CORPUS).find((name) => name.endsWith('.pdf')) as string;
    const run = await runCli(['ingest', path.join(CORPUS, report), '--db', path.join(dir, 'pages.db'), '--max-pages', '2']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/pages, more than the 2 a review may have/);
  }, 60_000);
});

describe('ingest killed mid-batch', () => {
  test('when ingest is killed after some reviews are written, then the database is intact, holds no half-written review, and a re-run completes it to what one run stores', async () => {
    const batch = path.join(dir, 'batch');
    mkdirSync(batch);
    // Four reports with a text layer: enough for the kill to land between reviews, few enough to ingest three times.
    const reports = corpusTruths().filter((truth) => !truth.scanned).slice(0, 4).map((truth) => truth.file);
    for (const name of reports) copyFileSync(path.join(CORPUS, name), path.join(batch, name));
    const dbFile = path.join(dir, 'killed.db');
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'lessons.js'), 'ingest', batch, '--db', dbFile, '--workers', '1', '--json'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Kill as soon as the first review is committed: the next is being read or written then.
    await expect.poll(() => { try { return rows(dbFile, 'SELECT count(*) FROM reviews')[0]; } catch { return 0; } }, { timeout: 60_000, interval: 50 }).toBeGreaterThan(0);
    child.kill('SIGKILL');
    await exited;

    expect(rows(dbFile, 'PRAGMA integrity_check')).toEqual(['ok']);
    const stored = rows(dbFile, 'SELECT count(*) FROM reviews')[0] as number;
    expect(stored).toBeLessThan(reports.length);
    // Every stored review is whole: it has passages, and the full-text index holds exactly them.
    expect(rows(dbFile, 'SELECT count(*) FROM reviews r WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.review_id = r.id)')).toEqual([0]);
    expect(withDatabase(dbFile, fullTextIntegrity)).toBe('ok');

    const rerun = await runCli(['ingest', batch, '--db', dbFile, '--json']);
    expect(rerun.status).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { added: string[]; unchanged: string[] };
    expect(summary.unchanged.length).toBe(stored);
    expect(summary.added.length).toBe(reports.length - stored);
    expect(rows(dbFile, 'PRAGMA integrity_check')).toEqual(['ok']);

    // The interrupted and resumed database stores what one uninterrupted run does, row by row.
    const once = path.join(dir, 'once.db');
    expect((await runCli(['ingest', batch, '--db', once, '--json'])).status).toBe(0);
    const content = (file: string) => withDatabase(file, (db) => [fullTextIntegrity(db), ...STORED_TABLES.map((table) => storedRows(db, table))]);
    expect(content(dbFile)).toEqual(content(once));
  }, 300_000);
});
