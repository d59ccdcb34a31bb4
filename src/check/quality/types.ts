import type { DraftPassageRef } from '../passage-refs.js';
import type { Span } from './cues.js';
import type { ReviewEvent } from './criteria-file.js';

/** The quality section of the check report: what an evaluator looks for in a review, criterion by criterion. */

export type Verdict = 'met' | 'partly' | 'not found';

/** A draft paragraph cited as the rest of the report cites it, with the cue words that made it evidence marked. */
export interface QualityPassage extends Omit<DraftPassageRef, 'evidence'> {
  marks: Span[];
}

export interface RequirementResult {
  id: string;
  label: string;
  found: boolean;
  passages: string[];
}

export interface DatedEvent {
  event: ReviewEvent;
  date: string;
  /** ISO year-month(-day): "2022-03-07", "2022-03". */
  iso: string;
  citation: string;
}

export interface RecommendationScore {
  citation: string;
  text: string;
  /** The outcome and timescale words found, offsets into `text`. */
  marks: Span[];
  addressee: string | null;
  strength: string | null;
  ask: string | null;
  outcome: boolean;
  timescale: boolean;
  /** Parts present, 0 to 3: addressee, outcome in practice, timescale. */
  score: number;
  /** What it lacks, in words: "a timescale or review date". */
  lacks: string[];
}

/** What a detector measured, beside its verdict: the figures behind the summary. */
export type QualityMeasures =
  | { kind: 'requirements'; requirements: RequirementResult[] }
  | { kind: 'analysis_share'; analysis_share: number; reasoned_share: number; analysis_passages: number; reasoned_passages: number; narrative_passages: number; reasoned_narrative_passages: number }
  | { kind: 'timeline'; dates: DatedEvent[]; months: number | null; limit_months: number; stated_timescale: boolean; over_limit: boolean }
  | { kind: 'recommendations'; recommendations: RecommendationScore[]; complete: number };

export interface CriterionResult {
  id: string;
  label: string;
  source: string;
  verdict: Verdict;
  /** One sentence on what was found: "2 of 2 found: ...", "Analysis is 34% of the draft ...". */
  finding: string;
  /** null when met. */
  advice: string | null;
  evidence: QualityPassage[];
  measures: QualityMeasures;
}

export interface QualityReport {
  /** "5 of 9 criteria met, 3 partly, 1 not found." */
  summary: string;
  counts: Record<'met' | 'partly' | 'not_found', number>;
  criteria: CriterionResult[];
}
