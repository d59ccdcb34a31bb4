/**
 * Search benchmark: drives the server over HTTP from this (second) process with a fixed mix of
 * requests: first each request once, one at a time (first times), then the mix again and again;
 * prints p50/p95/p99 latency and requests/s per kind of request and overall for both, with the
 * server's CPU time per request (which, unlike latency, does not grow with the machine's load).
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
import { scriptArgs } from './script-args.js';
import { PROJECT_ROOT } from '../src/config.js';
import { measureMix, startServer } from './bench/search-mix.js';

const { values } = scriptArgs(import.meta.url, {
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
    await new Promise((resolve) => setTimeout(resolve, Number(values.settle) * 1000));
    // The ingest, if asked for, starts after the first pass, with the repeated mix.
    const ingest: { current: ReturnType<typeof startIngest> | null } = { current: null };
    await measureMix(url, server?.pid ?? null, {
      requests: Number(values.requests),
      seconds: Number(values.seconds),
      concurrency: Number(values.concurrency),
      during: () => ingest.current?.running ?? false,
      before: () => {
        if (values.ingest) ingest.current = startIngest(values.ingest, values.db);
      },
    });
    await ingest.current?.done;
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
