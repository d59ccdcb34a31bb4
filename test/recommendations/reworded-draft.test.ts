import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CheckReport } from '../../src/check/types.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadTagger } from '../../src/lexicon/index.js';
import { truthCorpus, writeDatabase } from '../support/check-corpus.js';
import { runCli } from '../support/cli.js';
import { placedWithTheirAsk, REWORDED_DRAFT } from '../support/reworded-draft.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let dir: string;
let dbFile: string;
let server: TestServer;

beforeAll(async () => {
  const reviews = truthCorpus(loadTagger(path.join(PROJECT_ROOT, 'lexicons')));
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-reworded-'));
  dbFile = path.join(dir, 'lessons.db');
  writeDatabase(dbFile, reviews);
  server = await startTestServer(reviews);
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function postDraft(): Promise<CheckReport> {
  const form = new FormData();
  form.append('draft', new Blob([readFileSync(REWORDED_DRAFT)], { type: 'text/markdown' }), 'reworded-draft.md');
  const response = await fetch(`${server.url}/api/check`, { method: 'POST', body: form });
  expect(response.status).toBe(200);
  return (await response.json()) as CheckReport;
}

describe('a draft that rewords six asks of the corpus', () => {
  test('when it is checked with lessons check --json, then at least five are placed in their ask’s group as a same or similar ask', async () => {
    const run = await runCli(['check', REWORDED_DRAFT, '--db', dbFile, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as CheckReport;
    expect(report.recommendations).toHaveLength(6);
    expect(placedWithTheirAsk(report).length).toBeGreaterThanOrEqual(5);
  });

  test('when it is posted to /api/check, then at least five are placed in their group, each with a reason and a meaning for its score', async () => {
    const report = await postDraft();
    const placed = placedWithTheirAsk(report);
    expect(placed.length).toBeGreaterThanOrEqual(5);
    for (const recommendation of report.recommendations.filter((each) => placed.includes(each.draft.paragraph ?? ''))) {
      expect(recommendation.reason).toMatch(/^(Same ask|Similar ask, reworded): .*(share|sentence)/);
      expect(recommendation.score_meaning).toMatch(/^\d\.\d\d: /);
      expect(recommendation.group?.reviews).toBe(recommendation.earlier_reviews);
      expect(recommendation.group?.reviews).toBeGreaterThanOrEqual(2);
    }
  });

  test('when a failing it describes has tagged recommendations in the corpus, then earlier recommendations are listed for it', async () => {
    const report = await postDraft();
    expect(report.themes.length).toBeGreaterThan(0);
    const tagged = server.db.prepare<[string], number>("SELECT count(*) FROM passage_themes t JOIN passages p ON p.id = t.passage_id WHERE p.kind = 'recommendation' AND t.theme = ?").pluck();
    const checked = report.themes.filter((theme) => (tagged.get(theme.theme) ?? 0) > 0);
    expect(checked.length).toBeGreaterThan(0);
    for (const theme of checked) expect(theme.recommendations.length, theme.theme).toBeGreaterThan(0);
  });
});
