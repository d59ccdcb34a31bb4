/** The benchmarks' generated corpora: `.bench/corpus-N`, made once with the generator and reused. */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../corpus/generate.js';

export function pdfsIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.pdf')).sort().map((name) => path.join(dir, name)) : [];
}

/** The N-report corpus in `out/corpus-N`, generated when it is missing or incomplete; returns its PDFs. */
export async function benchCorpus(out: string, count: number): Promise<{ dir: string; files: string[]; megabytes: number }> {
  const dir = path.join(out, `corpus-${count}`);
  if (pdfsIn(dir).length !== count) {
    console.log(`Generating ${count} reports into ${dir} ...`);
    rmSync(dir, { recursive: true, force: true });
    await generateCorpus({ count, outDir: dir });
  }
  const files = pdfsIn(dir);
  return { dir, files, megabytes: files.reduce((sum, file) => sum + statSync(file).size, 0) / 1e6 };
}

/** Removes a SQLite database with its WAL and shared-memory files. */
export function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/** A database's size on disk, its WAL included. */
export function databaseBytes(file: string): number {
  return ['', '-wal'].reduce((sum, suffix) => sum + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0);
}
