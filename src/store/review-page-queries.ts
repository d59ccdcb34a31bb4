import type { PassageKind } from '../model/themes.js';
import type { Db } from './database.js';
import type { FindingRow } from './passage-rows.js';
import type { ReviewRow } from './reviews.js';

/** A review as the API shows it: no server file path. */
export type ReviewInfo = Omit<ReviewRow, 'file'>;

export interface ReviewPassageRow {
  id: number;
  seq: number;
  page: number;
  end_page: number;
  paragraph: string | null;
  section: string;
  kind: PassageKind;
  text: string;
  ocr_confidence: number | null;
}


/** Reading reviews whole: the list, one review's metadata, its passages in order and their findings. */
export interface ReviewPageQueries {
  all(): ReviewInfo[];
  one(id: number): ReviewInfo | undefined;
  /** Where the review's PDF was when it was ingested; undefined for no such review. */
  file(id: number): string | undefined;
  passages(id: number): ReviewPassageRow[];
  findings(id: number): FindingRow[];
}

export function reviewPageQueries(db: Db): ReviewPageQueries {
  const columns = 'id, sha256, title, board, subject, year, author, pages, ocr_pages, ingested_at, review_type, area, region, age_band, sex, harm';
  const all = db.prepare<[], ReviewInfo>(`SELECT ${columns} FROM reviews`);
  const one = db.prepare<[number], ReviewInfo>(`SELECT ${columns} FROM reviews WHERE id = ?`);
  const file = db.prepare<[number], { file: string }>('SELECT file FROM reviews WHERE id = ?');
  const passages = db.prepare<[number], ReviewPassageRow>('SELECT id, seq, page, end_page, paragraph, section, kind, text, ocr_confidence FROM passages WHERE review_id = ? ORDER BY seq');
  const findings = db.prepare<[number], FindingRow>(
    'SELECT f.passage_id, f.theme, f.start, f.end, f.pattern, f.source, f.score FROM passages p JOIN findings f ON f.passage_id = p.id WHERE p.review_id = ? ORDER BY f.passage_id, f.start',
  );
  return {
    all: () => all.all(),
    one: (id) => one.get(id),
    file: (id) => file.get(id)?.file,
    passages: (id) => passages.all(id),
    findings: (id) => findings.all(id),
  };
}
