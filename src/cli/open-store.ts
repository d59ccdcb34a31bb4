import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { openDatabase, type Db } from '../store/database.js';

/**
 * Opens the database a read command works on, with a clear message when there is none yet.
 * `readonly` opens it so that nothing the command does can write to it (as `lessons check` needs).
 */
export function openExistingDatabase(config: Config, options: { readonly?: boolean } = {}): Db {
  if (!existsSync(config.db)) {
    throw new AppError(`there is no database at ${config.db} yet. Ingest some reports first: lessons ingest corpus/`, 404, 'no_database');
  }
  return openDatabase(config.db, options);
}
