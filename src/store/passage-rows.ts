import type { Evidence } from '../model/review.js';
import type { PassageKind } from '../model/themes.js';

/** A passage of the corpus with the review it is cited from. */
export interface CorpusPassageRow {
  id: number;
  review_id: number;
  page: number;
  paragraph: string | null;
  section: string;
  kind: PassageKind;
  text: string;
  title: string;
  board: string;
  year: number | null;
}

/** A stored finding with the passage it belongs to. */
export interface FindingRow extends Evidence {
  passage_id: number;
}
