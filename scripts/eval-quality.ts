/**
 * Scores the quality section against hand-labelled drafts: per criterion, how many verdicts agree
 * with the label, and the confusion of met / partly / not found.
 *   npx tsx scripts/eval-quality.ts [folder] [--set dev|unseen|all] [--verbose]
 * The folder (default test/fixtures/quality-drafts/) holds drafts (.md, .txt, .docx, .pdf), each
 * with `<draft>.labels.json`: a verdict per criterion id, and `"unseen": true` for drafts kept
 * aside from tuning. Agreement is printed for the dev drafts, the unseen ones and all together.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import { readDraft } from '../src/check/draft-reader.js';
import { assessQuality } from '../src/check/quality/assess-quality.js';
import { loadQualityCriteria } from '../src/check/quality/criteria-file.js';
import type { CriterionResult, Verdict } from '../src/check/quality/types.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { tagPassage } from '../src/ingest/tag-with-layers.js';
import { loadTagger } from '../src/lexicon/index.js';

const VERDICTS: Verdict[] = ['met', 'partly', 'not found'];
const SETS = ['dev', 'unseen', 'all'] as const;

const { values, positionals } = scriptArgs(import.meta.url, { options: { set: { type: 'string', default: 'all' }, verbose: { type: 'boolean' } }, allowPositionals: true });
const folder = positionals[0] ?? path.join(PROJECT_ROOT, 'test', 'fixtures', 'quality-drafts');
if (!(SETS as readonly string[]).includes(values.set ?? '')) throw new Error(`--set must be one of ${SETS.join(', ')}, not "${values.set}".`);
const config = loadConfig(process.env);
const tagger = loadTagger(config.lexicons);
const criteria = loadQualityCriteria(config.criteria);

interface Assessed {
  name: string;
  unseen: boolean;
  labels: Record<string, Verdict>;
  results: CriterionResult[];
}

const chosen: Assessed[] = [];
const labelled = readdirSync(folder).filter((file) => /\.(md|txt|docx|pdf)$/.test(file) && existsSync(labelsFile(file))).sort();
for (const name of labelled) {
  const labels = JSON.parse(readFileSync(labelsFile(name), 'utf8')) as Record<string, Verdict> & { unseen?: boolean };
  if (values.set !== 'all' && (values.set === 'unseen') !== (labels.unseen === true)) continue;
  const document = await readDraft({ name, bytes: readFileSync(path.join(folder, name)) });
  const passages = document.passages.map((passage) => tagPassage(passage, tagger));
  const report = assessQuality({ passages, title: document.displayTitle, paginated: document.format === 'pdf' }, criteria);
  chosen.push({ name, unseen: labels.unseen === true, labels, results: report.criteria });
}

const groups = { dev: chosen.filter((draft) => !draft.unseen), unseen: chosen.filter((draft) => draft.unseen), all: chosen };
console.log(`${chosen.length} labelled drafts from ${path.relative(process.cwd(), folder) || '.'} (${groups.dev.length} dev, ${groups.unseen.length} unseen)`);
console.log(`${'criterion'.padEnd(28)} ${(['dev', 'unseen', 'all'] as const).map((set) => set.padStart(8)).join('')}   confusion over all (label -> verdict)`);
for (const criterion of criteria) {
  const agreement = (set: Assessed[]) => (set.length === 0 ? '-' : `${set.filter((draft) => verdictOf(draft, criterion.id) === draft.labels[criterion.id]).length}/${set.length}`);
  const confusion = VERDICTS.flatMap((label) => VERDICTS.map((verdict) => ({ label, verdict, count: chosen.filter((draft) => draft.labels[criterion.id] === label && verdictOf(draft, criterion.id) === verdict).length })))
    .filter((cell) => cell.count > 0 && cell.label !== cell.verdict)
    .map((cell) => `${cell.label}->${cell.verdict} ${cell.count}`);
  console.log(`${criterion.id.padEnd(28)} ${[groups.dev, groups.unseen, groups.all].map((set) => agreement(set).padStart(8)).join('')}   ${confusion.join(', ') || 'all agree'}`);
}
const total = (set: Assessed[]) => set.reduce((sum, draft) => sum + criteria.filter((criterion) => verdictOf(draft, criterion.id) === draft.labels[criterion.id]).length, 0);
console.log(`\nverdicts agreeing: dev ${total(groups.dev)}/${groups.dev.length * criteria.length}, unseen ${total(groups.unseen)}/${groups.unseen.length * criteria.length}, all ${total(chosen)}/${chosen.length * criteria.length}`);

if (values.verbose) {
  console.log('\nDisagreements:');
  for (const draft of chosen) {
    for (const result of draft.results) {
      if (result.verdict !== draft.labels[result.id]) console.log(`  ${draft.name} ${result.id}: label ${draft.labels[result.id]}, verdict ${result.verdict}. ${result.finding}`);
    }
  }
}

function labelsFile(draft: string): string {
  return path.join(folder, `${draft.replace(/\.\w+$/, '')}.labels.json`);
}

function verdictOf(draft: Assessed, id: string): Verdict | undefined {
  return draft.results.find((result) => result.id === id)?.verdict;
}
