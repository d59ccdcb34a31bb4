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

interface Probe {
  type: string;
  path: string;
}

interface Sample {
  type: string;
  path: string;
  ms: number;
  status: number;
  first: boolean;
  during: boolean;
}

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
const maxRequests = Number(values.requests);
const maxSeconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

/** The fixed mix of searches, by kind: every kind of question a researcher asks, common and rare. */
const SEARCHES: Record<string, string[]> = {
  'common word': ['q=child', 'q=mother', 'q=agencies', 'q=plan*'],
  'rare word': ['q=interpreter', 'q=bruising', 'q=escalation', 'q=drift'],
  phrase: ['q=%22face+value%22', 'q=%22not+seen+alone%22', 'q=%22strategy+discussion%22', 'q=%22child+protection+plan%22+-recommend'],
  'theme filter': ['theme=face_value', 'theme=professional_drift&kind=finding', 'theme=hidden_men&theme=parental_risk_factors', 'q=mother&theme=face_value'],
  'facets + kind/board': ['q=drift+OR+delay&kind=finding', 'q=child&board=Partnership', 'q=health+visitor&kind=recommendation'],
  'year range': ['q=%22face+value%22&year_from=2010&year_to=2015', 'q=child&year_from=2019&year_to=2024', 'q=assessment&kind=finding&year_from=2012&year_to=2016&page=3'],
};

/** The whole mix: the searches, then review, theme and HTML pages. */
function requestMix(reviewIds: number[]): Probe[] {
  return [
    ...Object.entries(SEARCHES).flatMap(([type, queries]) => queries.map((query) => ({ type, path: `/api/search?${query}` }))),
    ...reviewIds.map((id) => ({ type: 'review page', path: `/api/reviews/${id}` })),
    { type: 'review list', path: '/api/reviews?sort=findings&theme=neglect' },
    ...['/api/themes/face_value', '/api/themes/professional_drift', '/api/themes'].map((path) => ({ type: 'theme page', path })),
    ...['/search?q=face+value&theme=face_value', '/search?q=child&kind=finding'].map((path) => ({ type: 'search page (HTML)', path })),
  ];
}

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
    const reviews = (await (await fetch(`${url}/api/reviews?limit=500&sort=title`)).json()) as { reviews: Array<{ id: number }> };
    const ids = reviews.reviews.map((review) => review.id);
    const mix = requestMix([ids[0], ids[Math.floor(ids.length / 3)], ids[Math.floor(ids.length / 2)], ids[ids.length - 1], ids[7], ids[42]].filter((id): id is number => id !== undefined));
    await new Promise((resolve) => setTimeout(resolve, Number(values.settle) * 1000));
    const ingest = values.ingest ? startIngest(values.ingest, values.db) : null;
    const started = performance.now();
    const samples = await drive(url, mix, () => ingest?.running ?? false);
    const seconds = (performance.now() - started) / 1000;
    if (ingest) await ingest.done;
    report(samples, seconds);
  } finally {
    server?.kill('SIGTERM');
  }
}

/** Starts `lessons serve` as its own process and waits for its "Serving on" line. */
function startServer(db: string): Promise<{ server: ChildProcess; url: string }> {
  const bin = path.join(PROJECT_ROOT, 'bin', 'lessons.js');
  if (!existsSync(path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'))) throw new Error('run `npm run build` first: the benchmark starts the compiled server');
  const server = spawn(process.execPath, [bin, 'serve', '--db', db, '--host', '127.0.0.1', '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 60 s')), 60_000);
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Serving on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ server, url: match[1]! });
      }
    });
    server.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening`)));
  });
}

function startIngest(folder: string, db: string): { running: boolean; done: Promise<void> } {
  const state = { running: true, done: Promise.resolve() };
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'lessons.js'), 'ingest', folder, '--db', db], { stdio: 'ignore' });
  state.done = new Promise((resolve) => child.once('exit', () => ((state.running = false), resolve())));
  return state;
}

/** `concurrency` loops taking the next probe of the mix in turn, until the count or the time runs out. */
async function drive(url: string, mix: Probe[], ingesting: () => boolean): Promise<Sample[]> {
  const samples: Sample[] = [];
  const seen = new Set<string>();
  const deadline = performance.now() + maxSeconds * 1000;
  let next = 0;
  const loop = async () => {
    while (next < maxRequests && performance.now() < deadline) {
      const probe = mix[next++ % mix.length]!;
      const first = !seen.has(probe.path);
      seen.add(probe.path);
      const during = ingesting();
      const started = performance.now();
      const response = await fetch(`${url}${probe.path}`);
      await response.arrayBuffer();
      samples.push({ ...probe, ms: performance.now() - started, status: response.status, first, during });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return samples;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function report(samples: Sample[], seconds: number): void {
  const failed = samples.filter((sample) => sample.status !== 200);
  const row = (label: string, group: Sample[]) => {
    const ms = group.map((sample) => sample.ms).sort((a, b) => a - b);
    const cells = [percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), ms[ms.length - 1] ?? NaN].map((value) => value.toFixed(1).padStart(8));
    console.log(`${label.padEnd(26)} ${String(group.length).padStart(6)} ${cells.join(' ')} ${(group.length / seconds).toFixed(1).padStart(8)}`);
  };
  console.log(`${samples.length} requests in ${seconds.toFixed(1)} s (${(samples.length / seconds).toFixed(1)} req/s), concurrency ${concurrency}, ${failed.length} not 200`);
  console.log(`\n${'request type'.padEnd(26)} ${'n'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'req/s'.padStart(8)}`);
  const types = [...new Set(samples.map((sample) => sample.type))];
  for (const type of types) row(type, samples.filter((sample) => sample.type === type));
  const searches = samples.filter((sample) => sample.path.startsWith('/api/search'));
  row('all searches', searches);
  row('  first time (cold)', searches.filter((sample) => sample.first));
  row('  repeated (warm)', searches.filter((sample) => !sample.first));
  row('everything', samples);
  const during = samples.filter((sample) => sample.during);
  if (during.length > 0) row('during ingest', during);
  for (const sample of failed.slice(0, 5)) console.log(`not 200: ${sample.status} ${sample.path}`);
}

main().catch((err: unknown) => {
  console.error(`bench-search: ${(err as Error).message}`);
  process.exitCode = 1;
});
