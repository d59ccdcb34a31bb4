import type { TaggedPassage } from '../../model/review.js';
import type { AnalysisDetector } from './criteria-file.js';
import { compileCues } from './cues.js';
import type { Detection, DraftContext } from './draft-context.js';
import type { QualityMeasures } from './types.js';

type Measures = Extract<QualityMeasures, { kind: 'analysis_share' }>;

/**
 * "Why, not only what": the share of the draft's words (recommendations aside) in analytic
 * passages (kind `finding`) against chronology and narrative, and how many analytic passages give
 * reasons (the reason cues) rather than only events. Met when both shares reach their thresholds;
 * partly when there is some analysis, or some reasons anywhere.
 */
export function detectAnalysisShare(detector: AnalysisDetector, draft: DraftContext): Detection<Measures> {
  const reasons = compileCues(detector.reason_cues, draft.child);
  const analytic = draft.passages.filter((passage) => passage.kind === 'finding');
  const narrative = draft.passages.filter((passage) => passage.kind === 'narrative');
  const withReasons = (passages: readonly TaggedPassage[]) =>
    passages.flatMap((passage) => {
      const marks = reasons.match(passage.text);
      return marks ? [{ passage, marks }] : [];
    });
  const reasoned = withReasons(analytic);
  // A draft that mixes its analysis into the chronology still gives some reasons there.
  const reasonedNarrative = withReasons(narrative);
  const analyticWords = wordCount(analytic);
  const analysisShare = share(analyticWords, analyticWords + wordCount(narrative));
  const reasonedShare = share(reasoned.length, analytic.length);
  const met = analysisShare >= detector.met.analysis_share && reasonedShare >= detector.met.reasoned_share;
  const partly = analytic.length >= detector.partly.analysis_passages || reasoned.length + reasonedNarrative.length >= detector.partly.reasoned_passages;
  return {
    verdict: met ? 'met' : partly ? 'partly' : 'not found',
    finding: `Analysis is ${percent(analysisShare)} of the draft's words outside its recommendations (${analytic.length} of ${analytic.length + narrative.length} paragraphs); ${reasoned.length} of the ${analytic.length} analytic paragraphs give reasons (${percent(reasonedShare)})${reasonedNarrative.length > 0 ? `, and ${reasonedNarrative.length} narrative paragraph${reasonedNarrative.length === 1 ? '' : 's'}` : ''}.`,
    evidence: draft.citeAll([...reasoned, ...reasonedNarrative]),
    measures: {
      kind: 'analysis_share',
      analysis_share: round(analysisShare),
      reasoned_share: round(reasonedShare),
      analysis_passages: analytic.length,
      reasoned_passages: reasoned.length,
      narrative_passages: narrative.length,
      reasoned_narrative_passages: reasonedNarrative.length,
    },
  };
}

function wordCount(passages: ReadonlyArray<{ text: string }>): number {
  return passages.reduce((sum, passage) => sum + passage.text.split(/\s+/).filter(Boolean).length, 0);
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
