// The data model every layer shares: a review, its passages and the evidence for each theme.
// Offsets survive every stage, so a finding can always be cited back to page and paragraph.
import type { RecommendationAsk } from './recommendation.js';
import type { PassageKind, ThemeId } from './themes.js';

/** Which layer tagged a theme: a lexicon pattern, or the learned model. */
export type TagSource = 'pattern' | 'model';
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

/**
 * A theme found in a passage: the evidence span (offsets in the passage text) and the pattern that
 * fired, or for the learned layer the sentence, its top features (in `pattern`) and its score.
 */
export interface Evidence {
  theme: ThemeId;
  start: number;
  end: number;
  pattern: string;
  source: TagSource;
  /** The model's score (0-1); null for a pattern. */
  score: number | null;
}

/** Evidence with the words it spans: what a tag shows a reader. */
export interface QuotedEvidence extends Evidence {
  text: string;
}

/** A passage after tagging: its kind may be refined by the tagger, and it carries its evidence. */
export interface TaggedPassage extends Passage {
  /** The kind the section heading implied, kept so that a retag sees what ingest saw. */
  sectionKind: PassageKind;
  evidence: Evidence[];
  /** A recommendation's ask, read when it was tagged; the store keeps it with the passage. */
  ask?: RecommendationAsk;
}

export interface IngestedReview {
  file: string;
  sha256: string;
  pages: number;
  /** Of `pages`, those read by OCR (absent is none). */
  ocrPages?: number;
  meta: ReviewMeta;
  /** Type, area, region, the child's age band and sex, the harm (absent: none known). */
  catalogue?: Catalogue;
  /** Content hash of the lexicons that tagged the passages. */
  lexiconVersion: string;
  passages: TaggedPassage[];
  /** Every passage's text joined by "\n\n": the coordinate system of passage offsets. */
  text: string;
  /** The PDF was damaged: its text was recovered by a lenient second reading, and some may be missing. */
  readWithErrors?: boolean;
}

/** The kinds of review a catalogue files: serious case, child safeguarding practice (local or national), rapid, domestic homicide, safeguarding adults. */
export const REVIEW_TYPES = ['SCR', 'CSPR', 'LCSPR', 'rapid review', 'DHR', 'SAR'] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];
export const AGE_BANDS = ['under 1', '1-4', '5-9', '10-15', '16-17', 'adult'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const SEXES = ['male', 'female'] as const;
export const HARMS = ['death', 'serious harm'] as const;

/** What a repository catalogue records of a review beyond its title; null where the report does not say. */
export interface Catalogue {
  review_type: ReviewType | null;
  /** The local authority area, the same for a board and the partnership that replaced it. */
  area: string | null;
  region: string | null;
  age_band: AgeBand | null;
  sex: (typeof SEXES)[number] | null;
  harm: (typeof HARMS)[number] | null;
}

export const CATALOGUE_FIELDS = ['review_type', 'area', 'region', 'age_band', 'sex', 'harm'] as const satisfies ReadonlyArray<keyof Catalogue>;
