import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors.js';

export type Db = Database.Database;

const MIGRATIONS = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * Opens (creating if needed) the SQLite database and brings its schema up to date.
 * WAL lets the server answer searches while `lessons ingest` writes to the same file.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  if (!options.readonly) mkdirSync(path.dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (err) {
    throw new AppError(`cannot open the database ${file}: ${(err as Error).message}. Check the path given by --db or LESSONS_DB.`, 500, 'database_unavailable');
  }
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  }
  return db;
}

/** Applies the numbered .sql files newer than the database's user_version, each in a transaction. */
export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const files = readdirSync(MIGRATIONS)
    .filter((name) => /^\d+-.+\.sql$/.test(name))
    .sort();
  for (const name of files) {
    const version = Number.parseInt(name, 10);
    if (version <= current) continue;
    const sql = readFileSync(path.join(MIGRATIONS, name), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
