import type { Evidence, TagSource } from '../model/review.js';
import type { PassageKind, ThemeId } from '../model/themes.js';
import { readAsk } from '../recommendations/ask.js';
import type { Db } from './database.js';
import { askWriter } from './recommendation-queries.js';
import { retagRuns } from './retag-runs.js';
import { findingWriter } from './reviews.js';

export interface PassageToTag {
  id: number;
  review_id: number;
  text: string;
  kind: PassageKind;
  section_kind: PassageKind;
}

export interface StoredFinding {
  passage_id: number;
  theme: ThemeId;
  start: number;
  end: number;
  source: TagSource;
}

/** Stored passages read in id order, a batch at a time, and their findings replaced: what retag needs. */
export function taggingQueries(db: Db) {
  const batch = db.prepare<[number, number], PassageToTag>('SELECT id, review_id, text, kind, section_kind FROM passages WHERE id > ? ORDER BY id LIMIT ?');
  const findings = db.prepare<[number, number], StoredFinding>('SELECT passage_id, theme, start, end, source FROM findings WHERE passage_id BETWEEN ? AND ?');
  const writer = findingWriter(db);
  const runs = retagRuns(db);
  const writeAsk = askWriter(db);
  return {
    batch: (afterId: number, size: number): PassageToTag[] => batch.all(afterId, size),
    findingsBetween: (firstId: number, lastId: number): StoredFinding[] => findings.all(firstId, lastId),
    runs,
    /** Replaces a batch's findings and asks, and records the run's progress, in one transaction. */
    replaceAll: db.transaction((updates: Array<{ passage: PassageToTag; kind: PassageKind; evidence: Evidence[] }>, version: string, runId: number) => {
      for (const { passage, kind, evidence } of updates) {
        writer.replace(passage.id, passage.review_id, kind, evidence, version);
        // The ask is read again: the passage may have become (or stopped being) a recommendation, or the reader changed.
        writeAsk(passage.id, passage.review_id, kind === 'recommendation' ? readAsk(passage.text) : null);
      }
      runs.progress(runId, updates.length, updates[updates.length - 1]?.passage.id ?? 0);
    }),
  };
}
