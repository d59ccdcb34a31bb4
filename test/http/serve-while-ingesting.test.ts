import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { researchCorpus } from '../support/research-corpus.js';
import { serveForTests } from '../support/test-server.js';

const WRITER = fileURLToPath(new URL('../support/write-reviews.ts', import.meta.url));
const REVIEWS = 40;

const app = serveForTests(researchCorpus);

test('when another process ingests reviews into the same database, then searches keep answering and the new reviews appear', async () => {
  const writer = spawn(process.execPath, ['--import', 'tsx', WRITER, app.server.dbFile, String(REVIEWS)], { cwd: path.dirname(WRITER), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  writer.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<number | null>((resolve) => writer.once('exit', resolve));
  let writing = true;
  void finished.then(() => (writing = false));

  const answered: Array<{ status: number; total: number; ms: number }> = [];
  while (writing) {
    const started = performance.now();
    const response = await fetch(`${app.server.url}/api/search?q=drift&theme=professional_drift`);
    const body = (await response.json()) as { total: number };
    answered.push({ status: response.status, total: body.total, ms: performance.now() - started });
  }
  expect(await finished, stderr).toBe(0);
  expect(answered.length).toBeGreaterThan(5);
  expect(answered.every((answer) => answer.status === 200)).toBe(true);

  // Rebuilt in a worker thread after the last commit: wait past the rebuild delay for it.
  await expect
    .poll(async () => ((await (await fetch(`${app.server.url}/api/search?q=drift&theme=professional_drift`)).json()) as { total: number }).total, { timeout: 15_000, interval: 300 })
    .toBe(1 + REVIEWS * 40);
});
