import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Random } from './random.js';
import { buildReport } from './report-model.js';
import type { Generator } from './truth.js';
import { reportSlug, writeReport } from './write-report.js';

export type GeneratorChoice = Generator | 'mixed';

export interface CorpusOptions {
  count: number;
  outDir: string;
  seed?: number;
  /** Default `pdfkit`: LibreOffice takes seconds per report. `mixed` makes every third one with it. */
  generator?: GeneratorChoice;
  /** Processes to spread the work over; default 2 (the project's machines have two cores) from 20 reports. */
  workers?: number;
  /** Only the reports whose index modulo `of` is `index` (how the work is split between workers). */
  shard?: { index: number; of: number };
  onReport?: (pdf: string) => void;
}

const MAKE_CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'make-corpus.ts');
const PROJECT = resolve(dirname(MAKE_CORPUS), '..');

/**
 * Makes `count` fictional reports for benchmarks: sizes from 8 to 120 pages, most of them short.
 * Returns the PDF paths in index order; the same options give the same truth files.
 *
 * await generateCorpus({ count: 50, outDir: '.bench/corpus' })
 */
export async function generateCorpus(options: CorpusOptions): Promise<string[]> {
  await mkdir(options.outDir, { recursive: true });
  const seed = options.seed ?? 1;
  const generator = options.generator ?? 'pdfkit';
  const workers = options.shard ? 1 : Math.max(1, options.workers ?? (options.count >= 20 ? Math.min(2, cpus().length) : 1));
  if (workers > 1) return generateInWorkers(options, workers);

  const files: string[] = [];
  for (let index = 0; index < options.count; index++) {
    if (options.shard && index % options.shard.of !== options.shard.index) continue;
    const reportSeed = seed * 100_003 + index * 7_919;
    const targetPages = 10 + Math.round(105 * new Random(reportSeed ^ 0x5bd1e995).next() ** 2.5);
    const model = buildReport(reportSeed, { targetPages });
    const chosen: Generator = generator === 'mixed' ? (index % 3 === 2 ? 'libreoffice' : 'pdfkit') : generator;
    const pdf = await writeReport(model, options.outDir, `${String(index + 1).padStart(4, '0')}-${reportSlug(model)}`, chosen);
    files.push(pdf);
    options.onReport?.(pdf);
  }
  return files;
}

/** Runs shards of the same command in child processes; each prints one line per report made. */
async function generateInWorkers(options: CorpusOptions, workers: number): Promise<string[]> {
  const files: string[] = [];
  const shards = Array.from({ length: workers }, (_, index) => {
    const args = [
      '--import', 'tsx', MAKE_CORPUS,
      '--count', String(options.count), '--out', resolve(options.outDir), '--seed', String(options.seed ?? 1),
      '--generator', options.generator ?? 'pdfkit', '--shard', `${index}/${workers}`,
    ];
    const child = spawn(process.execPath, args, { cwd: PROJECT, stdio: ['ignore', 'pipe', 'inherit'] });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const made = /^made (.+\.pdf)$/.exec(line);
      if (made?.[1]) {
        files.push(made[1]);
        options.onReport?.(made[1]);
      }
    });
    return new Promise<void>((done, fail) =>
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`make-corpus shard ${index}/${workers} exited with ${code}`)))),
    );
  });
  await Promise.all(shards);
  return files.sort();
}
