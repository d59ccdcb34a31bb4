import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { runCli, type CliRun } from '../support/cli.js';
import { CORPUS } from '../support/corpus.js';

const BAD = path.join(PROJECT_ROOT, 'test', 'fixtures', 'bad');
let dir: string;
let db: string;
let firstIngest: CliRun;

const counts = (file: string) => {
  const handle = new Database(file, { readonly: true });
  try {
    return handle.prepare('SELECT (SELECT count(*) FROM reviews) AS reviews, (SELECT count(*) FROM passages) AS passages, (SELECT count(*) FROM findings) AS findings').get() as { reviews: number; passages: number; findings: number };
  } finally {
    handle.close();
  }
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-cli-'));
  db = path.join(dir, 'corpus.db');
  firstIngest = await runCli(['ingest', CORPUS, '--db', db, '--json']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lessons ingest', () => {
  const pdfCount = readdirSync(CORPUS).filter((name) => name.endsWith('.pdf')).length;

  test('when the bundled corpus is ingested, then every report is added and the exit status is 0', () => {
    expect(firstIngest.status, firstIngest.stderr).toBe(0);
    const summary = JSON.parse(firstIngest.stdout);
    expect(summary.added).toHaveLength(pdfCount);
    expect(summary.failed).toEqual([]);
    expect(counts(db).reviews).toBe(pdfCount);
  });

  test('when the same files are ingested again, then nothing changes and each is reported unchanged', async () => {
    const before = counts(db);
    const again = await runCli(['ingest', CORPUS, '--db', db]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`0 added, ${pdfCount} unchanged, 0 replaced, 0 failed`);
    expect(counts(db)).toEqual(before);
  });

  test('when a file changes at the same path, then its review is replaced', async () => {
    const own = path.join(dir, 'replace');
    mkdirSync(own);
    const [first, second] = readdirSync(CORPUS).filter((name) => name.endsWith('.pdf'));
    const target = path.join(own, 'draft.pdf');
    const ownDb = path.join(own, 'own.db');
    copyFileSync(path.join(CORPUS, first as string), target);
    expect((await runCli(['ingest', target, '--db', ownDb])).stdout).toContain('1 added');
    copyFileSync(path.join(CORPUS, second as string), target);
    expect((await runCli(['ingest', target, '--db', ownDb])).stdout).toContain('0 added, 0 unchanged, 1 replaced, 0 failed');
    expect(counts(ownDb).reviews).toBe(1);
  });

  test('when a batch holds bad files, then each is reported with its reason, the good one is stored, nothing of the bad ones is, and the exit status is 1', async () => {
    const batch = path.join(dir, 'batch');
    cpSync(BAD, batch, { recursive: true, verbatimSymlinks: true });
    const good = readdirSync(CORPUS).find((name) => name.endsWith('.pdf')) as string;
    copyFileSync(path.join(CORPUS, good), path.join(batch, good));
    const batchDb = path.join(dir, 'batch.db');
    const run = await runCli(['ingest', batch, path.join(batch, 'no-such-file.pdf'), '--db', batchDb]);
    expect(run.status).toBe(1);
    const reasons: Record<string, RegExp> = {
      'empty.pdf': /empty/,
      'not-a-pdf.pdf': /not a PDF/,
      'corrupt.pdf': /corrupt or truncated/,
      'truncated.pdf': /corrupt or truncated/,
      'encrypted.pdf': /encrypted/,
      'image-only.pdf': /no text layer.*OCR/,
      'broken-link.pdf': /cannot be read/,
      'no-such-file.pdf': /cannot be read/,
    };
    for (const [name, reason] of Object.entries(reasons)) {
      const line = run.stdout.split('\n').find((text) => text.includes(`failed: ${name}:`));
      expect(line, `${name} is not reported:\n${run.stdout}`).toMatch(reason);
    }
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(counts(batchDb).reviews).toBe(1);
  });

  test('when a PDF is over the size limit, then it is refused before it is read', async () => {
    const big = path.join(dir, 'big');
    mkdirSync(big);
    const valid = readFileSync(path.join(CORPUS, readdirSync(CORPUS).find((name) => name.endsWith('.pdf')) as string));
    // A PDF comment after the header keeps the file a valid PDF while making it large.
    writeFileSync(path.join(big, 'huge.pdf'), Buffer.concat([valid, Buffer.from(`\n%${'x'.repeat(1_200_000)}\n`)]));
    const run = await runCli(['ingest', big, '--db', path.join(big, 'big.db'), '--max-pdf-mb', '1']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/huge\.pdf: the file is 1 MB, over the 1 MB limit|huge\.pdf: the file is \d+ MB, over the 1 MB limit/);
  });

  test('when a lexicon file is broken, then ingest stops before reading and names the file and line', async () => {
    const lexicons = path.join(dir, 'lexicons');
    mkdirSync(lexicons);
    for (const name of readdirSync(path.join(PROJECT_ROOT, 'lexicons'))) copyFileSync(path.join(PROJECT_ROOT, 'lexicons', name), path.join(lexicons, name));
    const victim = readdirSync(lexicons).find((name) => name.startsWith('face_value')) as string;
    writeFileSync(path.join(lexicons, victim), `${readFileSync(path.join(lexicons, victim), 'utf8')}\nnonsense-key: 1\n`);
    const run = await runCli(['ingest', CORPUS, '--db', path.join(dir, 'lex.db'), '--lexicons', lexicons]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(victim);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('lessons search', () => {
  test('when searching "face value" as JSON, then results carry title, year, page, paragraph and kind, best first', async () => {
    const run = await runCli(['search', 'face value', '--json', '--db', db]);
    expect(run.status, run.stderr).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(body.total).toBeGreaterThan(0);
    for (const result of body.results) {
      expect(result.review).toEqual({ id: expect.any(Number), title: expect.any(String), board: expect.any(String), year: expect.any(Number) });
      expect(result).toMatchObject({ page: expect.any(Number), section: expect.any(String), text: expect.any(String), snippet: expect.stringContaining('<mark>') });
      expect(['finding', 'recommendation', 'narrative']).toContain(result.kind);
      expect(result.text.toLowerCase()).toContain('face');
    }
    expect(body.results.some((result: { paragraph: string | null }) => /^\d+(\.\d+)+$/.test(result.paragraph ?? ''))).toBe(true);
    const scores = body.results.map((result: { score: number }) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('when filtering by theme and kind, then every result carries that theme and kind', async () => {
    const run = await runCli(['search', '--theme', 'child_not_seen', '--kind', 'finding', '--json', '--db', db]);
    const body = JSON.parse(run.stdout);
    expect(body.total).toBeGreaterThan(0);
    for (const result of body.results) {
      expect(result.themes).toContain('child_not_seen');
      expect(result.kind).toBe('finding');
    }
  });

  test('when the query has an unbalanced quote, then the exit status is 2 with a message and no stack', async () => {
    const run = await runCli(['search', '"face value', '--db', db]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unbalanced quote/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('when the theme is unknown, then the message lists the known themes', async () => {
    const run = await runCli(['search', 'drift', '--theme', 'drift', '--db', db]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown theme "drift".*professional_drift/);
  });

  test('when the reader of the output stops early, as `| head` does, then the command ends quietly', async () => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'lessons.js'), 'search', 'child', '--limit', '100', '--db', db]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(status).toBe(0);
  });

  test('when there is no database yet, then the message says to ingest first', async () => {
    const run = await runCli(['search', 'drift', '--db', path.join(dir, 'none.db')]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/lessons ingest/);
  });
});

describe('lessons reviews and stats', () => {
  test('when listing reviews as JSON, then each has its metadata and counts', async () => {
    const body = JSON.parse((await runCli(['reviews', '--json', '--db', db])).stdout);
    expect(body.reviews.length).toBeGreaterThan(0);
    expect(body.reviews[0]).toMatchObject({ title: expect.any(String), board: expect.any(String), passages: expect.any(Number) });
  });

  test('when asking for stats as JSON, then passages and findings are counted by theme and by year, every year with its reviews and no review count shared by more than four themes', async () => {
    const body = JSON.parse((await runCli(['stats', '--json', '--db', db])).stdout);
    expect(body.totals.reviews).toBeGreaterThan(0);
    expect(body.themes.map((row: { theme: string }) => row.theme)).toContain('face_value');
    expect(body.years.map((row: { year: number }) => row.year)).toEqual(Array.from({ length: 18 }, (_, i) => 2008 + i));
    expect(body.years.every((row: { reviews: number }) => row.reviews >= 1)).toBe(true);
    const themesPerCount = new Map<number, number>();
    for (const row of body.themes as { reviews: number }[]) themesPerCount.set(row.reviews, (themesPerCount.get(row.reviews) ?? 0) + 1);
    expect([...themesPerCount].filter(([, themes]) => themes > 4)).toEqual([]);
  });
});
