/**
 * Compares what two databases store, row by row (test/support/stored-rows.ts): reviews, passages,
 * findings, passage themes, recommendation asks and human codes, keyed by review sha256 and
 * passage seq instead of row ids; then the full-text matches of a set of words, and FTS5's
 * integrity check of each index against its passages. Prints one line a table and exits 1 when
 * anything differs. The files are opened as they are, not migrated. For checking that a change to
 * ingest leaves the stored result as it was: ingest the same reports with the old build and the
 * new, then
 *
 *   npx tsx scripts/compare-stores.ts old.db new.db [--words "child,seen,plan*,..."]
 */
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import Database from 'better-sqlite3';
import { fullTextIntegrity, fullTextMatches, STORED_TABLES, storedRows } from '../test/support/stored-rows.js';

const WORDS = ['child', 'seen', 'neglect', 'mother', 'school', 'supervision', 'plan*', '"child protection"', 'health OR police', 'recommend*', 'drift', 'voice'];

const { values, positionals } = scriptArgs(import.meta.url, { options: { words: { type: 'string' } }, allowPositionals: true });
if (positionals.length !== 2) {
  console.error('Usage: npx tsx scripts/compare-stores.ts old.db new.db [--words "a,b,c"]');
  process.exit(2);
}
const words = values.words ? values.words.split(',') : WORDS;
const [first, second] = positionals.map((file) => new Database(path.resolve(file), { fileMustExist: true })) as [Database.Database, Database.Database];

function compare(name: string, a: string[], b: string[]): boolean {
  const inA = new Set(a);
  const inB = new Set(b);
  const onlyA = a.filter((row) => !inB.has(row));
  const onlyB = b.filter((row) => !inA.has(row));
  const same = a.length === b.length && onlyA.length === 0 && onlyB.length === 0;
  console.log(`${name.padEnd(34)} ${String(a.length).padStart(8)} ${String(b.length).padStart(8)}  ${same ? 'same' : 'DIFFERENT'}`);
  for (const row of onlyA.slice(0, 3)) console.log(`  only in the first:  ${row.slice(0, 300)}`);
  for (const row of onlyB.slice(0, 3)) console.log(`  only in the second: ${row.slice(0, 300)}`);
  return same;
}

console.log(`${'rows'.padEnd(34)} ${'first'.padStart(8)} ${'second'.padStart(8)}`);
let same = true;
for (const table of STORED_TABLES) same = compare(table, storedRows(first, table), storedRows(second, table)) && same;
for (const query of words) same = compare(`full-text ${query}`, fullTextMatches(first, query), fullTextMatches(second, query)) && same;
const checks = [fullTextIntegrity(first), fullTextIntegrity(second)];
console.log(`${'FTS5 integrity-check'.padEnd(34)} ${checks[0]!.padStart(8)} ${checks[1]!.padStart(8)}`);
same = same && checks.every((check) => check === 'ok');
console.log(same ? 'The two databases store the same result.' : 'The databases differ.');
process.exit(same ? 0 : 1);
