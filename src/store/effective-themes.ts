import type { Db } from './database.js';

/**
 * Applies human codes to `passage_themes`, the table every count reads (search filters, facets,
 * theme statistics, exports, the draft check): for each theme of a passage the latest decision of
 * any coder wins; a rejected theme loses its row (its finding stays in `findings`), a confirmed or
 * added one gets a row marked `confirmed`, with the machine's source if the machine found it and
 * 'human' otherwise. Run after anything that rewrites a passage's machine tags (ingest, retag) and
 * after a code is recorded; idempotent.
 */
export function effectiveThemes(db: Db) {
  const decisions = db.prepare<[number], { theme: string; decision: string }>(
    `SELECT theme, decision FROM (SELECT theme, decision, row_number() OVER (PARTITION BY theme ORDER BY at DESC, id DESC) AS latest
     FROM human_codes WHERE passage_id = ?) WHERE latest = 1`,
  );
  const remove = db.prepare('DELETE FROM passage_themes WHERE passage_id = ? AND theme = ?');
  const keep = db.prepare(
    `INSERT INTO passage_themes (passage_id, theme, review_id, source, confirmed)
     SELECT p.id, @theme, p.review_id,
            coalesce((SELECT f.source FROM findings f WHERE f.passage_id = p.id AND f.theme = @theme ORDER BY f.source = 'model' LIMIT 1), 'human'), 1
     FROM passages p WHERE p.id = @passage
     ON CONFLICT (passage_id, theme) DO UPDATE SET confirmed = 1, source = excluded.source`,
  );
  const codedInReview = db.prepare<[number], number>('SELECT DISTINCT h.passage_id FROM human_codes h JOIN passages p ON p.id = h.passage_id WHERE p.review_id = ?').pluck();
  const codedAmong = db.prepare<[string], number>('SELECT DISTINCT passage_id FROM human_codes WHERE passage_id IN (SELECT value FROM json_each(?)) ORDER BY passage_id').pluck();

  const applyToPassage = (passageId: number): void => {
    for (const { theme, decision } of decisions.all(passageId)) {
      if (decision === 'reject') remove.run(passageId, theme);
      else keep.run({ passage: passageId, theme });
    }
  };
  return {
    applyToPassage,
    applyToReview: (reviewId: number): void => codedInReview.all(reviewId).forEach(applyToPassage),
    /** applyToPassage for each of the passages that has a code, found in one query: retag rewrites thousands, few of them coded. */
    applyToPassages: (passageIds: readonly number[]): void => codedAmong.all(JSON.stringify(passageIds)).forEach(applyToPassage),
  };
}
