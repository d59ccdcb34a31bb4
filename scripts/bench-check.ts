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
import { parseArgs } from 'node:util';
import { checkDraft } from '../src/check/check-draft.js';
import { loadQualityCriteria } from '../src/check/quality/criteria-file.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { loadTagger } from '../src/lexicon/index.js';
import { openDatabase, type Db } from '../src/store/database.js';
import { openStore } from '../src/store/store.js';
import type { ThemeId } from '../src/model/themes.js';
import { buildReport } from './corpus/report-model.js';
import { writeReport } from './corpus/write-report.js';

const { values } = parseArgs({
  options: { db: { type: 'string', default: path.join(PROJECT_ROOT, '.bench', 'lessons-1000.db') }, runs: { type: 'string', default: '5' }, pages: { type: 'string', default: '60' } },
});
const dbFile = path.resolve(values.db ?? '');
if (!existsSync(dbFile)) {
  console.error(`no database at ${dbFile}. Make one: npx tsx scripts/make-corpus.ts --count 1000 --out .bench/corpus-1000 && node bin/lessons.js ingest .bench/corpus-1000 --db ${dbFile}`);
  process.exit(2);
}
const runs = Number(values.runs);
const minPages = Number(values.pages);
const PLANTED: ThemeId[] = ['face_value', 'child_not_seen', 'hidden_men', 'professional_drift', 'multi_agency', 'recording', 'lack_of_challenge'];

/** A finding of the corpus with a failing, mid-length: the paragraph a drafter copies. */
function pickSource(db: Db): { id: number; text: string; themes: ThemeId[] } {
  const row = db
    .prepare<[], { id: number; text: string; themes: string }>(
      `SELECT p.id, p.text, group_concat(t.theme) AS themes FROM passages p JOIN passage_themes t ON t.passage_id = p.id
       WHERE p.kind = 'finding' AND length(p.text) BETWEEN 350 AND 700 GROUP BY p.id ORDER BY p.id LIMIT 1 OFFSET 500`,
    )
    .get();
  if (!row) throw new Error(`no finding with a theme in ${dbFile}: ingest a corpus first`);
  return { id: row.id, text: row.text, themes: row.themes.split(',') as ThemeId[] };
}

/** The generator's page count follows its target only roughly: raise the target until the PDF is long enough. */
async function makeDraft(dir: string, source: { text: string; themes: ThemeId[] }): Promise<{ file: string; pages: number }> {
  let target = minPages;
  for (;;) {
    const model = buildReport(60, { draft: true, targetPages: target, plantThemes: PLANTED, nearDuplicateOf: source });
    const file = await writeReport(model, dir, 'draft', 'pdfkit');
    const { pages } = JSON.parse(readFileSync(path.join(dir, 'draft.truth.json'), 'utf8')) as { pages: number };
    if (pages >= minPages) return { file, pages };
    target = Math.ceil((target * minPages) / pages) + 1;
  }
}

const median = (numbers: number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const dir = mkdtempSync(path.join(tmpdir(), 'lessons-bench-check-'));
try {
  const probe = openDatabase(dbFile, { readonly: true });
  const source = pickSource(probe);
  const { reviews, passages } = probe.prepare<[], { reviews: number; passages: number }>('SELECT (SELECT count(*) FROM reviews) AS reviews, (SELECT count(*) FROM passages) AS passages').get() ?? { reviews: 0, passages: 0 };
  probe.close();
  const draft = await makeDraft(dir, source);
  const bytes = readFileSync(draft.file);
  console.log(`Database: ${dbFile}: ${reviews} reviews, ${passages} passages.`);
  console.log(`Draft: ${draft.pages} pages, ${(bytes.length / 1024).toFixed(0)} KB, with a near-copy of passage ${source.id}.`);

  const tagger = loadTagger(path.join(PROJECT_ROOT, 'lexicons'));
  const criteria = loadQualityCriteria(loadConfig({}).criteria);
  const times: number[] = [];
  // One store for every run, as the server keeps one.
  const store = openStore(dbFile, { readonly: true });
  for (let run = 1; run <= runs; run += 1) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const report = await checkDraft({ name: 'draft.pdf', bytes }, { queries: store.checkQueries(), tagger, criteria, maxUploadMb: 50 });
    const seconds = (performance.now() - started) / 1000;
    const { user, system } = process.cpuUsage(cpu);
    times.push(seconds);
    const ranks = source.themes.map((theme) => report.themes.find((found) => found.theme === theme)?.similar.findIndex((similar) => similar.id === source.id) ?? -1);
    // CPU time beside wall time: on a shared machine the difference is time spent waiting for a core.
    console.log(`run ${run}: ${seconds.toFixed(2)} s (CPU ${((user + system) / 1e6).toFixed(2)} s) — ${report.draft.paragraphs} paragraphs; ${report.summary} Near-copy rank in its themes: ${ranks.map((rank) => (rank < 0 ? 'absent' : rank + 1)).join(', ')}.`);
  }
  store.close();
  console.log(`median of ${runs} runs in one process: ${median(times).toFixed(2)} s`);

  const started = performance.now();
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'lessons.js'), 'check', draft.file, '--db', dbFile, '--json'], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`one run of \`lessons check\` in a fresh process: ${((performance.now() - started) / 1000).toFixed(2)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
