import type { Catalogue } from '../model/review.js';
import type { PassageKind, ThemeId } from '../model/themes.js';
import Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import type { FindingRow } from './passage-rows.js';

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
  /** Mean word confidence (0-100) of a passage read by OCR; null from the text layer. */
  ocr_confidence: number | null;
  title: string;
  board: string;
  year: number | null;
}


/** A row of passage_themes (the effective themes, human codes applied); `confirmed` is 1 when a coder confirmed or added it. */
export type ThemeRow = [passageId: number, theme: string, source: string, confirmed: number];

/**
 * What the in-memory passage index is built from: small columns of every passage, as raw rows read
 * one at a time. Held as arrays, the rows of 2 million passages took over a gigabyte for a moment.
 */
export interface IndexRows {
  /** One more than the largest passage id: the length of the index's columns. */
  size: number;
  reviews: Array<[id: number, year: number | null, board: string]>;
  passageReviews: Iterable<[id: number, reviewId: number]>;
  passageKinds: Iterable<[id: number, kind: PassageKind]>;
  themes: Iterable<ThemeRow>;
  evidence: Iterable<[passageId: number, findings: number]>;
  /** Passages read by OCR. */
  ocrPassages: Iterable<number>;
}

/** The best passages for an FTS5 query, best BM25 first; `ranks` are FTS5's (lower is better). */
export interface RankedMatches {
  ids: Int32Array;
  ranks: Float64Array;
}

/** FTS5's totals for BM25: rows in the index and tokens in them (its "averages" record). */
export interface IndexTotals {
  rows: number;
  tokens: number;
}

/** Snippet hit markers, turned into <mark> by the search layer after HTML-escaping the text. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/**
 * What search asks of the store. Filtering and facet counting happen in memory over the passage
 * index (see src/search/passage-index.ts), so the database is asked only for what it is best at:
 * the ranked list of full-text matches, and the rows, findings and snippets of the one page shown.
 * `fts` is a full-text query as src/search/fts-query.ts writes it.
 */
export interface SearchQueries {
  /** The database file, for a worker thread to open its own connection; null for an in-memory database. */
  readonly file: string | null;
  /** Changes whenever another connection commits: the cue to rebuild in-memory indexes. */
  dataVersion(): number;
  /** `build`'s result from the index rows, read in one transaction; the rows can be iterated once each, during `build` only. */
  readIndexRows<T>(build: (rows: IndexRows) => T): T;
  /** The theme rows of some passages: what the index is patched with after a human code. */
  themeRows(ids: readonly number[]): ThemeRow[];
  /** Every review's catalogue fields, by id. */
  catalogue(): Map<number, Catalogue>;
  /** Every passage matching, in rowid order: cheap, as FTS5 reads the index without scoring. */
  matchingIds(fts: string): Int32Array;
  /** The `limit` best matches by BM25. Costs a score for every match, however small the limit. */
  bestMatches(fts: string, limit: number): RankedMatches;
  passages(ids: readonly number[]): PassageRow[];
  findings(ids: readonly number[]): FindingRow[];
  /**
   * The index's terms (Porter stems) found in at least `minDocs` passages, most common first,
   * with how many passages hold each.
   */
  frequentTerms(minDocs: number): Array<[term: string, docs: number]>;
  matchCount(fts: string): number;
  /** One entry per occurrence of an index term, the passage holding it, in passage id order: what BM25 counts. */
  termOccurrences(term: string): Int32Array;
  /** FTS5's row and token totals, as its bm25() reads them. */
  indexTotals(): IndexTotals;
  /** Each passage's number of tokens, by passage id (0 for none), as FTS5's bm25() reads it. */
  tokenCounts(): Uint16Array;
  /** SQLite's natural logarithm: the one FTS5's bm25() uses, which can differ from Math.log in the last bit. */
  logarithm(x: number): number;
  /** The terms FTS5's tokenizer makes of a text, in order: what the index holds its words under (ftsTerms('Agencies') -> ['agenc']). */
  ftsTerms(text: string): string[];
  /** The passages with the most findings of one theme, most first, with that number. */
  themeEvidence(theme: ThemeId, limit: number): Array<[passageId: number, findings: number]>;
  /** The snippet of one passage, the hits wrapped in HIT_START/HIT_END; null when it does not match. */
  snippet(fts: string, id: number): string | null;
  /** The whole passage text with every hit wrapped in HIT_START/HIT_END, for concordance lines. */
  highlighted(fts: string, id: number): string | null;
}

/** Every statement is prepared once per connection; every value is a bound parameter. */
export function searchQueries(db: Db): SearchQueries {
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const reviews = db.prepare('SELECT id, year, board FROM reviews').raw();
  const lastPassage = db.prepare('SELECT coalesce(max(id), 0) FROM passages').pluck();
  // Two narrow scans that SQLite answers from covering indexes, instead of one over the table and its text.
  const passageReviews = db.prepare('SELECT id, review_id FROM passages').raw();
  const passageKinds = db.prepare('SELECT id, kind FROM passages').raw();
  const themes = db.prepare('SELECT passage_id, theme, source, confirmed FROM passage_themes').raw();
  const themesOf = db.prepare('SELECT passage_id, theme, source, confirmed FROM passage_themes WHERE passage_id IN (SELECT value FROM json_each(?))').raw();
  const evidence = db.prepare('SELECT passage_id, count(*) FROM findings GROUP BY passage_id').raw();
  const catalogue = db.prepare('SELECT id, review_type, area, region, age_band, sex, harm FROM reviews');
  const ocrPassages = db.prepare('SELECT id FROM passages WHERE ocr_confidence IS NOT NULL').pluck();
  const matching = db.prepare('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?').pluck();
  const matchCount = db.prepare('SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?').pluck();
  const themeEvidence = db.prepare('SELECT passage_id, count(*) AS n FROM findings WHERE theme = ? GROUP BY passage_id ORDER BY n DESC, passage_id LIMIT ?').raw();
  // The bare FTS rows ranked first, the page joined afterwards. `rank + 0` keeps SQLite's own
  // sorter, which keeps only the best LIMIT rows; `ORDER BY rank` makes FTS5 sort every match.
  const ranked = db.prepare('SELECT rowid, rank + 0 AS score FROM passages_fts WHERE passages_fts MATCH ? ORDER BY score LIMIT ?').raw();
  const passageRows = db.prepare(
    `SELECT p.id, p.review_id, p.seq, p.page, p.end_page, p.paragraph, p.section, p.kind, p.text, p.ocr_confidence, r.title, r.board, r.year
     FROM passages p JOIN reviews r ON r.id = p.review_id WHERE p.id IN (SELECT value FROM json_each(?))`,
  );
  const findingRows = db.prepare('SELECT passage_id, theme, start, end, pattern, source, score FROM findings WHERE passage_id IN (SELECT value FROM json_each(?)) ORDER BY passage_id, start');
  // One seek per row. The CAST matters: better-sqlite3 binds a JS number as REAL, and FTS5 then
  // drops the rowid constraint instead of applying it, answering with the first match.
  const snippet = db.prepare("SELECT snippet(passages_fts, 0, char(2), char(3), '…', 40) FROM passages_fts WHERE passages_fts MATCH ? AND rowid = CAST(? AS INTEGER)").pluck();
  const highlighted = db.prepare('SELECT highlight(passages_fts, 0, char(2), char(3)) FROM passages_fts WHERE passages_fts MATCH ? AND rowid = CAST(? AS INTEGER)').pluck();

  const averages = db.prepare('SELECT block FROM passages_fts_data WHERE id = 1').pluck();
  const docSizes = db.prepare('SELECT id, sz FROM passages_fts_docsize').raw();
  const lastDocSize = db.prepare('SELECT max(id) FROM passages_fts_docsize').pluck();
  const logarithm = db.prepare('SELECT ln(?)').pluck();
  let vocabulary: ReturnType<Db['prepare']> | null = null;
  let occurrences: ReturnType<Db['prepare']> | null = null;
  const tokenizer = lazyTokenizer();

  return {
    file: db.memory ? null : db.name,

    dataVersion: () => dataVersion.get() as number,

    readIndexRows: (build) =>
      db.transaction(() =>
        build({
          size: (lastPassage.get() as number) + 1,
          reviews: reviews.all() as IndexRows['reviews'],
          passageReviews: rowsOf(passageReviews),
          passageKinds: rowsOf(passageKinds),
          themes: rowsOf(themes),
          evidence: rowsOf(evidence),
          ocrPassages: rowsOf(ocrPassages),
        }),
      )(),

    themeRows: (ids) => themesOf.all(JSON.stringify(ids)) as ThemeRow[],
    catalogue: () => new Map((catalogue.all() as Array<Catalogue & { id: number }>).map(({ id, ...fields }) => [id, fields])),
    matchingIds: (fts) => Int32Array.from(matching.all(fts) as number[]),

    bestMatches(fts, limit) {
      const rows = ranked.all(fts, limit) as Array<[number, number]>;
      const ids = new Int32Array(rows.length);
      const ranks = new Float64Array(rows.length);
      rows.forEach(([id, rank], index) => {
        ids[index] = id;
        ranks[index] = rank;
      });
      return { ids, ranks };
    },

    passages: (ids) => passageRows.all(JSON.stringify(ids)) as PassageRow[],

    findings: (ids) => findingRows.all(JSON.stringify(ids)) as FindingRow[],

    // Reads a temporary fts5vocab table over the whole index.
    frequentTerms(minDocs) {
      if (!vocabulary) {
        db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_vocab USING fts5vocab(main, 'passages_fts', 'row')");
        vocabulary = db.prepare('SELECT term, doc FROM temp.passages_vocab WHERE doc >= ? ORDER BY doc DESC').raw();
      }
      return vocabulary.all(minDocs) as Array<[string, number]>;
    },

    matchCount: (fts) => matchCount.get(fts) as number,

    termOccurrences(term) {
      if (!occurrences) {
        db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_instances USING fts5vocab(main, 'passages_fts', 'instance')");
        occurrences = db.prepare('SELECT doc FROM temp.passages_instances WHERE term = ?').pluck();
      }
      return Int32Array.from(occurrences.all(term) as number[]);
    },

    indexTotals() {
      const block = averages.get() as Buffer | undefined;
      const [rows = 0, tokens = 0] = block ? sqliteVarints(block) : [];
      return { rows, tokens };
    },

    tokenCounts: () =>
      db.transaction(() => {
        const counts = new Uint16Array(((lastDocSize.get() as number | null) ?? 0) + 1);
        for (const [id, size] of docSizes.iterate() as IterableIterator<[number, Buffer]>) counts[id] = Math.min(sqliteVarints(size)[0] ?? 0, 65_535);
        return counts;
      })(),

    logarithm: (x) => logarithm.get(x) as number,

    ftsTerms: (text) => tokenizer()(text),

    themeEvidence: (theme, limit) => themeEvidence.all(theme, limit) as Array<[passageId: number, findings: number]>,

    snippet: (fts, id) => (snippet.get(fts, id) as string | undefined) ?? null,

    highlighted: (fts, id) => (highlighted.get(fts, id) as string | undefined) ?? null,
  };
}

/** SQLite's variable-length integers (big-endian, 7 bits a byte, the ninth byte whole), as FTS5 writes its records. */
function sqliteVarints(bytes: Uint8Array): number[] {
  const values: number[] = [];
  let at = 0;
  while (at < bytes.length) {
    let value = 0;
    for (let read = 0; read < 9 && at < bytes.length; read++) {
      const byte = bytes[at++]!;
      if (read === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    values.push(value);
  }
  return values;
}

/** The passages index's tokenizer (src/store/migrations/001-init.sql). */
const TOKENIZER = 'porter unicode61 remove_diacritics 2';

/**
 * FTS5's tokenizer run on a scratch table in a database of its own in memory (a read-only
 * connection could not write it): a row written, its terms read back by position, the row removed.
 */
function lazyTokenizer(): () => (text: string) => string[] {
  let run: ((text: string) => string[]) | null = null;
  return () => {
    if (run) return run;
    const scratch = new Database(':memory:');
    scratch.exec(`CREATE VIRTUAL TABLE scratch USING fts5(text, tokenize = '${TOKENIZER}'); CREATE VIRTUAL TABLE scratch_terms USING fts5vocab(scratch, 'instance');`);
    const insert = scratch.prepare('INSERT INTO scratch (rowid, text) VALUES (1, ?)');
    const terms = scratch.prepare('SELECT term FROM scratch_terms ORDER BY offset').pluck();
    const clear = scratch.prepare('DELETE FROM scratch');
    run = (text) => {
      insert.run(text);
      const found = terms.all() as string[];
      clear.run();
      return found;
    };
    return run;
  };
}

/**
 * A statement's rows, read as they are iterated. The statement starts only when iteration does:
 * while one runs, the connection can run no other, so these are iterated one after another.
 */
function rowsOf<Row>(statement: Statement): Iterable<Row> {
  return { [Symbol.iterator]: () => statement.iterate() as IterableIterator<Row> };
}
