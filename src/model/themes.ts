/**
 * The 21 theme ids of ../shared/themes.md: the contract shared by lexicons, the store, the API,
 * exports and the evaluation. Lexicon files must use exactly these ids.
 */
export const THEME_IDS = [
  'face_value',
  'professional_drift',
  'child_not_seen',
  'multi_agency',
  'disguised_compliance',
  'rule_of_optimism',
  'hidden_men',
  'management_oversight',
  'lack_of_challenge',
  'risk_assessment',
  'parental_risk_factors',
  'neglect',
  'signs_of_abuse',
  'recording',
  'procedures',
  'diversity',
  'health_coordination',
  'pre_birth',
  'adolescents',
  'thresholds',
  'service_gaps',
] as const;

export type ThemeId = (typeof THEME_IDS)[number];

const themeSet: ReadonlySet<string> = new Set(THEME_IDS);

/** isThemeId('face_value') === true; isThemeId('drift') === false */
export function isThemeId(value: string): value is ThemeId {
  return themeSet.has(value);
}

/** The kinds of passage of themes.md: what happened, what should happen, and everything else. */
export const PASSAGE_KINDS = ['finding', 'recommendation', 'narrative'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

export function isPassageKind(value: string): value is PassageKind {
  return (PASSAGE_KINDS as readonly string[]).includes(value);
}
