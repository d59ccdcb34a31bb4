import type { Db } from './database.js';
import { reviewPageQueries, type ReviewPageQueries } from './review-page-queries.js';

/** What exports and imports read besides the search: whole reviews and the lexicon versions in use. */
export interface ExportQueries extends ReviewPageQueries {
  /** The lexicon version of the stored tags: 'a+b' while a retag is unfinished, 'none' before any tag. */
  lexiconVersion(): string;
}

export function exportQueries(db: Db): ExportQueries {
  const pages = reviewPageQueries(db);
  const versions = db.prepare<[], string>('SELECT DISTINCT lexicon_version FROM findings ORDER BY lexicon_version').pluck();
  return {
    ...pages,
    lexiconVersion: () => versions.all().join('+') || 'none',
  };
}
