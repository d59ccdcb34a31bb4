/**
 * The search benchmark's parts, shared by `bench-search` and `bench-scale`: the fixed mix of
 * requests, a `lessons serve` child process, the loops that drive it over HTTP, and the table of
 * latencies by kind of request (first-time searches and repeated ones apart).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { currentRss, loadLine, peakRss, processCpu } from './processes.js';

export interface Probe {
  type: string;
  path: string;
}

export interface Sample {
  type: string;
  path: string;
  ms: number;
  status: number;
  first: boolean;
  during: boolean;
}

/** The fixed mix of searches, by kind: every kind of question a researcher asks, common and rare. */
export const SEARCHES: Record<string, string[]> = {
  'common word': ['q=child', 'q=mother', 'q=agencies', 'q=plan*'],
  'rare word': ['q=interpreter', 'q=bruising', 'q=escalation', 'q=drift'],
  phrase: ['q=%22face+value%22', 'q=%22not+seen+alone%22', 'q=%22strategy+discussion%22', 'q=%22child+protection+plan%22+-recommend'],
  'theme filter': ['theme=face_value', 'theme=professional_drift&kind=finding', 'theme=hidden_men&theme=parental_risk_factors', 'q=mother&theme=face_value'],
  'facets + kind/board': ['q=drift+OR+delay&kind=finding', 'q=child&board=Partnership', 'q=health+visitor&kind=recommendation'],
  'year range': ['q=%22face+value%22&year_from=2010&year_to=2015', 'q=child&year_from=2019&year_to=2024', 'q=assessment&kind=finding&year_from=2012&year_to=2016&page=3'],
};

/** The whole mix over a server: the searches, then review, theme and HTML pages. */
async function requestMix(url: string): Promise<Probe[]> {
  const reviews = (await (await fetch(`${url}/api/reviews?limit=500&sort=title`)).json()) as { reviews: Array<{ id: number }> };
  const ids = reviews.reviews.map((review) => review.id);
  const reviewIds = [ids[0], ids[Math.floor(ids.length / 3)], ids[Math.floor(ids.length / 2)], ids[ids.length - 1], ids[7], ids[42]].filter((id): id is number => id !== undefined);
  return [
    ...Object.entries(SEARCHES).flatMap(([type, queries]) => queries.map((query) => ({ type, path: `/api/search?${query}` }))),
    ...reviewIds.map((id) => ({ type: 'review page', path: `/api/reviews/${id}` })),
    { type: 'review list', path: '/api/reviews?sort=findings&theme=neglect' },
    ...['/api/themes/face_value', '/api/themes/professional_drift', '/api/themes'].map((path) => ({ type: 'theme page', path })),
    ...['/search?q=face+value&theme=face_value', '/search?q=child&kind=finding'].map((path) => ({ type: 'search page (HTML)', path })),
  ];
}

/** Starts `lessons serve` over `db` as its own process on a free loopback port and waits for its "Serving on" line. */
export function startServer(db: string): Promise<{ server: ChildProcess; url: string }> {
  const bin = path.join(PROJECT_ROOT, 'bin', 'lessons.js');
  if (!existsSync(path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'))) throw new Error('run `npm run build` first: the benchmark starts the compiled server');
  const server = spawn(process.execPath, [bin, 'serve', '--db', db, '--host', '127.0.0.1', '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    // At 10,000 reviews a server takes minutes to listen; one that never does is stopped, not left running.
    const timer = setTimeout(() => (server.kill('SIGTERM'), reject(new Error('the server did not start within 15 minutes'))), 15 * 60_000);
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

export interface DriveOptions {
  requests: number;
  seconds: number;
  concurrency: number;
  /** Whether something else (an ingest) is running, noted on each sample. */
  during?: () => boolean;
  /** Paths already asked for: their samples are not first times. */
  seen?: Set<string>;
}

/** `concurrency` loops taking the next probe of the mix in turn, until the count or the time runs out. */
async function drive(url: string, mix: Probe[], options: DriveOptions): Promise<Sample[]> {
  const samples: Sample[] = [];
  const seen = options.seen ?? new Set<string>();
  const deadline = performance.now() + options.seconds * 1000;
  let next = 0;
  const loop = async () => {
    while (next < options.requests && performance.now() < deadline) {
      const probe = mix[next++ % mix.length]!;
      const first = !seen.has(probe.path);
      seen.add(probe.path);
      const during = options.during?.() ?? false;
      const started = performance.now();
      const response = await fetch(`${url}${probe.path}`);
      await response.arrayBuffer();
      samples.push({ ...probe, ms: performance.now() - started, status: response.status, first, during });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  return samples;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Measures the mix over a server: first every request once, one at a time (each a first time),
 * then the mix over and over with `options.concurrency` loops (all repeats). Prints both tables
 * and, when the server's process id is known, the CPU it spent on each phase: unlike latency on a
 * shared machine, that does not grow with what else runs.
 */
export async function measureMix(url: string, serverPid: number | null, options: DriveOptions & { before?: () => void }): Promise<void> {
  const mix = await requestMix(url);
  const seen = new Set<string>();
  const phase = async (title: string, drive: () => Promise<Sample[]>, concurrency: number) => {
    const cpu = serverPid ? processCpu(serverPid) : 0;
    const started = performance.now();
    const samples = await drive();
    const seconds = (performance.now() - started) / 1000;
    const spent = serverPid ? ` The server spent ${(processCpu(serverPid) - cpu).toFixed(2)} CPU-s, ${(((processCpu(serverPid) - cpu) * 1000) / samples.length).toFixed(1)} ms a request.` : '';
    console.log(`\n${title} (${loadLine()}).${spent}`);
    report(samples, seconds, concurrency);
  };
  await phase('First pass: every request of the mix once, one at a time, each a first time', () => drive(url, mix, { requests: mix.length, seconds: 600, concurrency: 1, seen }), 1);
  options.before?.();
  await phase('The mix again and again', () => drive(url, mix, { ...options, seen }), options.concurrency);
  if (serverPid) console.log(`\nserver RSS ${(currentRss(serverPid) / 2 ** 20).toFixed(0)} MB now, ${(peakRss(serverPid) / 2 ** 20).toFixed(0)} MB at its peak`);
}

/** Prints p50/p95/p99/max and requests/s by kind of request, the searches' first times and repeats apart, and everything. */
function report(samples: Sample[], seconds: number, concurrency: number): void {
  const failed = samples.filter((sample) => sample.status !== 200);
  const row = (label: string, group: Sample[]) => {
    if (group.length === 0) return;
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
  row('all first times', samples.filter((sample) => sample.first));
  row('all repeated (warm)', samples.filter((sample) => !sample.first));
  row('everything', samples);
  const during = samples.filter((sample) => sample.during);
  if (during.length > 0) row('during ingest', during);
  for (const sample of failed.slice(0, 5)) console.log(`not 200: ${sample.status} ${sample.path}`);
  const slowest = samples.filter((sample) => sample.first).sort((a, b) => b.ms - a.ms).slice(0, 6);
  if (slowest.length > 0) console.log(`\nslowest first times: ${slowest.map((sample) => `${sample.path} ${sample.ms.toFixed(1)} ms`).join('; ')}`);
}
