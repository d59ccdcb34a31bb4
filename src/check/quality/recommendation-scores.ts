import { leadSentence } from '../lead-sentence.js';
import { readRecommendation } from '../../recommendations/recommendation-parts.js';
import type { RecommendationsDetector } from './criteria-file.js';
import { compileCues } from './cues.js';
import { readDates } from './dates.js';
import type { Detection, DraftContext } from './draft-context.js';
import type { QualityMeasures, RecommendationScore } from './types.js';

type Measures = Extract<QualityMeasures, { kind: 'recommendations' }>;

/**
 * "Per-recommendation scoring": each recommendation scores a point for an addressee (its subject
 * names one of the `addressees`), an outcome in practice (the outcome cues) and a timescale (a date
 * or the timescale cues). The criterion is met when `met_share` of them score all three.
 */
export function detectRecommendations(detector: RecommendationsDetector, draft: DraftContext): Detection<Measures> {
  const addressees = compileCues([detector.addressees], draft.child);
  const outcomes = compileCues(detector.outcome_cues, draft.child);
  const procedures = compileCues(detector.procedure_cues, draft.child);
  const timescales = compileCues(detector.timescale_cues, draft.child);
  const recommendations = draft.passages.filter((passage) => passage.kind === 'recommendation');
  const scored = recommendations.map((passage) => {
    const lead = leadSentence(passage.text, passage.sentences);
    // Where tagging read the same sentence for the passage's ask, its parts are those: not parsed again.
    const parts = passage.ask?.sentence === lead ? passage.ask.parts : readRecommendation(lead);
    const addressee = parts.addressee !== null && addressees.match(parts.addressee) !== null ? parts.addressee : null;
    const outcomeMarks = outcomes.match(passage.text);
    const timeMarks = [...(timescales.match(passage.text) ?? []), ...readDates(passage.text)];
    const lacks = [
      addressee ? null : 'an addressee (the Board, the Partnership, a named agency or all agencies)',
      outcomeMarks ? null : procedures.match(passage.text) ? 'an outcome in practice (it asks only for a procedure or policy to change)' : 'an outcome in practice',
      timeMarks.length > 0 ? null : 'a timescale or review date',
    ].filter((lack): lack is string => lack !== null);
    const cited = draft.cite(passage, [...(outcomeMarks ?? []), ...timeMarks]);
    const score: RecommendationScore = {
      citation: cited.citation,
      text: passage.text,
      marks: cited.marks,
      addressee,
      strength: parts.strength,
      ask: parts.verb ? [parts.verb, parts.object].filter(Boolean).join(' ') : null,
      outcome: outcomeMarks !== null,
      timescale: timeMarks.length > 0,
      score: 3 - lacks.length,
      lacks,
    };
    return { score, cited };
  });
  const complete = scored.filter(({ score }) => score.score === 3).length;
  const share = recommendations.length === 0 ? 0 : complete / recommendations.length;
  return {
    verdict: recommendations.length > 0 && share >= detector.met_share ? 'met' : complete > 0 ? 'partly' : 'not found',
    finding:
      recommendations.length === 0
        ? 'No recommendations were found (they are recognised under a "Recommendations" heading, or by "should" and "must").'
        : `${complete} of ${recommendations.length} recommendation${recommendations.length === 1 ? '' : 's'} name${recommendations.length === 1 ? 's' : ''} an addressee, an outcome in practice and a timescale.`,
    evidence: scored.map(({ cited }) => cited),
    measures: { kind: 'recommendations', recommendations: scored.map(({ score }) => score), complete },
  };
}
