import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { writeDatabase } from '../support/check-corpus.js';
import { runCli } from '../support/cli.js';
import { researchCorpus } from '../support/research-corpus.js';

const BAD = path.resolve(import.meta.dirname, '..', 'fixtures', 'bad');
/** A draft with no family-involvement statement, nothing of the child's views and no dated recommendation. */
const VOICELESS = path.resolve(import.meta.dirname, '..', 'fixtures', 'quality-drafts', 'canal-no-voice.md');
const UNHEARD = ['child_at_centre', 'family_involvement', 'actionable_recommendations'];
const SECRET = 'Perpetua Ironmonger-Quaile';
const DRAFT = [
  '# Serious Case Review: Child Z',
  '## 4. Analysis',
  `4.1 The social worker accepted the explanation of ${SECRET} at face value and did not check it with the school.`,
  '4.2 The case was allowed to drift for months with no purposeful action.',
  '## 5. Recommendations',
  '5.1 Practitioners should identify and engage every adult who lives in or regularly visits the household.',
].join('\n\n');

let dir: string;
let dbFile: string;
let draftFile: string;

const fingerprint = () => {
  const bytes = readFileSync(dbFile);
  const wal = existsSync(`${dbFile}-wal`) ? readFileSync(`${dbFile}-wal`).length : 0;
  return { sha256: createHash('sha256').update(bytes).digest('hex'), mtime: statSync(dbFile).mtimeMs, wal, holdsDraft: bytes.includes(SECRET) };
};
const reviewCount = (file = dbFile) => {
  const db = openDatabase(file, { readonly: true });
  const { n } = db.prepare('SELECT count(*) AS n FROM reviews').get() as { n: number };
  db.close();
  return n;
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-check-cli-'));
  dbFile = path.join(dir, 'lessons.db');
  writeDatabase(dbFile, researchCorpus());
  draftFile = path.join(dir, 'draft.md');
  writeFileSync(draftFile, DRAFT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lessons check', () => {
  test('when a draft is checked, then the summary leads the output and the database is untouched', async () => {
    const before = fingerprint();
    const run = await runCli(['check', draftFile, '--db', dbFile]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^This draft describes \d+ known failings?; \d+ of its 1 recommendation makes? an ask earlier reviews made \(the same or a similar ask\)\.\n/);
    expect(run.stdout).toContain('Accounts taken at face value');
    expect(fingerprint()).toEqual({ ...before, holdsDraft: false });
    expect(before.holdsDraft).toBe(false);
  });

  test('when --json is given, then it prints the report object with summary, themes and placed recommendations', async () => {
    const run = await runCli(['check', draftFile, '--db', dbFile, '--json']);
    const report = JSON.parse(run.stdout) as Record<string, unknown> & { themes: Array<Record<string, unknown>> };
    expect(report).toMatchObject({ ok: true, summary: expect.stringMatching(/^This draft describes/), recommendations: expect.any(Array) });
    expect(report.themes.map((theme) => theme.theme)).toEqual(expect.arrayContaining(['face_value', 'professional_drift']));
    expect(report.themes[0]).toEqual(expect.objectContaining({ passages: expect.any(Array), reviews_with_theme: expect.any(Number), share: expect.any(Number), similar: expect.any(Array), recommendations: expect.any(Array) }));
  });

  test('when --html is given, then the report is written as one self-contained page', async () => {
    const out = path.join(dir, 'report.html');
    const run = await runCli(['check', draftFile, '--db', dbFile, '--html', out]);
    expect(run.status, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<p class="check-summary" role="status">This draft describes');
    expect(html).toMatch(/<style media="print">/);
    expect(html).not.toMatch(/(href|src)="\/assets\//);
    expect(html).not.toContain('<script');
    expect(html).toMatch(/<section class="check-quality" aria-labelledby="quality-heading">/);
    expect(html).toMatch(/<article class="quality-criterion" id="quality-family_involvement"/);
  });

  test('when a draft lacks the family-involvement statement, the child\'s views and dated recommendations, then the quality section says "not found" on those three, with advice', async () => {
    const json = await runCli(['check', VOICELESS, '--db', dbFile, '--json']);
    expect(json.status, json.stderr).toBe(0);
    const { quality } = JSON.parse(json.stdout) as { quality: { summary: string; criteria: Array<{ id: string; verdict: string; advice: string | null; evidence: unknown[] }> } };
    expect(quality.summary).toMatch(/^\d of 9 criteria met, \d partly, \d not found\.$/);
    expect(quality.criteria.filter((criterion) => UNHEARD.includes(criterion.id))).toEqual(UNHEARD.map((id) => expect.objectContaining({ id, verdict: 'not found', advice: expect.stringMatching(/\.$/) })));
    const plain = await runCli(['check', VOICELESS, '--db', dbFile]);
    expect(plain.stdout).toContain(`\nReview quality: ${quality.summary}\n`);
    expect(plain.stdout).toMatch(/\[not found\] +Family involvement\n +Not found: how the family was invited to contribute.*\n +Advice: State how the family and the child were invited/);
    expect(plain.stdout).toMatch(/para 5\.1: 2\/3, lacks a timescale or review date/);
  });

  test('when --save is given, then the draft is added to the corpus through the review writer', async () => {
    const copy = path.join(dir, 'saved.db');
    writeDatabase(copy, researchCorpus());
    const before = reviewCount(copy);
    const run = await runCli(['check', draftFile, '--db', copy, '--save']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/The draft was added to the corpus \(review \d+\)\./);
    expect(reviewCount(copy)).toBe(before + 1);
  });

  test.each([
    ['an image', 'scan.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), [], 415, /"scan\.png" is a PNG image/],
    ['over the limit', 'huge.pdf', Buffer.alloc(1024 * 1024 + 1, 0x25), ['--max-upload-mb', '1'], 413, /"huge\.pdf" is 1\.0 MB, over the 1 MB limit/],
    ['a corrupt PDF', 'corrupt.pdf', readFileSync(path.join(BAD, 'corrupt.pdf')), [], 422, /"corrupt\.pdf" could not be read: the PDF is corrupt or truncated/],
    ['an empty file', 'empty.txt', Buffer.alloc(0), [], 422, /"empty\.txt" is empty \(0 bytes\)/],
  ])('when the draft is %s, then it exits non-zero with the message, and --json prints the error body', async (_, name, bytes, flags, status, message) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const run = await runCli(['check', file, '--db', dbFile, ...flags]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^lessons check: ${message.source}`));
    const json = await runCli(['check', file, '--db', dbFile, '--json', ...flags]);
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, status, error: expect.stringMatching(message) });
  });

  test('when the draft does not exist, then it says so and exits non-zero', async () => {
    const run = await runCli(['check', path.join(dir, 'nowhere.pdf'), '--db', dbFile]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/there is no file at .*nowhere\.pdf/);
  });
});
