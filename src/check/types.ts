import type { AskTier } from '../recommendations/ask-similarity.js';
import type { RecommendationParts } from '../recommendations/recommendation-parts.js';
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
  /** The score in words: "0.42: the two passages share many of their most specific words." */
  score_meaning: string;
  /** Citation of the draft paragraph this corpus passage is most similar to. */
  draft_citation: string;
  draft_seq: number;
}

/** Recommendations earlier reviews made on a theme, near-identical wordings counted together. */
export interface EarlierRecommendation {
  text: string;
  /** Cosine of the recommendation's first sentence to the theme's definition (its label and description). */
  score: number;
  score_meaning: string;
  /** How many earlier reviews made this ask, in these or other words (its group, see /recommendations). */
  reviews: number;
  /** The group on /recommendations, or null when the recommendation has no stored ask. */
  group_url: string | null;
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

/** A draft recommendation placed in the group of earlier recommendations making its ask, or marked new. */
export interface PlacedRecommendation {
  draft: DraftPassageRef;
  /** The draft recommendation read into who is asked, how strongly, to do what. */
  ask: RecommendationParts;
  placement: 'group' | 'new';
  /** same ask: nearly the same words; similar ask: the same ask reworded; related: the same subject, another ask; null: nothing near. */
  tier: AskTier | null;
  /** The tier in plain words: the shared sentence, or the shared verb and words. */
  reason: string;
  /** The closest earlier ask's score, 0 to 1 (see score_meaning). */
  score: number;
  score_meaning: string;
  /** The group placed in (or, for a new ask, the nearest related group). */
  group: { id: number; wording: string; reviews: number; first_year: number | null; last_year: number | null; url: string } | null;
  /** Earlier reviews making this ask: the group's reviews when placed in one, else 0. */
  earlier_reviews: number;
  /** The closest earlier recommendations, one per review, closest first. */
  matches: Array<CorpusPassageRef & { score: number; tier: AskTier }>;
}

export interface CheckMethod {
  similarity: string;
  recommendations: string;
  /** Ask scores at or above which two recommendations make the same ask, a similar ask, or a related one; and the floor for similar passages. */
  thresholds: { same_ask: number; similar_ask: number; related: number; similar_passage_floor: number };
  similar_per_theme: number;
}

export interface CheckReport {
  ok: true;
  /** "This draft describes 7 known failings; 2 of its 9 recommendations make an ask earlier reviews made (the same or a similar ask)." */
  summary: string;
  counts: { known_failings: number; recommendations: number; repeated_recommendations: number; corpus_reviews: number };
  draft: { name: string; format: DraftFormat; pages: number; paragraphs: number };
  method: CheckMethod;
  themes: ThemeReport[];
  /** Every recommendation of the draft, placed in its group or marked new. */
  recommendations: PlacedRecommendation[];
  /** Whether the draft does what an evaluator looks for in a review, criterion by criterion. */
  quality: QualityReport;
  /** Present only when the user asked for the draft to be added to the corpus. */
  saved?: { outcome: 'added' | 'unchanged' | 'replaced'; review_id: number };
}
