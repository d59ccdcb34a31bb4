import type { Db } from './database.js';
import { reviewPageQueries } from './review-page-queries.js';

/** What exports and imports read besides the search: whole reviews and the lexicon versions in use. */
export function exportQueries(db: Db) {
  const pages = reviewPageQueries(db);
  const versions = db.prepare<[], string>('SELECT DISTINCT lexicon_version FROM findings ORDER BY lexicon_version').pluck();
  return {
    ...pages,
    /** The lexicon version of the stored tags: 'a+b' while a retag is unfinished, 'none' before any tag. */
    lexiconVersion: (): string => versions.all().join('+') || 'none',
  };
}

export type ExportQueries = ReturnType<typeof exportQueries>;
