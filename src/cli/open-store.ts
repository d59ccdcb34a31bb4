import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { openStore, type ReadStore, type Store } from '../store/store.js';

/**
 * Opens the store a read command works on, with a clear message when there is no database yet.
 * `readonly` opens it so that nothing the command does can write to it (as `lessons check` needs).
 */
export function openExistingStore(config: Config, options: { readonly: true }): ReadStore;
export function openExistingStore(config: Config, options?: { readonly?: false }): Store;
export function openExistingStore(config: Config, options: { readonly?: boolean } = {}): ReadStore | Store {
  if (!existsSync(config.db)) {
    throw new AppError(`there is no database at ${config.db} yet. Ingest some reports first: lessons ingest corpus/`, 404, 'no_database');
  }
  return options.readonly ? openStore(config.db, { readonly: true }) : openStore(config.db);
}
