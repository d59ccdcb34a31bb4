import type { PassageKind } from '../model/themes.js';

/**
 * The ingest pipeline's data types, in the order the stages produce them:
 *   PDF bytes -> RawPage[] -> PageLines[] -> CleanPage[] -> Passage[] -> IngestedReview
 * (the last two, the data model every layer shares, are in src/model/review.ts).
 * Offsets survive every stage, so a finding can always be cited back to page and paragraph.
 */

/** A run of text as the PDF draws it; coordinates in points, y measured down from the page top. */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size: the item's height in points. */
  size: number;
  /** For a word read by OCR from a page picture: Tesseract's confidence in it, 0-100. */
  confidence?: number;
}

/** One page as the PDF reader returns it; `page` is 1-based. */
export interface RawPage {
  page: number;
  width: number;
  height: number;
  items: TextItem[];
  /** The page had no text layer and was read by OCR from its picture. */
  ocr?: boolean;
}

/** A line of text rebuilt from items on one baseline, superscript markers removed. */
export interface Line {
  text: string;
  x: number;
  /** Baseline, in points from the page top. */
  y: number;
  right: number;
  size: number;
  /** A superscript marker opened the line: how a footnote starts. */
  marked?: boolean;
  /** A line read by OCR: its words' mean confidence (0-100) and how many words it has. */
  ocr?: OcrReading;
}

export interface OcrReading {
  confidence: number;
  words: number;
}

export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: Line[];
}

/** A page after running headers, footers, page numbers and footnotes are removed. */
export interface CleanPage extends PageLines {
  /** A contents page: its lines never become passages. */
  isContents: boolean;
  /** Footnote lines from the foot of the page, kept apart from the body text. */
  footnotes: string[];
}

/** A section heading and the passage kind it implies ("Recommendations" -> recommendation). */
export interface Section {
  heading: string;
  kind: PassageKind;
}

