import type { Db } from './database.js';
import type { ReviewRow } from './reviews.js';

export interface ReviewSummary extends ReviewRow {
  passages: number;
  findings: number;
}

export interface ThemeCount {
  theme: string;
  passages: number;
  findings: number;
  reviews: number;
}

export interface YearCount {
  year: number | null;
  reviews: number;
  passages: number;
  findings: number;
}

/** What the corpus holds: reviews with their sizes, and counts by theme and year. */
export interface CatalogueQueries {
  reviews(): ReviewSummary[];
  totals(): { reviews: number; passages: number; findings: number };
  byTheme(): ThemeCount[];
  byYear(): YearCount[];
}

export function catalogueQueries(db: Db): CatalogueQueries {
  const reviews = db.prepare<[], ReviewSummary>(
    `SELECT r.*, (SELECT count(*) FROM passages p WHERE p.review_id = r.id) AS passages,
            (SELECT count(*) FROM findings f WHERE f.review_id = r.id) AS findings
     FROM reviews r ORDER BY r.year, r.title`,
  );
  const totals = db.prepare<[], { reviews: number; passages: number; findings: number }>(
    'SELECT (SELECT count(*) FROM reviews) AS reviews, (SELECT count(*) FROM passages) AS passages, (SELECT count(*) FROM findings) AS findings',
  );
  const byTheme = db.prepare<[], ThemeCount>(
    `SELECT t.theme, count(*) AS passages, count(DISTINCT t.review_id) AS reviews,
            (SELECT count(*) FROM findings f WHERE f.theme = t.theme) AS findings
     FROM passage_themes t GROUP BY t.theme ORDER BY passages DESC`,
  );
  const byYear = db.prepare<[], YearCount>(
    `SELECT r.year, count(DISTINCT r.id) AS reviews, count(p.id) AS passages,
            (SELECT count(*) FROM findings f JOIN reviews r2 ON r2.id = f.review_id WHERE r2.year IS r.year) AS findings
     FROM reviews r LEFT JOIN passages p ON p.review_id = r.id GROUP BY r.year ORDER BY r.year`,
  );
  return {
    reviews: () => reviews.all(),
    totals: () => totals.get() ?? { reviews: 0, passages: 0, findings: 0 },
    byTheme: () => byTheme.all(),
    byYear: () => byYear.all(),
  };
}
