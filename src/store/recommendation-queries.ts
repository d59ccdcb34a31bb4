import type { RecommendationAsk, Strength } from '../model/recommendation.js';
import type { CorpusPassageRow } from './passage-rows.js';
import type { Db } from './database.js';

/** A stored ask with the passage and review it comes from. */
export interface StoredAskRow extends CorpusPassageRow {
  sentence: string;
  addressee: string | null;
  strength: Strength | null;
  verb: string | null;
  object: string | null;
  /** The passage's themes, comma-separated, or null. */
  themes: string | null;
}

/**
 * Writes a passage's ask, as read where the passage was tagged: replaced when the passage is a
 * recommendation (`ask` given), removed when it is not. Used where a tagged passage is stored
 * (ingest) and re-tagged (retag).
 */
export function askWriter(db: Db): (passageId: number, reviewId: number, ask: RecommendationAsk | null) => void {
  const upsert = db.prepare(
    'INSERT OR REPLACE INTO recommendation_asks (passage_id, review_id, sentence, addressee, strength, verb, object) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const remove = db.prepare('DELETE FROM recommendation_asks WHERE passage_id = ?');
  return (passageId, reviewId, ask) => {
    if (!ask) {
      remove.run(passageId);
      return;
    }
    const { addressee, strength, verb, object } = ask.parts;
    upsert.run(passageId, reviewId, ask.sentence, addressee, strength, verb, object);
  };
}

/** Every stored ask, in passage order, with its citation fields and themes. */
export interface AskQueries {
  all(): StoredAskRow[];
  /** Changes whenever a review is added, replaced or removed, or retag rewrites asks. */
  version(): string;
}

export function askQueries(db: Db): AskQueries {
  const all = db.prepare<[], StoredAskRow>(
    `SELECT p.id, p.review_id, p.page, p.paragraph, p.section, p.kind, p.text, r.title, r.board, r.year,
            a.sentence, a.addressee, a.strength, a.verb, a.object,
            (SELECT group_concat(t.theme) FROM passage_themes t WHERE t.passage_id = p.id) AS themes
     FROM recommendation_asks a JOIN passages p ON p.id = a.passage_id JOIN reviews r ON r.id = p.review_id
     ORDER BY r.year, p.id`,
  );
  const version = db.prepare<[], string>(
    "SELECT (SELECT count(*) FROM recommendation_asks) || ':' || (SELECT ifnull(max(passage_id), 0) FROM recommendation_asks) || ':' || (SELECT ifnull(max(ingested_at), '') FROM reviews) || ':' || (SELECT ifnull(max(id), 0) FROM findings)",
  ).pluck();
  return {
    all: () => all.all(),
    version: () => version.get() ?? '',
  };
}
