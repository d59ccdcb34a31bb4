import type { RecommendationAsk } from '../model/recommendation.js';
import type { Evidence, TagSource } from '../model/review.js';
import type { PassageKind, ThemeId } from '../model/themes.js';
import type { Db } from './database.js';
import { askWriter } from './recommendation-queries.js';
import { retagRuns, type RetagRuns } from './retag-runs.js';
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

/** A stored passage as tagged again: its kind, its evidence, and its ask when it is a recommendation. */
export interface RetaggedPassage {
  passage: PassageToTag;
  kind: PassageKind;
  evidence: Evidence[];
  ask: RecommendationAsk | null;
}

/** Stored passages read in id order, a batch at a time, and their findings replaced: what retag needs. */
export interface TaggingQueries {
  batch(afterId: number, size: number): PassageToTag[];
  findingsBetween(firstId: number, lastId: number): StoredFinding[];
  runs: RetagRuns;
  /** Replaces a batch's findings, kinds and asks, and records the run's progress, in one transaction. */
  replaceAll(updates: readonly RetaggedPassage[], version: string, runId: number): void;
}

export function taggingQueries(db: Db): TaggingQueries {
  const batch = db.prepare<[number, number], PassageToTag>('SELECT id, review_id, text, kind, section_kind FROM passages WHERE id > ? ORDER BY id LIMIT ?');
  const findings = db.prepare<[number, number], StoredFinding>('SELECT passage_id, theme, start, end, source FROM findings WHERE passage_id BETWEEN ? AND ?');
  const writer = findingWriter(db);
  const runs = retagRuns(db);
  const writeAsk = askWriter(db);
  return {
    batch: (afterId, size) => batch.all(afterId, size),
    findingsBetween: (firstId, lastId) => findings.all(firstId, lastId),
    runs,
    replaceAll: db.transaction((updates: readonly RetaggedPassage[], version: string, runId: number) => {
      for (const { passage, kind, evidence, ask } of updates) {
        writer.replace(passage.id, passage.review_id, kind, evidence, version);
        writeAsk(passage.id, passage.review_id, ask);
      }
      runs.progress(runId, updates.length, updates[updates.length - 1]?.passage.id ?? 0);
    }),
  };
}
