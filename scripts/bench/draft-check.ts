/**
 * The draft-check benchmark's parts, shared by `bench-check` and `bench-scale`: a generated draft
 * with a near-copy of one corpus passage, and timed checks of it in this process, as the server runs them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDraft } from '../../src/check/check-draft.js';
import type { CheckReport } from '../../src/check/types.js';
import { matchPool } from '../../src/check/match-pool.js';
import { loadQualityCriteria } from '../../src/check/quality/criteria-file.js';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { loadTagger } from '../../src/lexicon/index.js';
import { checkQueries } from '../../src/store/check-queries.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import type { ThemeId } from '../../src/model/themes.js';
import { buildReport } from '../corpus/report-model.js';
import { writeReport } from '../corpus/write-report.js';

const PLANTED: ThemeId[] = ['face_value', 'child_not_seen', 'hidden_men', 'professional_drift', 'multi_agency', 'recording', 'lack_of_challenge'];

export interface CopiedPassage {
  id: number;
  text: string;
  themes: ThemeId[];
}

/** A finding of the corpus with a failing, mid-length: the paragraph a drafter copies. */
export function pickSource(db: Db): CopiedPassage {
  const row = db
    .prepare<[], { id: number; text: string; themes: string }>(
      `SELECT p.id, p.text, group_concat(t.theme) AS themes FROM passages p JOIN passage_themes t ON t.passage_id = p.id
       WHERE p.kind = 'finding' AND length(p.text) BETWEEN 350 AND 700 GROUP BY p.id ORDER BY p.id LIMIT 1 OFFSET 500`,
    )
    .get();
  if (!row) throw new Error('no finding with a theme in the database: ingest a corpus first');
  return { id: row.id, text: row.text, themes: row.themes.split(',') as ThemeId[] };
}

/** A draft of at least `minPages` pages; the generator's page count follows its target only roughly, so the target is raised until it is long enough. */
export async function makeDraft(dir: string, source: CopiedPassage, minPages: number): Promise<{ file: string; pages: number }> {
  let target = minPages;
  for (;;) {
    const model = buildReport(60, { draft: true, targetPages: target, plantThemes: PLANTED, nearDuplicateOf: source });
    const file = await writeReport(model, dir, 'draft', 'pdfkit');
    const { pages } = JSON.parse(readFileSync(path.join(dir, 'draft.truth.json'), 'utf8')) as { pages: number };
    if (pages >= minPages) return { file, pages };
    target = Math.ceil((target * minPages) / pages) + 1;
  }
}

export const median = (numbers: number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export interface TimedCheck {
  seconds: number;
  cpuSeconds: number;
  report: CheckReport;
}

/** Checks the draft `runs` times in this process against `dbFile`, as the server does (the lexicons loaded once, a matching thread beside it). */
export async function timedChecks(dbFile: string, bytes: Buffer, runs: number, onRun: (run: number, timed: TimedCheck) => void): Promise<TimedCheck[]> {
  const tagger = loadTagger(path.join(PROJECT_ROOT, 'lexicons'));
  const criteria = loadQualityCriteria(loadConfig({}).criteria);
  const timed: TimedCheck[] = [];
  // One read-only connection for every check, as a server keeps (src/store/store.ts).
  const db = openDatabase(dbFile, { readonly: true });
  const matcher = matchPool(dbFile);
  try {
    for (let run = 1; run <= runs; run += 1) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const report = await checkDraft({ name: 'draft.pdf', bytes }, { queries: checkQueries(db), tagger, criteria, maxUploadMb: 50, matcher });
      const { user, system } = process.cpuUsage(cpu);
      timed.push({ seconds: (performance.now() - started) / 1000, cpuSeconds: (user + system) / 1e6, report });
      onRun(run, timed[timed.length - 1]!);
    }
  } finally {
    db.close();
  }
  return timed;
}
