import type { ThemeId } from '../model/themes.js';
import type { CorpusPassageRef, DraftPassageRef } from './passage-refs.js';
import type { QualityReport } from './quality/types.js';

/**
 * The check's data types: a draft as uploaded, and the report it produces. The report is the one
 * object that `lessons check --json`, `POST /api/check` and the HTML views all serialise, so its
 * fields use the API's snake_case.
 */

/** A draft as the user hands it over: never written anywhere unless they ask for it to be saved. */
export interface Draft {
  /** The file name as uploaded or given on the command line: its extension helps detect the format. */
  name: string;
  bytes: Uint8Array;
  /** The MIME type the browser sent, when there was one: a hint only, the bytes decide. */
  type?: string;
}

export type DraftFormat = 'pdf' | 'docx' | 'text' | 'markdown';

export interface SimilarPassage extends CorpusPassageRef {
  /** TF-IDF cosine of the two passages' stemmed words, 0 to 1. */
  score: number;
  /** Citation of the draft paragraph this corpus passage is most similar to. */
  draft_citation: string;
  draft_seq: number;
}

/** Recommendations earlier reviews made on a theme, near-identical wordings counted together. */
export interface EarlierRecommendation {
  text: string;
  /** Cosine of the recommendation to the theme's profile (its label, description and the draft's evidence). */
  score: number;
  /** How many earlier reviews made this recommendation, or one that closely repeats it. */
  reviews: number;
  first_year: number | null;
  last_year: number | null;
  /** The most recent instances, newest first. */
  examples: CorpusPassageRef[];
}

export interface YearShare {
  year: number | null;
  reviews: number;
  reviews_with_theme: number;
  share: number;
}

export interface ThemeReport {
  theme: ThemeId;
  label: string;
  description: string;
  passages: DraftPassageRef[];
  /** Corpus reviews with at least one passage on the theme. */
  reviews_with_theme: number;
  /** reviews_with_theme / reviews in the corpus, 0 to 1. */
  share: number;
  by_year: YearShare[];
  similar: SimilarPassage[];
  recommendations: EarlierRecommendation[];
}

export interface RepeatedRecommendation {
  draft: DraftPassageRef;
  /** Earlier reviews with a recommendation whose cosine to this one reaches the threshold. */
  earlier_reviews: number;
  /** The closest earlier recommendations, one per review, most similar first. */
  matches: Array<CorpusPassageRef & { score: number }>;
}

export interface CheckMethod {
  similarity: string;
  recommendations: string;
  repeat_threshold: number;
  similar_per_theme: number;
}

export interface CheckReport {
  ok: true;
  /** "This draft describes 7 known failings; 2 of its 9 recommendations closely repeat earlier ones." */
  summary: string;
  counts: { known_failings: number; recommendations: number; repeated_recommendations: number; corpus_reviews: number };
  draft: { name: string; format: DraftFormat; pages: number; paragraphs: number };
  method: CheckMethod;
  themes: ThemeReport[];
  repeated_recommendations: RepeatedRecommendation[];
  /** Whether the draft does what an evaluator looks for in a review, criterion by criterion. */
  quality: QualityReport;
  /** Present only when the user asked for the draft to be added to the corpus. */
  saved?: { outcome: 'added' | 'unchanged' | 'replaced'; review_id: number };
}
