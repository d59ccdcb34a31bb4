/**
 * Ingest benchmark: generates N fictional reports (default 200), ingests them into a fresh
 * database with the built CLI in a child process, and prints pages/s, passages/s, peak RSS,
 * database size and CPU seconds (every thread, user and system); where poppler's pdftotext is
 * installed, also its time and CPU seconds on the same files, one process per file, and the ratios.
 *
 *   npx tsx scripts/bench-ingest.ts [N] [--out .bench] [--workers n]
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import { PROJECT_ROOT } from '../src/config.js';
import { benchCorpus, databaseBytes, removeDatabase } from './bench/corpus.js';
import { loadLine, runMeasured, waitedChildrenCpu } from './bench/processes.js';

const { values, positionals } = scriptArgs(import.meta.url, { options: { out: { type: 'string', default: '.bench' }, workers: { type: 'string' } }, allowPositionals: true });
const count = Number(positionals[0] ?? 200);
const out = path.resolve(values.out ?? '.bench');
const db = path.join(out, `bench-${count}.db`);

function pdftotext(files: string[]): { seconds: number; cpuSeconds: number } | null {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const cpuBefore = waitedChildrenCpu();
  const started = performance.now();
  for (const file of files) execFileSync('pdftotext', [file, '/dev/null']);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: waitedChildrenCpu() - cpuBefore };
}

const { dir, files, megabytes } = await benchCorpus(out, count);
execFileSync('npm', ['run', 'build', '--silent'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
removeDatabase(db);

console.log(`Ingesting ${files.length} PDFs (${megabytes.toFixed(1)} MB) into a fresh database ... (${loadLine()})`);
const workers = values.workers ? ['--workers', values.workers] : [];
const run = await runMeasured(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'lessons.js'), 'ingest', dir, '--db', db, '--json', ...workers]);
const summary = JSON.parse(run.stdout) as { pages: number; passages: number; failed: unknown[] };
const loadAfterIngest = loadLine();
const poppler = pdftotext(files);

const rows: Array<[string, string]> = [
  ['reports', String(files.length)],
  ['pages', String(summary.pages)],
  ['passages', String(summary.passages)],
  ['failed', String(summary.failed.length)],
  ['wall time', `${run.seconds.toFixed(1)} s`],
  ['pages/s', (summary.pages / run.seconds).toFixed(0)],
  ['passages/s', (summary.passages / run.seconds).toFixed(0)],
  ['CPU (whole process)', `${run.cpuSeconds.toFixed(1)} s, ${(summary.pages / run.cpuSeconds).toFixed(0)} pages per CPU-second`],
  ['peak RSS', `${(run.peak / 1048576).toFixed(0)} MB`],
  ['database size', `${(databaseBytes(db) / 1048576).toFixed(1)} MB`],
  ['load after ingest', loadAfterIngest],
];
if (poppler !== null) {
  rows.push(['pdftotext (1 process)', `${poppler.seconds.toFixed(1)} s, ${(summary.pages / poppler.seconds).toFixed(0)} pages/s, ${poppler.cpuSeconds.toFixed(1)} CPU-s`]);
  rows.push(['lessons / pdftotext time', `${(run.seconds / poppler.seconds).toFixed(2)}x`]);
  rows.push(['lessons / pdftotext CPU', `${(run.cpuSeconds / poppler.cpuSeconds).toFixed(2)}x`]);
}
for (const [name, value] of rows) console.log(`${name.padEnd(26)} ${value}`);
