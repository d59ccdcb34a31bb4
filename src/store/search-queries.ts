import type { PassageKind, ThemeId } from '../themes.js';
import type { Db } from './database.js';

export interface PassageRow {
  id: number;
  review_id: number;
  seq: number;
  page: number;
  end_page: number;
  paragraph: string | null;
  section: string;
  kind: PassageKind;
  text: string;
  title: string;
  board: string;
  year: number | null;
}

export interface FindingRow {
  passage_id: number;
  theme: ThemeId;
  start: number;
  end: number;
  pattern: string;
}

/** What the in-memory passage index is built from: small columns of every passage, as raw rows. */
export interface IndexRows {
  reviews: Array<[id: number, year: number | null, board: string]>;
  passages: Array<[id: number, reviewId: number, kind: PassageKind]>;
  themes: Array<[passageId: number, theme: string]>;
  evidence: Array<[passageId: number, findings: number]>;
}

/** Every passage matching an FTS5 query, best BM25 first; `ranks` are FTS5's (lower is better). */
export interface RankedMatches {
  ids: Int32Array;
  ranks: Float64Array;
}

/** Snippet hit markers, turned into <mark> by the search layer after HTML-escaping the text. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/**
 * The SQL behind search. Filtering and facet counting happen in memory over the passage index
 * (see src/search/passage-index.ts), so SQLite is asked only for what it is best at: the ranked
 * list of FTS5 matches, and the rows, findings and snippets of the one page being shown.
 * Every statement is prepared once per connection; every value is a bound parameter.
 */
export function searchQueries(db: Db) {
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const reviews = db.prepare('SELECT id, year, board FROM reviews').raw();
  const passages = db.prepare('SELECT id, review_id, kind FROM passages').raw();
  const themes = db.prepare('SELECT passage_id, theme FROM passage_themes').raw();
  const evidence = db.prepare('SELECT passage_id, count(*) FROM findings GROUP BY passage_id').raw();
  // rowid and rank only: ranking the bare FTS rows first and joining the page afterwards is far
  // cheaper than sorting a join by bm25().
  const ranked = db.prepare('SELECT rowid, rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank').raw();
  const passageRows = db.prepare(
    `SELECT p.id, p.review_id, p.seq, p.page, p.end_page, p.paragraph, p.section, p.kind, p.text, r.title, r.board, r.year
     FROM passages p JOIN reviews r ON r.id = p.review_id WHERE p.id IN (SELECT value FROM json_each(?))`,
  );
  const findingRows = db.prepare('SELECT passage_id, theme, start, end, pattern FROM findings WHERE passage_id IN (SELECT value FROM json_each(?)) ORDER BY passage_id, start');
  // One lookup per row: FTS5 answers `rowid = ?` by seeking, where `rowid IN (...)` scans every match.
  const snippet = db.prepare("SELECT snippet(passages_fts, 0, char(2), char(3), '…', 40) FROM passages_fts WHERE passages_fts MATCH ? AND rowid = ?").pluck();
  const highlighted = db.prepare('SELECT highlight(passages_fts, 0, char(2), char(3)) FROM passages_fts WHERE passages_fts MATCH ? AND rowid = ?').pluck();

  return {
    /** Changes whenever another connection commits: the cue to rebuild in-memory indexes. */
    dataVersion: (): number => dataVersion.get() as number,

    indexRows: (): IndexRows =>
      db.transaction(() => ({
        reviews: reviews.all() as IndexRows['reviews'],
        passages: passages.all() as IndexRows['passages'],
        themes: themes.all() as IndexRows['themes'],
        evidence: evidence.all() as IndexRows['evidence'],
      }))(),

    rankedMatches(fts: string): RankedMatches {
      const rows = ranked.all(fts) as Array<[number, number]>;
      const ids = new Int32Array(rows.length);
      const ranks = new Float64Array(rows.length);
      rows.forEach(([id, rank], index) => {
        ids[index] = id;
        ranks[index] = rank;
      });
      return { ids, ranks };
    },

    passages: (ids: readonly number[]): PassageRow[] => passageRows.all(JSON.stringify(ids)) as PassageRow[],

    findings: (ids: readonly number[]): FindingRow[] => findingRows.all(JSON.stringify(ids)) as FindingRow[],

    /** The FTS5 snippet of one passage, the hits wrapped in HIT_START/HIT_END; null when it does not match. */
    snippet: (fts: string, id: number): string | null => (snippet.get(fts, id) as string | undefined) ?? null,

    /** The whole passage text with every hit wrapped in HIT_START/HIT_END, for concordance lines. */
    highlighted: (fts: string, id: number): string | null => (highlighted.get(fts, id) as string | undefined) ?? null,
  };
}

export type SearchQueries = ReturnType<typeof searchQueries>;
