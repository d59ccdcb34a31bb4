import type { ThemeId } from '../../model/themes.js';

/**
 * Each theme's colour in a REFI-QDA codebook (NVivo, MAXQDA and ATLAS.ti paint coding stripes with
 * it): 21 colours far enough apart to tell the stripes of one passage from each other.
 */
export const THEME_COLOURS: Record<ThemeId, string> = {
  face_value: '#E6194B',
  professional_drift: '#3CB44B',
  child_not_seen: '#4363D8',
  multi_agency: '#F58231',
  disguised_compliance: '#911EB4',
  rule_of_optimism: '#FFE119',
  hidden_men: '#42D4F4',
  management_oversight: '#F032E6',
  lack_of_challenge: '#BFEF45',
  risk_assessment: '#800000',
  parental_risk_factors: '#469990',
  neglect: '#9A6324',
  signs_of_abuse: '#000075',
  recording: '#808000',
  procedures: '#FABED4',
  diversity: '#DCBEFF',
  health_coordination: '#AAFFC3',
  pre_birth: '#FFD8B1',
  adolescents: '#A9A9A9',
  thresholds: '#FFFAC8',
  service_gaps: '#000000',
};
