/**
 * Generates the bundled corpus of fictional overview reports, or a larger one for benchmarks.
 *
 *   npx tsx scripts/make-corpus.ts                      regenerate corpus/ (the committed set)
 *   npx tsx scripts/make-corpus.ts --count 1000 --out .bench/corpus [--seed 1]
 *        [--generator pdfkit|libreoffice|mixed] [--workers 2] [--verify]
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { scriptArgs } from './script-args.js';
import { fileURLToPath } from 'node:url';
import { THEME_IDS } from '../src/model/themes.js';
import { SentenceLedger } from './corpus/clauses.js';
import { COMMITTED } from './corpus/committed.js';
import { generateCorpus, type GeneratorChoice } from './corpus/generate.js';
import { buildReport } from './corpus/report-model.js';
import type { Truth } from './corpus/truth.js';
import { reportSlug, verifyTruth, writeReport } from './corpus/write-report.js';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
const GENERATORS = ['pdfkit', 'libreoffice', 'mixed'];

async function main(argv: string[]): Promise<number> {
  const { values } = scriptArgs(import.meta.url, {
    args: argv,
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      generator: { type: 'string' },
      workers: { type: 'string' },
      shard: { type: 'string' },
      verify: { type: 'boolean' },
    },
  });
  if (values.count === undefined) return makeCommitted();
  const count = Number(values.count);
  const generator = values.generator ?? 'pdfkit';
  if (!Number.isInteger(count) || count < 1 || !values.out || !GENERATORS.includes(generator)) {
    console.error('usage: make-corpus.ts [--count N --out DIR [--seed S] [--generator pdfkit|libreoffice|mixed] [--workers W] [--verify]]');
    return 2;
  }
  const [shardIndex, shardOf] = (values.shard ?? '').split('/').map(Number);
  const shard = values.shard ? { index: shardIndex ?? 0, of: shardOf ?? 1 } : undefined;
  const started = Date.now();
  let made = 0;
  const files = await generateCorpus({
    count, outDir: values.out, seed: values.seed ? Number(values.seed) : 1, generator: generator as GeneratorChoice,
    workers: values.workers ? Number(values.workers) : undefined, shard,
    onReport: (pdf) => {
      made++;
      // A shard reports to its parent; the parent reports progress to the person.
      if (shard) console.log(`made ${pdf}`);
      else if (made % 10 === 0 || made === count) console.log(`${made}/${count} reports, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
  });
  if (shard) return 0;
  const problems = values.verify ? await verifyAll(files) : [];
  problems.forEach((problem) => console.error(problem));
  console.log(`${files.length} reports in ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return problems.length > 0 ? 1 : 0;
}

async function makeCommitted(): Promise<number> {
  const started = Date.now();
  for (const file of await readdir(CORPUS)) {
    if (/\.(pdf|truth\.json|pdf\.json)$/.test(file)) await rm(join(CORPUS, file));
  }
  // Models are built in order into one ledger, so no report repeats another's sentences; then
  // laid out two at a time, as LibreOffice spends its time in soffice.
  const ledger = new SentenceLedger();
  const models = COMMITTED.map((spec) => ({ spec, model: buildReport(spec.seed, { ...spec.options, ledger }) }));
  const files = await pool(models.map(({ spec, model }) => () => writeReport(model, CORPUS, reportSlug(model), spec.generator)), 2);
  const problems = await verifyAll(files);
  problems.forEach((problem) => console.error(problem));
  printStats(await Promise.all(files.map(readTruth)));
  console.log(`${files.length} reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return problems.length > 0 ? 1 : 0;
}

async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return results;
}

async function readTruth(pdf: string): Promise<Truth> {
  return JSON.parse(await readFile(pdf.replace(/\.pdf$/, '.truth.json'), 'utf8')) as Truth;
}

async function verifyAll(files: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const pdf of files) problems.push(...verifyTruth(pdf, await readTruth(pdf)));
  return problems;
}

function printStats(truths: Truth[]): void {
  type Counts = { finding: number; recommendation: number; narrative: number; reports: number; negated: number };
  const counts = new Map<string, Counts>(THEME_IDS.map((id) => [id, { finding: 0, recommendation: 0, narrative: 0, reports: 0, negated: 0 }]));
  for (const truth of truths) {
    const negatives = truth.paragraphs.filter((p) => p.negated).length;
    console.log(`${truth.file.padEnd(40)} ${truth.generator.padEnd(11)} ${String(truth.pages).padStart(3)} pages ${String(truth.paragraphs.length).padStart(4)} paragraphs ${String(negatives).padStart(3)} hard negatives`);
    const seen = new Set<string>();
    for (const paragraph of truth.paragraphs) {
      for (const theme of paragraph.themes) {
        const count = counts.get(theme);
        if (!count) continue;
        count[paragraph.kind]++;
        if (!seen.has(theme)) count.reports++;
        seen.add(theme);
      }
      for (const theme of paragraph.negated ?? []) {
        const count = counts.get(theme);
        if (count) count.negated++;
      }
    }
  }
  console.log(`${'theme'.padEnd(22)} reports finding recommendation narrative negated`);
  for (const [theme, c] of counts) {
    console.log(`${theme.padEnd(22)} ${String(c.reports).padStart(7)} ${String(c.finding).padStart(7)} ${String(c.recommendation).padStart(14)} ${String(c.narrative).padStart(9)} ${String(c.negated).padStart(7)}`);
  }
}

process.exitCode = await main(process.argv.slice(2));
