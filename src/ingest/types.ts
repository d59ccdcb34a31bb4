import type { PassageKind, ThemeId } from '../themes.js';

/**
 * The ingest pipeline's data types, in the order the stages produce them:
 *   PDF bytes -> RawPage[] -> PageLines[] -> CleanPage[] -> Passage[] -> IngestedReview
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

/**
 * A passage is one paragraph of the report, unwrapped onto one line.
 * `start`/`end` are character offsets of `text` inside the review's full text (`IngestedReview.text`),
 * where passages are joined by "\n\n"; `sentences` are offsets inside `text`.
 */
export interface Passage {
  seq: number;
  page: number;
  endPage: number;
  /** The paragraph number as printed ("4.12", "3.2.7"), or null for an unnumbered paragraph. */
  paragraph: string | null;
  section: string;
  kind: PassageKind;
  text: string;
  start: number;
  end: number;
  sentences: Array<[number, number]>;
  /** Set for a passage read by OCR from page pictures: the mean confidence (0-100) of its words. */
  ocrConfidence?: number;
}

export interface ReviewMeta {
  title: string;
  /** The LSCB or safeguarding partnership that commissioned the review. */
  board: string;
  /** The anonymised subject: "Child S", "Baby F", "Family S4". */
  subject: string;
  year: number | null;
  author: string;
}

/** A theme found in a passage: the evidence span (offsets in the passage text) and the pattern that fired. */
export interface Evidence {
  theme: ThemeId;
  start: number;
  end: number;
  pattern: string;
}

/** A passage after tagging: its kind may be refined by the tagger, and it carries its evidence. */
export interface TaggedPassage extends Passage {
  /** The kind the section heading implied, kept so that a retag sees what ingest saw. */
  sectionKind: PassageKind;
  evidence: Evidence[];
}

export interface IngestedReview {
  file: string;
  sha256: string;
  pages: number;
  /** Of `pages`, those read by OCR (absent is none). */
  ocrPages?: number;
  meta: ReviewMeta;
  /** Content hash of the lexicons that tagged the passages. */
  lexiconVersion: string;
  passages: TaggedPassage[];
  /** Every passage's text joined by "\n\n": the coordinate system of passage offsets. */
  text: string;
}
