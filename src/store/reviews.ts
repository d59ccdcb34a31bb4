import type { Catalogue, Evidence, IngestedReview } from '../model/review.js';
import type { PassageKind } from '../model/themes.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import { codeAnchors } from './code-anchors.js';
import { effectiveThemes } from './effective-themes.js';
import { askWriter } from './recommendation-queries.js';

export interface ReviewRow {
  id: number;
  sha256: string;
  file: string;
  title: string;
  board: string;
  subject: string;
  year: number | null;
  author: string;
  pages: number;
  /** 1 when the PDF was damaged and its text recovered by a lenient reading. */
  read_with_errors: number;
  ocr_pages: number;
  ingested_at: string;
  review_type: Catalogue['review_type'];
  area: string | null;
  region: string | null;
  age_band: Catalogue['age_band'];
  sex: Catalogue['sex'];
  harm: Catalogue['harm'];
}

const UNKNOWN: Catalogue = { review_type: null, area: null, region: null, age_band: null, sex: null, harm: null };

export type SaveOutcome = 'added' | 'unchanged' | 'replaced';

/**
 * Writing whole reviews. Each review is written in one transaction, so an error or a crash
 * mid-review leaves no trace of it; a file whose content changed replaces its old review.
 */
export interface ReviewWriter {
  /** True when a review with this content is already stored: ingest can skip reading the PDF. */
  has(sha256: string): boolean;
  save(review: IngestedReview): { outcome: SaveOutcome; id: number };
  remove(id: number): void;
}

export function reviewWriter(db: Db): ReviewWriter {
  const bySha = db.prepare<[string], ReviewRow>('SELECT * FROM reviews WHERE sha256 = ?');
  const byFile = db.prepare<[string], ReviewRow>('SELECT * FROM reviews WHERE file = ?');
  const insertReview = db.prepare(
    'INSERT INTO reviews (sha256, file, title, board, subject, year, author, pages, read_with_errors, ocr_pages, review_type, area, region, age_band, sex, harm) VALUES (@sha256, @file, @title, @board, @subject, @year, @author, @pages, @readWithErrors, @ocrPages, @review_type, @area, @region, @age_band, @sex, @harm)',
  );
  const insertPassages = rowInserter(db, `INSERT INTO passages (${PASSAGE_COLUMNS})`, 13);
  const indexPassages = db.prepare('INSERT INTO passages_fts (rowid, text) SELECT id, text FROM passages WHERE review_id = ?');
  const passageIds = db.prepare<[number], { seq: number; id: number }>('SELECT seq, id FROM passages WHERE review_id = ?');
  const deletePassages = db.prepare('DELETE FROM passages WHERE review_id = ?');
  const deleteReview = db.prepare('DELETE FROM reviews WHERE id = ?');
  const findings = findingWriter(db);
  const writeAsk = askWriter(db);
  const anchors = codeAnchors(db);
  const effective = effectiveThemes(db);

  const remove = (id: number): void => {
    deletePassages.run(id);
    deleteReview.run(id);
  };

  const save = db.transaction((review: IngestedReview): { outcome: SaveOutcome; id: number } => {
    const same = bySha.get(review.sha256);
    if (same) return { outcome: 'unchanged', id: same.id };
    const previous = byFile.get(review.file);
    // Human codes outlive a changed PDF: held before its old passages go, re-attached by text below.
    const held = previous ? anchors.held(previous.id) : [];
    if (previous) remove(previous.id);
    const { meta } = review;
    const reviewId = Number(insertReview.run({ sha256: review.sha256, file: review.file, pages: review.pages, readWithErrors: review.readWithErrors ? 1 : 0, ocrPages: review.ocrPages ?? 0, ...meta, ...(review.catalogue ?? UNKNOWN) }).lastInsertRowid);
    insertPassages(review.passages.map((passage) => [reviewId, passage.seq, passage.page, passage.endPage, passage.paragraph, passage.section, passage.kind, passage.sectionKind, passage.text, passage.start, passage.end, JSON.stringify(passage.sentences), passage.ocrConfidence ?? null]));
    indexPassages.run(reviewId);
    const ids = new Map(passageIds.all(reviewId).map((row) => [row.seq, row.id]));
    const tagged = review.passages.map((passage) => ({ passageId: ids.get(passage.seq)!, evidence: passage.evidence }));
    findings.insertAll(reviewId, tagged, review.lexiconVersion);
    for (const passage of review.passages) if (passage.ask) writeAsk(ids.get(passage.seq)!, reviewId, passage.ask);
    if (anchors.reattach(reviewId, review.sha256, held) > 0) effective.applyToReview(reviewId);
    return { outcome: previous ? 'replaced' : 'added', id: reviewId };
  });

  return {
    has: (sha256) => bySha.get(sha256) !== undefined,
    save,
    remove: db.transaction(remove),
  };
}

const PASSAGE_COLUMNS = 'review_id, seq, page, end_page, paragraph, section, kind, section_kind, text, start, end, sentences, ocr_confidence';
const ROWS_PER_INSERT = 200;

/**
 * Inserts rows of `columns` values each with `insert` ("INSERT INTO t (a, b)"), up to 200 rows in
 * one statement: a review's passages and findings cost a few statements, not one a row. The
 * full-text index is written after the passages, in one statement for the review (migration 011).
 */
function rowInserter(db: Db, insert: string, columns: number): (rows: unknown[][]) => void {
  const statements = new Map<number, Statement>();
  const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
  const statement = (count: number): Statement => {
    let prepared = statements.get(count);
    if (!prepared) {
      prepared = db.prepare(`${insert} VALUES ${Array.from({ length: count }, () => row).join(', ')}`);
      statements.set(count, prepared);
    }
    return prepared;
  };
  return (rows) => {
    for (let first = 0; first < rows.length; first += ROWS_PER_INSERT) {
      const chunk = rows.slice(first, first + ROWS_PER_INSERT);
      statement(chunk.length).run(chunk.flat());
    }
  };
}

/** Findings and the (passage, theme) index that facets count, written together. */
export interface FindingWriter {
  /** The findings of a review's passages, in their order. */
  insertAll(reviewId: number, passages: ReadonlyArray<{ passageId: number; evidence: Evidence[] }>, version: string): void;
  /**
   * Replaces passages' findings and kinds, as `lessons retag` does after a lexicon edit; human codes
   * are applied again, never changed. Each passage's findings are deleted and inserted in turn, so
   * they get the ids that replacing the passages one by one gives; their (passage, theme) rows,
   * which have no ids, are replaced for all the passages in a few statements.
   */
  replaceAll(passages: ReadonlyArray<{ passageId: number; reviewId: number; kind: PassageKind; evidence: Evidence[] }>, version: string): void;
}

export function findingWriter(db: Db): FindingWriter {
  const insertFindings = rowInserter(db, 'INSERT INTO findings (passage_id, review_id, theme, start, end, pattern, lexicon_version, source, score)', 9);
  const insertThemes = rowInserter(db, 'INSERT OR IGNORE INTO passage_themes (passage_id, theme, review_id, source)', 4);
  const clearFindings = db.prepare('DELETE FROM findings WHERE passage_id = ?');
  const clearThemes = db.prepare('DELETE FROM passage_themes WHERE passage_id IN (SELECT value FROM json_each(?))');
  const setKind = db.prepare('UPDATE passages SET kind = ? WHERE id = ? AND kind <> ?');
  const effective = effectiveThemes(db);
  const findingRow = (passageId: number, reviewId: number, found: Evidence, version: string) => [passageId, reviewId, found.theme, found.start, found.end, found.pattern, version, found.source, found.score];
  const themeRows = (passageId: number, reviewId: number, evidence: readonly Evidence[]) => evidence.map((found) => [passageId, found.theme, reviewId, found.source]);
  return {
    insertAll(reviewId, passages, version) {
      insertFindings(passages.flatMap(({ passageId, evidence }) => evidence.map((found) => findingRow(passageId, reviewId, found, version))));
      insertThemes(passages.flatMap(({ passageId, evidence }) => themeRows(passageId, reviewId, evidence)));
    },
    replaceAll(passages, version) {
      for (const { passageId, reviewId, kind, evidence } of passages) {
        clearFindings.run(passageId);
        setKind.run(kind, passageId, kind);
        insertFindings(evidence.map((found) => findingRow(passageId, reviewId, found, version)));
      }
      const ids = passages.map(({ passageId }) => passageId);
      clearThemes.run(JSON.stringify(ids));
      insertThemes(passages.flatMap(({ passageId, reviewId, evidence }) => themeRows(passageId, reviewId, evidence)));
      effective.applyToPassages(ids);
    },
  };
}
