/**
 * Search benchmark: drives the server over HTTP from this (second) process with a fixed mix of
 * requests and prints p50/p95/p99 latency and requests/s per kind of request and overall.
 *
 *   npm run build && npx tsx scripts/bench-search.ts [--db .bench/lessons-1000.db]
 *     [--url http://127.0.0.1:4000] [--requests 3000] [--seconds 90] [--concurrency 4]
 *     [--settle seconds] [--ingest folder-of-pdfs]
 *
 * Without --url it starts `lessons serve` on a free loopback port over --db and stops it at the
 * end. --settle waits that long after the server is up before measuring (its worker ranks the
 * most frequent terms in the background meanwhile). With --ingest it runs `lessons ingest folder --db same.db` while the requests go on, to
 * show that searches keep being answered while reviews are written. Loopback only; bounded in
 * both count and time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config.js';
import { loadLine } from './bench/processes.js';
import { drive, report, requestMix, startServer } from './bench/search-mix.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: path.join(PROJECT_ROOT, '.bench', 'lessons-1000.db') },
    url: { type: 'string' },
    requests: { type: 'string', default: '3000' },
    seconds: { type: 'string', default: '90' },
    concurrency: { type: 'string', default: '4' },
    ingest: { type: 'string' },
    settle: { type: 'string', default: '0' },
  },
});
const concurrency = Number(values.concurrency);

async function main(): Promise<void> {
  let server: ChildProcess | null = null;
  let url = values.url;
  if (url) {
    if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\/?$/.test(url)) throw new Error(`--url must be a loopback address, not ${url}`);
    url = url.replace(/\/$/, '');
  } else {
    if (!existsSync(values.db)) {
      throw new Error(`no database at ${values.db}. Make one: npx tsx scripts/make-corpus.ts --count 1000 --out .bench/corpus-1000 && node bin/lessons.js ingest .bench/corpus-1000 --db ${values.db}`);
    }
    ({ server, url } = await startServer(values.db));
  }
  try {
    const mix = await requestMix(url);
    await new Promise((resolve) => setTimeout(resolve, Number(values.settle) * 1000));
    const ingest = values.ingest ? startIngest(values.ingest, values.db) : null;
    const started = performance.now();
    const samples = await drive(url, mix, { requests: Number(values.requests), seconds: Number(values.seconds), concurrency, during: () => ingest?.running ?? false });
    const seconds = (performance.now() - started) / 1000;
    if (ingest) await ingest.done;
    console.log(loadLine());
    report(samples, seconds, concurrency);
  } finally {
    server?.kill('SIGTERM');
  }
}

function startIngest(folder: string, db: string): { running: boolean; done: Promise<void> } {
  const state = { running: true, done: Promise.resolve() };
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'lessons.js'), 'ingest', folder, '--db', db], { stdio: 'ignore' });
  state.done = new Promise((resolve) => child.once('exit', () => ((state.running = false), resolve())));
  return state;
}

main().catch((err: unknown) => {
  console.error(`bench-search: ${(err as Error).message}`);
  process.exitCode = 1;
});
