import { THEME_IDS, type ThemeId } from '../../src/themes.js';
import type { Random } from './random.js';
import type { AgeGroup } from './vocabulary.js';

/**
 * Review types: serious case reviews until the 2018 reforms took effect in 2019; local and
 * national child safeguarding practice reviews and rapid review summaries after; and, for the
 * review-type facet, a domestic homicide review and a safeguarding adults review.
 */
export type ReviewType = 'SCR' | 'LCSPR' | 'CSPR' | 'rapid review' | 'DHR' | 'SAR';

/** An overview report, or the two-to-four-page learning brief a board publishes beside one. */
export type DocumentKind = 'overview' | 'brief';

export const REVIEW_NAMES: Record<ReviewType, string> = {
  SCR: 'Serious Case Review',
  LCSPR: 'Local Child Safeguarding Practice Review',
  CSPR: 'Child Safeguarding Practice Review',
  'rapid review': 'Rapid Review Summary',
  DHR: 'Domestic Homicide Review',
  SAR: 'Safeguarding Adults Review',
};

/** The body that publishes each type, and the cover sheet's label for it. */
export function boardFor(area: string, type: ReviewType, year: number): { full: string; short: string; label: 'LSCB' | 'Partnership' | 'Board' } {
  if (type === 'DHR') return { full: `${area} Community Safety Partnership`, short: `${area} CSP`, label: 'Partnership' };
  if (type === 'SAR') return { full: `${area} Safeguarding Adults Board`, short: `${area} SAB`, label: 'Board' };
  return year >= 2019
    ? { full: `${area} Safeguarding Children Partnership`, short: `${area} SCP`, label: 'Partnership' }
    : { full: `${area} Local Safeguarding Children Board`, short: `${area} LSCB`, label: 'LSCB' };
}

/** Issue 15's criteria for judging a review as a review: each met, partly met or not found. */
export const QUALITY_CRITERIA = [
  'child_at_centre', 'family_involvement', 'why_not_only_what', 'diversity', 'independence',
  'timeliness', 'actionable_recommendations', 'action_plan', 'terms_of_reference',
] as const;
export type QualityCriterion = (typeof QUALITY_CRITERIA)[number];
export type QualityLevel = 'met' | 'partly' | 'not';
export type QualityProfile = Record<QualityCriterion, QualityLevel>;

/**
 * Review quality rose over the years (Ofsted judged 40% of SCRs inadequate in 2007-08 and 16% by
 * 2009-10), so the chance that a criterion is met grows with the year.
 */
export function drawQuality(random: Random, year: number): QualityProfile {
  const met = Math.min(0.9, 0.3 + 0.035 * (year - 2008));
  const profile = {} as QualityProfile;
  for (const criterion of QUALITY_CRITERIA) {
    const roll = random.next();
    profile[criterion] = roll < met ? 'met' : roll < met + 0.25 ? 'partly' : 'not';
  }
  return profile;
}

/** What the truth file records about a review beyond the metadata the ingest reads. */
export interface ReviewFacts {
  type: ReviewType;
  document: DocumentKind;
  area: string;
  region: string;
  ageBand: 'under 1' | '1-4' | '5-9' | '10-15' | '16-17' | 'adult';
  /** As the report states it: "seven months", "14 years". */
  age: string;
  sex: 'male' | 'female';
  harm: 'death' | 'serious harm';
  quality: QualityProfile;
  /** Months from commissioning to completion. */
  months: number;
  year: number;
  author: string;
  chair: string;
  typeName: string;
  typeArticle: 'a' | 'an';
  incident: string;
  commissioned: string;
  commissionGap: string;
  completed: string;
  published: string;
  periodStart: string;
  learningEvent: string;
  delayReason?: string;
  heritage: string;
  language: string;
}

/**
 * Approximate shares of reviews in which each theme is a finding, among the reviews where it can
 * occur (pre-birth only for babies, adolescents only for teenagers). They are our reading of the
 * triennial analyses of serious case reviews and the national Panel's annual reports, rounded; see
 * corpus/README.md.
 */
export const THEME_SHARES: Record<ThemeId, number> = {
  multi_agency: 0.85, risk_assessment: 0.62, parental_risk_factors: 0.55, child_not_seen: 0.5, adolescents: 0.7,
  face_value: 0.42, management_oversight: 0.36, pre_birth: 0.45, thresholds: 0.33, recording: 0.3, hidden_men: 0.3,
  lack_of_challenge: 0.27, professional_drift: 0.25, disguised_compliance: 0.24, neglect: 0.22, health_coordination: 0.2,
  rule_of_optimism: 0.18, signs_of_abuse: 0.26, procedures: 0.2, diversity: 0.16, service_gaps: 0.14,
};

/** Whether a theme can be a finding of this review: child-only themes stay out of adult reviews. */
export function themeFits(theme: ThemeId, type: ReviewType, ageGroup: AgeGroup): boolean {
  if (theme === 'pre_birth') return ageGroup === 'infant' && type !== 'DHR' && type !== 'SAR';
  if (theme === 'adolescents') return ageGroup === 'adolescent' && type !== 'SAR';
  if (type === 'DHR' || type === 'SAR') return !['hidden_men', 'neglect', 'signs_of_abuse', 'health_coordination'].includes(theme);
  return true;
}

/** Themes drawn one by one with their shares; at least three, as every review finds something. */
export function drawThemes(random: Random, type: ReviewType, ageGroup: AgeGroup): ThemeId[] {
  const eligible = THEME_IDS.filter((theme) => themeFits(theme, type, ageGroup));
  const drawn = eligible.filter((theme) => random.chance(THEME_SHARES[theme]));
  const rest = eligible.filter((theme) => !drawn.includes(theme)).sort((a, b) => THEME_SHARES[b] - THEME_SHARES[a]);
  while (drawn.length < 3 && rest.length > 0) drawn.push(rest.shift() as ThemeId);
  return drawn;
}
