/**
 * Draft-check benchmark: generates a draft of at least 60 pages (planted failings and a
 * near-copy of one corpus passage), checks it against a database five times in one process, as the
 * server does, and prints every run and the median; then once more through the CLI in a fresh
 * process, which also pays for loading the lexicons and reading the corpus statistics cold.
 *
 *   npx tsx scripts/bench-check.ts [--db .bench/lessons-1000.db] [--runs 5] [--pages 60]
 *
 * The CLI run needs the build (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import { PROJECT_ROOT } from '../src/config.js';
import { openDatabase } from '../src/store/database.js';
import { makeDraft, median, pickSource, timedChecks } from './bench/draft-check.js';
import { loadLine } from './bench/processes.js';

const { values } = scriptArgs(import.meta.url, {
  options: { db: { type: 'string', default: path.join(PROJECT_ROOT, '.bench', 'lessons-1000.db') }, runs: { type: 'string', default: '5' }, pages: { type: 'string', default: '60' } },
});
const dbFile = path.resolve(values.db ?? '');
if (!existsSync(dbFile)) {
  console.error(`no database at ${dbFile}. Make one: npx tsx scripts/make-corpus.ts --count 1000 --out .bench/corpus-1000 && node bin/lessons.js ingest .bench/corpus-1000 --db ${dbFile}`);
  process.exit(2);
}
const runs = Number(values.runs);

const dir = mkdtempSync(path.join(tmpdir(), 'lessons-bench-check-'));
try {
  const probe = openDatabase(dbFile, { readonly: true });
  const source = pickSource(probe);
  const { reviews, passages } = probe.prepare<[], { reviews: number; passages: number }>('SELECT (SELECT count(*) FROM reviews) AS reviews, (SELECT count(*) FROM passages) AS passages').get() ?? { reviews: 0, passages: 0 };
  probe.close();
  const draft = await makeDraft(dir, source, Number(values.pages));
  const bytes = readFileSync(draft.file);
  console.log(`Database: ${dbFile}: ${reviews} reviews, ${passages} passages. ${loadLine()}`);
  console.log(`Draft: ${draft.pages} pages, ${(bytes.length / 1024).toFixed(0)} KB, with a near-copy of passage ${source.id}.`);

  const timed = await timedChecks(dbFile, bytes, runs, (run, { seconds, cpuSeconds, report }) => {
    const ranks = source.themes.map((theme) => report.themes.find((found) => found.theme === theme)?.similar.findIndex((similar) => similar.id === source.id) ?? -1);
    // CPU time beside wall time: on a shared machine the difference is time spent waiting for a core.
    console.log(`run ${run}: ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s) — ${report.draft.paragraphs} paragraphs; ${report.summary} Near-copy rank in its themes: ${ranks.map((rank) => (rank < 0 ? 'absent' : rank + 1)).join(', ')}.`);
  });
  console.log(`median of ${runs} runs in one process: ${median(timed.map((run) => run.seconds)).toFixed(2)} s (CPU ${median(timed.map((run) => run.cpuSeconds)).toFixed(2)} s)`);

  const started = performance.now();
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'lessons.js'), 'check', draft.file, '--db', dbFile, '--json'], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`one run of \`lessons check\` in a fresh process: ${((performance.now() - started) / 1000).toFixed(2)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
