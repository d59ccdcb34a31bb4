/**
 * What a database stores, in a form two databases can be compared by: every row of a table as a
 * JSON line, its row ids replaced by its review's sha256 and its passage's sequence number (reader
 * threads finish reviews in any order, so two ingests of the same files number rows differently),
 * sorted. Used by the resumed-ingest test and by `scripts/compare-stores.ts`.
 */
import type Database from 'better-sqlite3';

type Db = Database.Database;

/** The tables that hold an ingest's result, and the coding tables that hang off it. */
export const STORED_TABLES = ['reviews', 'passages', 'findings', 'passage_themes', 'recommendation_asks', 'human_codes'] as const;

/** Columns that differ between two ingests of the same files without meaning anything: ids, times, the folder read from. */
const IGNORED = new Set(['id', 'review_id', 'passage_id', 'ingested_at', 'created_at', 'file']);

/** Every row of `table` as sorted JSON lines, keyed by review sha256 (and the file's name) or by (sha256, seq). */
export function storedRows(db: Db, table: (typeof STORED_TABLES)[number]): string[] {
  const columns = (db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((column) => column.name);
  const kept = columns.filter((name) => !IGNORED.has(name)).map((name) => `t."${name}"`);
  const [key, joins] =
    table === 'reviews' ? ["t.sha256, replace(t.file, rtrim(t.file, replace(t.file, '/', '')), '')", '']
    : table === 'passages' ? ['r.sha256', 'JOIN reviews r ON r.id = t.review_id']
    : ['r.sha256, p.seq', 'JOIN passages p ON p.id = t.passage_id JOIN reviews r ON r.id = p.review_id'];
  const rows = db.prepare(`SELECT ${key}, ${kept.join(', ')} FROM ${table} t ${joins}`).raw().all() as unknown[][];
  return rows.map((row) => JSON.stringify(row)).sort();
}

/** The (sha256, seq) of the passages a full-text query matches, sorted. */
export function fullTextMatches(db: Db, query: string): string[] {
  const rows = db.prepare('SELECT r.sha256, p.seq FROM passages_fts f JOIN passages p ON p.id = f.rowid JOIN reviews r ON r.id = p.review_id WHERE passages_fts MATCH ?').raw().all(query) as unknown[][];
  return rows.map((row) => JSON.stringify(row)).sort();
}

/**
 * FTS5's own check that the index holds exactly the passages' text: 'ok', or its error. It needs a
 * writable connection, though it writes nothing. (A count of passages_fts proves nothing: an
 * external-content table counts the rows of its content table.)
 */
export function fullTextIntegrity(db: Db): string {
  try {
    db.prepare("INSERT INTO passages_fts (passages_fts, rank) VALUES ('integrity-check', 1)").run();
    return 'ok';
  } catch (err) {
    return (err as Error).message;
  }
}
