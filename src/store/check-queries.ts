import type { PassageKind, ThemeId } from '../themes.js';
import type { Db } from './database.js';

export interface CorpusPassageRow {
  id: number;
  review_id: number;
  page: number;
  paragraph: string | null;
  section: string;
  kind: PassageKind;
  text: string;
  /** JSON [[start, end], ...]: sentence offsets inside text. */
  sentences: string;
  title: string;
  board: string;
  year: number | null;
  /** Comma-separated theme ids tagged on the passage, or null. */
  themes: string | null;
}

export interface Candidate {
  id: number;
  /** FTS5 BM25 rank: more negative is better. */
  rank: number;
}

export interface YearCount {
  year: number | null;
  reviews: number;
}

const MATCHED = 'SELECT rowid AS id, rank FROM passages_fts WHERE passages_fts MATCH @fts';

/**
 * The read-only questions a draft check asks of the corpus. Nothing here writes: the only schema
 * object it makes is an fts5vocab table in the connection's in-memory temp schema, which lets it
 * read how many passages contain each stem (the document frequency behind TF-IDF).
 */
export function checkQueries(db: Db) {
  db.pragma('temp_store = MEMORY');
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.check_vocabulary USING fts5vocab(main, passages_fts, 'row')");
  const totals = db.prepare<[], { reviews: number; passages: number }>('SELECT (SELECT count(*) FROM reviews) AS reviews, (SELECT count(*) FROM passages) AS passages');
  const documentFrequency = db.prepare<[string], number>('SELECT doc FROM temp.check_vocabulary WHERE term = ?').pluck();
  const reviewsByYear = db.prepare<[], YearCount>('SELECT year, count(*) AS reviews FROM reviews GROUP BY year ORDER BY year');
  const themeReviewsByYear = db.prepare<[string], YearCount>(
    'SELECT r.year, count(DISTINCT t.review_id) AS reviews FROM passage_themes t JOIN reviews r ON r.id = t.review_id WHERE t.theme = ? GROUP BY r.year ORDER BY r.year',
  );
  const withThemes = db.prepare<{ fts: string; themes: string; limit: number }, Candidate>(
    `SELECT hits.id, hits.rank FROM (${MATCHED}) hits
     WHERE EXISTS (SELECT 1 FROM passage_themes t WHERE t.passage_id = hits.id AND t.theme IN (SELECT value FROM json_each(@themes)))
     ORDER BY hits.rank LIMIT @limit`,
  );
  const recommendations = db.prepare<{ fts: string; limit: number }, Candidate>(
    `SELECT hits.id, hits.rank FROM (${MATCHED}) hits JOIN passages p ON p.id = hits.id
     WHERE p.kind = 'recommendation' ORDER BY hits.rank LIMIT @limit`,
  );
  const recommendationsWhereThemeFound = db.prepare<{ fts: string; theme: string; limit: number }, Candidate>(
    `SELECT hits.id, hits.rank FROM (${MATCHED}) hits JOIN passages p ON p.id = hits.id
     WHERE p.kind = 'recommendation' AND EXISTS (SELECT 1 FROM passage_themes t WHERE t.theme = @theme AND t.review_id = p.review_id)
     ORDER BY hits.rank LIMIT @limit`,
  );
  const passages = db.prepare<[string], CorpusPassageRow>(
    `SELECT p.id, p.review_id, p.page, p.paragraph, p.section, p.kind, p.text, p.sentences, r.title, r.board, r.year,
            (SELECT group_concat(t.theme) FROM passage_themes t WHERE t.passage_id = p.id) AS themes
     FROM passages p JOIN reviews r ON r.id = p.review_id WHERE p.id IN (SELECT value FROM json_each(?))`,
  );

  return {
    totals: () => totals.get() ?? { reviews: 0, passages: 0 },
    /** Passages whose text contains the stem (0 when none does). */
    documentFrequency: (stem: string): number => documentFrequency.get(stem) ?? 0,
    reviewsByYear: (): YearCount[] => reviewsByYear.all(),
    themeReviewsByYear: (theme: ThemeId): YearCount[] => themeReviewsByYear.all(theme),
    /** Best BM25 matches of an FTS5 query among passages tagged with any of `themes`. */
    passagesWithThemes: (fts: string, themes: readonly ThemeId[], limit: number): Candidate[] => withThemes.all({ fts, themes: JSON.stringify(themes), limit }),
    /** Best BM25 matches among recommendations. */
    recommendations: (fts: string, limit: number): Candidate[] => recommendations.all({ fts, limit }),
    /** Best BM25 matches among the recommendations of reviews in which `theme` was found. */
    recommendationsWhereThemeFound: (fts: string, theme: ThemeId, limit: number): Candidate[] => recommendationsWhereThemeFound.all({ fts, theme, limit }),
    passages: (ids: readonly number[]): CorpusPassageRow[] => passages.all(JSON.stringify(ids)),
  };
}

export type CheckQueries = ReturnType<typeof checkQueries>;
