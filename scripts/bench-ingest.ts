/**
 * Ingest benchmark: generates N fictional reports (default 200), ingests them into a fresh
 * database with the built CLI in a child process, and prints pages/s, passages/s, peak RSS and
 * database size; where poppler's pdftotext is installed, also the time it takes on the same files.
 *
 *   npx tsx scripts/bench-ingest.ts [N] [--out .bench]
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus/generate.js';

const ROOT = path.resolve(import.meta.dirname, '..');

const { values, positionals } = parseArgs({ options: { out: { type: 'string', default: '.bench' } }, allowPositionals: true });
const count = Number(positionals[0] ?? 200);
const out = path.resolve(values.out ?? '.bench');
const corpus = path.join(out, `corpus-${count}`);
const db = path.join(out, `bench-${count}.db`);

function pdfsIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.pdf')).map((name) => path.join(dir, name)) : [];
}

/** Peak resident memory of a running process, from Linux's /proc (VmHWM), in bytes. */
function peakRss(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function ingest(): Promise<{ seconds: number; peak: number; summary: { pages: number; passages: number; failed: unknown[] } }> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'lessons.js'), 'ingest', corpus, '--db', db, '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, peakRss(child.pid ?? 0))), 100);
  await new Promise((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  return { seconds: (performance.now() - started) / 1000, peak, summary: JSON.parse(output) };
}

function pdftotextSeconds(files: string[]): number | null {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const started = performance.now();
  for (const file of files) execFileSync('pdftotext', [file, '/dev/null']);
  return (performance.now() - started) / 1000;
}

if (pdfsIn(corpus).length !== count) {
  console.log(`Generating ${count} reports into ${path.relative(ROOT, corpus)} ...`);
  rmSync(corpus, { recursive: true, force: true });
  await generateCorpus({ count, outDir: corpus });
}
execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });

const files = pdfsIn(corpus);
const megabytes = files.reduce((sum, file) => sum + statSync(file).size, 0) / 1e6;
console.log(`Ingesting ${files.length} PDFs (${megabytes.toFixed(1)} MB) into a fresh database ...`);
const { seconds, peak, summary } = await ingest();
const dbBytes = ['', '-wal'].reduce((sum, suffix) => sum + (existsSync(db + suffix) ? statSync(db + suffix).size : 0), 0);
const poppler = pdftotextSeconds(files);

const rows: Array<[string, string]> = [
  ['reports', String(files.length)],
  ['pages', String(summary.pages)],
  ['passages', String(summary.passages)],
  ['failed', String(summary.failed.length)],
  ['wall time', `${seconds.toFixed(1)} s`],
  ['pages/s', (summary.pages / seconds).toFixed(0)],
  ['passages/s', (summary.passages / seconds).toFixed(0)],
  ['peak RSS', `${(peak / 1048576).toFixed(0)} MB`],
  ['database size', `${(dbBytes / 1048576).toFixed(1)} MB`],
];
if (poppler !== null) {
  rows.push(['pdftotext (1 process)', `${poppler.toFixed(1)} s, ${(summary.pages / poppler).toFixed(0)} pages/s`]);
  rows.push(['lessons / pdftotext time', `${(seconds / poppler).toFixed(2)}x`]);
}
for (const [name, value] of rows) console.log(`${name.padEnd(26)} ${value}`);
