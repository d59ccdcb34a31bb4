/**
 * Scale benchmark: one corpus of N generated reviews (default 10,000) taken through everything a
 * researcher does with it, printing what each step cost:
 *   1. the corpus, generated into `.bench/corpus-N` or reused;
 *   2. `lessons ingest` into `.bench/scale-N.db` with its progress bar: time, pages/s, CPU seconds,
 *      peak RSS (a database already holding some of the corpus is completed: ingest resumes);
 *   3. the database's size;
 *   4. `lessons serve` over it: RSS once warmed up, then the `bench-search` mix from a second
 *      process, p50/p95/p99 by request type, first-time searches apart;
 *   5. `lessons retag` over every passage: time and CPU seconds;
 *   6. a 60-page draft checked twice in this process: the second, warm, run.
 *
 *   npm run build && npx tsx scripts/bench-scale.ts [N] [--out .bench] [--workers n]
 *     [--requests 2000] [--concurrency 2] [--settle 10]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import { PROJECT_ROOT } from '../src/config.js';
import { openDatabase } from '../src/store/database.js';
import { benchCorpus, databaseBytes } from './bench/corpus.js';
import { makeDraft, pickSource, timedChecks } from './bench/draft-check.js';
import { currentRss, loadLine, peakRss, runMeasured } from './bench/processes.js';
import { measureMix, startServer } from './bench/search-mix.js';

const { values, positionals } = scriptArgs(import.meta.url, {
  options: {
    out: { type: 'string', default: '.bench' },
    workers: { type: 'string' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '2' },
    settle: { type: 'string', default: '10' },
  },
  allowPositionals: true,
});
const count = Number(positionals[0] ?? 10_000);
const out = path.resolve(values.out ?? '.bench');
const db = path.join(out, `scale-${count}.db`);
const bin = path.join(PROJECT_ROOT, 'bin', 'lessons.js');
const workers = values.workers ? ['--workers', values.workers] : [];
const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

function heading(text: string): void {
  console.log(`\n== ${text} (${loadLine()})`);
}

async function ingest(dir: string): Promise<void> {
  heading(`ingest ${dir} into ${db}`);
  const run = await runMeasured(process.execPath, [bin, 'ingest', dir, '--db', db, ...workers]);
  process.stdout.write(run.stdout);
  const files = /Ingested (\d+) files? in [\d.]+ s: (\d+) added, (\d+) unchanged/.exec(run.stdout);
  const pages = Number(/Read (\d+) pages/.exec(run.stdout)?.[1] ?? 0);
  console.log(`ingest: ${run.seconds.toFixed(1)} s (${(run.seconds / 60).toFixed(1)} min), ${files?.[2] ?? '?'} added, ${files?.[3] ?? '?'} already stored; ${pages} pages read, ${(pages / run.seconds).toFixed(0)} pages/s; CPU ${run.cpuSeconds.toFixed(1)} s; peak RSS ${megabytes(run.peak)}; exit status ${run.code}`);
}

function sizes(): void {
  const probe = openDatabase(db, { readonly: true });
  const { reviews, passages } = probe.prepare<[], { reviews: number; passages: number }>('SELECT (SELECT count(*) FROM reviews) AS reviews, (SELECT count(*) FROM passages) AS passages').get()!;
  probe.close();
  console.log(`database: ${reviews} reviews, ${passages} passages, ${megabytes(databaseBytes(db))}`);
}

async function searches(): Promise<void> {
  heading('searches');
  const { server, url } = await startServer(db);
  try {
    await new Promise((resolve) => setTimeout(resolve, Number(values.settle) * 1000));
    console.log(`server RSS after start and ${values.settle} s of warm-up: ${megabytes(currentRss(server.pid!))}`);
    await measureMix(url, server.pid!, { requests: Number(values.requests), seconds: 600, concurrency: Number(values.concurrency) });
    console.log(`server RSS after the searches: ${megabytes(currentRss(server.pid!))} (peak ${megabytes(peakRss(server.pid!))})`);
  } finally {
    server.kill('SIGTERM');
  }
}

async function retag(): Promise<void> {
  heading('retag');
  const run = await runMeasured(process.execPath, [bin, 'retag', '--db', db, '--json', ...workers]);
  const summary = JSON.parse(run.stdout) as { passages: number };
  console.log(`retag: ${summary.passages} passages in ${run.seconds.toFixed(1)} s (${(run.seconds / 60).toFixed(1)} min), CPU ${run.cpuSeconds.toFixed(1)} s, peak RSS ${megabytes(run.peak)}`);
}

async function draftCheck(): Promise<void> {
  heading('draft check');
  const dir = mkdtempSync(path.join(tmpdir(), 'lessons-bench-scale-'));
  try {
    const probe = openDatabase(db, { readonly: true });
    const source = pickSource(probe);
    probe.close();
    const draft = await makeDraft(dir, source, 60);
    const runs = await timedChecks(db, readFileSync(draft.file), 2, (run, { seconds, cpuSeconds }) => console.log(`check run ${run}: ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s)`));
    console.log(`warm draft check (${draft.pages} pages, the second run): ${runs[1]!.seconds.toFixed(2)} s, CPU ${runs[1]!.cpuSeconds.toFixed(2)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const corpus = await benchCorpus(out, count);
execFileSync('npm', ['run', 'build', '--silent'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
console.log(`${corpus.files.length} reports (${corpus.megabytes.toFixed(0)} MB) in ${corpus.dir}`);
await ingest(corpus.dir);
sizes();
await searches();
await retag();
await draftCheck();
