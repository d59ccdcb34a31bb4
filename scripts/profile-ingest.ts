/**
 * Where an ingested page's time goes: ingests N generated reports (default 40) into a fresh
 * database under `node --cpu-prof` (every thread profiled), then shares the process's CPU seconds
 * out among the pipeline's stages in proportion to their samples. Prints a table of stages with
 * CPU milliseconds per page and their share, the main thread and the reader threads apart.
 *
 *   npm run build && npx tsx scripts/profile-ingest.ts [N] [--out .bench] [--workers n]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import { PROJECT_ROOT } from '../src/config.js';
import { benchCorpus } from './bench/corpus.js';
import { stageShares } from './bench/cpu-profile.js';
import { loadLine, runMeasured } from './bench/processes.js';

const { values, positionals } = scriptArgs(import.meta.url, { options: { out: { type: 'string', default: '.bench' }, workers: { type: 'string', default: '2' } }, allowPositionals: true });
const count = Number(positionals[0] ?? 40);
const { dir, files } = await benchCorpus(path.resolve(values.out ?? '.bench'), count);
const work = mkdtempSync(path.join(tmpdir(), 'lessons-profile-'));
try {
  const run = await runMeasured(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${work}`, path.join(PROJECT_ROOT, 'bin', 'lessons.js'), 'ingest', dir, '--db', path.join(work, 'profile.db'), '--workers', values.workers ?? '2', '--json']);
  const summary = JSON.parse(run.stdout) as { pages: number; passages: number };
  const shares = stageShares(work);
  const sampled = shares.reduce((sum, share) => sum + share.ms, 0);
  const msPerPage = (ms: number) => ((ms / sampled) * run.cpuSeconds * 1000) / summary.pages;
  console.log(`${files.length} reports, ${summary.pages} pages, ${summary.passages} passages: ${run.cpuSeconds.toFixed(1)} CPU-s (${(summary.pages / run.cpuSeconds).toFixed(0)} pages per CPU-second), ${run.seconds.toFixed(1)} s wall, ${loadLine()}`);
  console.log(`\n| thread | stage | CPU ms per page | share |\n| --- | --- | --- | --- |`);
  for (const share of shares) {
    if (share.ms / sampled < 0.005) continue;
    console.log(`| ${share.thread} | ${share.stage} | ${msPerPage(share.ms).toFixed(2)} | ${((100 * share.ms) / sampled).toFixed(1)}% |`);
  }
  console.log(`| all | total | ${((run.cpuSeconds * 1000) / summary.pages).toFixed(2)} | 100% |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
