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
  pattern: string;
  source: TagSource;
  score: number | null;
}

/** A stored recommendation's ask, by passage. */
export interface StoredAsk extends RecommendationAsk {
  passage_id: number;
}

/** A stored passage as tagged again: its kind, its evidence, and its ask when it is a recommendation. */
export interface RetaggedPassage {
  passage: PassageToTag;
  kind: PassageKind;
  evidence: Evidence[];
  ask: RecommendationAsk | null;
}

/** A batch of stored passages as retag read it: the ids it spans and how many passages it holds. */
export interface PassageRange {
  firstId: number;
  lastId: number;
  passages: number;
}

/** Stored passages read in id order, a batch at a time, and their findings replaced: what retag needs. */
export interface TaggingQueries {
  batch(afterId: number, size: number): PassageToTag[];
  /** The findings of the passages with ids in [firstId, lastId], each passage's in the order they were written. */
  findingsBetween(firstId: number, lastId: number): StoredFinding[];
  asksBetween(firstId: number, lastId: number): StoredAsk[];
  runs: RetagRuns;
  /**
   * Writes one retagged batch in one transaction: the passages whose kind, evidence or ask changed
   * are replaced (`changed`), the findings of the others are marked with the new version, and the
   * run's progress is recorded.
   */
  writeBatch(range: PassageRange, changed: readonly RetaggedPassage[], version: string, runId: number): void;
}

export function taggingQueries(db: Db): TaggingQueries {
  const batch = db.prepare<[number, number], PassageToTag>('SELECT id, review_id, text, kind, section_kind FROM passages WHERE id > ? ORDER BY id LIMIT ?');
  const findings = db.prepare<[number, number], StoredFinding>('SELECT passage_id, theme, start, end, pattern, source, score FROM findings WHERE passage_id BETWEEN ? AND ? ORDER BY passage_id, id');
  const asks = db.prepare<[number, number], { passage_id: number; sentence: string } & RecommendationAsk['parts']>('SELECT passage_id, sentence, addressee, strength, verb, object FROM recommendation_asks WHERE passage_id BETWEEN ? AND ?');
  const markVersion = db.prepare('UPDATE findings SET lexicon_version = ? WHERE passage_id BETWEEN ? AND ? AND lexicon_version <> ?');
  const writer = findingWriter(db);
  const runs = retagRuns(db);
  const writeAsk = askWriter(db);
  return {
    batch: (afterId, size) => batch.all(afterId, size),
    findingsBetween: (firstId, lastId) => findings.all(firstId, lastId),
    asksBetween: (firstId, lastId) => asks.all(firstId, lastId).map(({ passage_id, sentence, addressee, strength, verb, object }) => ({ passage_id, sentence, parts: { addressee, strength, verb, object } })),
    runs,
    writeBatch: db.transaction((range: PassageRange, changed: readonly RetaggedPassage[], version: string, runId: number) => {
      writer.replaceAll(changed.map(({ passage, kind, evidence }) => ({ passageId: passage.id, reviewId: passage.review_id, kind, evidence })), version);
      for (const { passage, ask } of changed) writeAsk(passage.id, passage.review_id, ask);
      markVersion.run(version, range.firstId, range.lastId, version);
      runs.progress(runId, range.passages, range.lastId);
    }),
  };
}
