import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { reviewWriter } from '../../src/store/reviews.js';
import { runCli } from '../support/cli.js';
import { makeReview } from '../support/reviews.js';

let dir: string;
let db: string;
let ids: number[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-codes-cli-'));
  db = path.join(dir, 'test.db');
  const handle = openDatabase(db);
  reviewWriter(handle).save(makeReview({ file: '/r/a.pdf', sha256: 'a1', texts: ['The worker accepted the account at face value.', 'The worker took the "explanation" at face value, with a comma.', 'The plan was reviewed.'] }));
  ids = handle.prepare('SELECT id FROM passages ORDER BY seq').pluck().all() as number[];
  handle.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lessons code, codes and agreement', () => {
  test('when two coders code from the command line, then codes lists the trail as CSV and agreement --json measures machine and coders', async () => {
    const ann = { LESSONS_CODER: 'ann' };
    expect((await runCli(['code', String(ids[0]), '--theme', 'face_value', '--accept', '--db', db], { env: ann })).stdout).toMatch(/ann confirmed face_value on passage/);
    expect((await runCli(['code', String(ids[1]), '--theme', 'face_value', '--reject', '--memo', 'a quoted "word", then a comma', '--db', db], { env: ann })).status).toBe(0);
    expect((await runCli(['code', String(ids[2]), '--theme', 'neglect', '--add', '--db', db], { env: ann })).status).toBe(0);
    expect((await runCli(['code', String(ids[1]), '--theme', 'face_value', '--accept', '--coder', 'bob', '--db', db])).status).toBe(0);

    const bad = await runCli(['code', String(ids[0]), '--theme', 'nonsense', '--accept', '--db', db], { env: ann });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/theme: unknown theme "nonsense"/);
    const noCoder = await runCli(['code', String(ids[0]), '--theme', 'neglect', '--add', '--db', db], { env: { LESSONS_CODER: '' } });
    expect(noCoder.stderr).toMatch(/coder:/);

    const csv = await runCli(['codes', '--csv', '--db', db]);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('id,passage_id,theme,decision,coder,memo,at,lexicon_version,model_version,review_sha256,passage_seq,text_sha256');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain('"a quoted ""word"", then a comma"');

    const report = JSON.parse((await runCli(['agreement', '--json', '--db', db])).stdout);
    const faceValue = report.themes.find((theme: any) => theme.theme === 'face_value');
    // bob's later confirmation of the second passage is the human view of it.
    expect(faceValue).toMatchObject({ judged: 2, counts: { tp: 2, fp: 0, fn: 0, tn: 0 }, recall: null });
    expect(report.estimator).toMatch(/estimated from the judged passages the machine did not tag/);
    expect(report.between_coders).toEqual([
      { coders: ['ann', 'bob'], theme: null, both: 1, observed: 0, kappa: expect.anything(), ac1: expect.anything() },
      { coders: ['ann', 'bob'], theme: 'face_value', both: 1, observed: 0, kappa: expect.anything(), ac1: expect.anything() },
    ]);
    const annOnly = JSON.parse((await runCli(['agreement', '--json', '--coder', 'ann', '--db', db])).stdout);
    expect(annOnly.themes.find((theme: any) => theme.theme === 'face_value').counts).toEqual({ tp: 1, fp: 1, fn: 0, tn: 0 });
  });
});
