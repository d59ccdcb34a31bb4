import type { TaggedPassage } from '../../model/review.js';
import { detectAnalysisShare } from './analysis-share.js';
import type { Detector, QualityCriterion } from './criteria-file.js';
import { draftContext, type Detection, type DraftContext } from './draft-context.js';
import { detectRecommendations } from './recommendation-scores.js';
import { detectRequirements } from './requirements.js';
import { detectTimeline } from './timeline.js';
import type { QualityReport, Verdict } from './types.js';

/** The draft as the quality section reads it: its tagged passages and its title (which names the child). */
export interface QualityInput {
  passages: readonly TaggedPassage[];
  title: string;
  /** Only a PDF has pages to cite. */
  paginated: boolean;
}

/**
 * Pure: whether a draft does what an evaluator looks for in a review, criterion by criterion, each
 * with its verdict, the cited passages that are the evidence and, when not met, the advice.
 * assessQuality({ passages, title: 'Review: Child R', paginated: false }, loadQualityCriteria(file)).summary
 *   === '6 of 9 criteria met, 2 partly, 1 not found.'
 */
export function assessQuality(draft: QualityInput, criteria: readonly QualityCriterion[]): QualityReport {
  const context = draftContext(draft.passages, draft.title, draft.paginated);
  const results = criteria.map((criterion) => {
    const detection = detect(criterion.detect, context);
    return {
      id: criterion.id,
      label: criterion.label,
      source: criterion.source,
      verdict: detection.verdict,
      finding: detection.finding,
      advice: detection.verdict === 'met' ? null : criterion.advice,
      evidence: detection.evidence,
      measures: detection.measures,
    };
  });
  const count = (verdict: Verdict) => results.filter((result) => result.verdict === verdict).length;
  const counts = { met: count('met'), partly: count('partly'), not_found: count('not found') };
  return { summary: `${counts.met} of ${results.length} criteria met, ${counts.partly} partly, ${counts.not_found} not found.`, counts, criteria: results };
}

function detect(detector: Detector, draft: DraftContext): Detection {
  switch (detector.kind) {
    case 'requirements':
      return detectRequirements(detector, draft);
    case 'analysis_share':
      return detectAnalysisShare(detector, draft);
    case 'timeline':
      return detectTimeline(detector, draft);
    case 'recommendations':
      return detectRecommendations(detector, draft);
  }
}
