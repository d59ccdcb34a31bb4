import type { ThemeId } from '../../src/themes.js';
import type { ReportOptions } from './report-model.js';
import type { Generator } from './truth.js';

export interface CommittedReport {
  seed: number;
  generator: Generator;
  options: ReportOptions;
}

/**
 * The bundled corpus. Planted themes are chosen so that every theme appears in at least three
 * reports; sizes run from a short report of 8-10 pages to one over 60; three reports need a
 * sidecar for their metadata.
 */
export const COMMITTED: readonly CommittedReport[] = [
  report(101, 'pdfkit', 'Northmoor', 2009, 'child', 9, ['face_value', 'child_not_seen', 'multi_agency', 'recording', 'thresholds', 'neglect'], {
    style: { curlyQuotes: false, sectionsOnNewPage: false },
  }),
  report(102, 'pdfkit', 'Dunmarsh', 2011, 'infant', 14, ['pre_birth', 'hidden_men', 'signs_of_abuse', 'health_coordination', 'rule_of_optimism', 'parental_risk_factors'], { metadataGap: 'missing-author' }),
  report(103, 'libreoffice', 'Castlemere', 2012, 'adolescent', 18, ['adolescents', 'lack_of_challenge', 'service_gaps', 'thresholds', 'child_not_seen', 'procedures', 'diversity'], {
    style: { font: 'Liberation Serif', ligatures: true, numberLayout: 'hanging', justify: true },
  }),
  report(104, 'pdfkit', 'Fernleigh', 2013, 'infant', 22, ['disguised_compliance', 'professional_drift', 'management_oversight', 'neglect', 'pre_birth', 'recording'], { numbering: 3 }),
  report(105, 'libreoffice', 'Eastvale', 2014, 'child', 26, ['risk_assessment', 'parental_risk_factors', 'face_value', 'hidden_men', 'multi_agency', 'signs_of_abuse', 'service_gaps'], { metadataGap: 'wrong-year' }),
  report(106, 'pdfkit', 'Brackenshire', 2015, 'adolescent', 30, ['adolescents', 'multi_agency', 'procedures', 'risk_assessment', 'management_oversight', 'diversity', 'disguised_compliance']),
  report(107, 'pdfkit', 'Harrowfield', 2016, 'child', 16, ['rule_of_optimism', 'lack_of_challenge', 'professional_drift', 'health_coordination', 'thresholds', 'child_not_seen'], { metadataGap: 'short-board' }),
  report(108, 'pdfkit', 'Ravensholme', 2017, 'child', 100, ['face_value', 'professional_drift', 'child_not_seen', 'multi_agency', 'disguised_compliance', 'hidden_men', 'management_oversight', 'risk_assessment', 'neglect', 'recording']),
  report(109, 'libreoffice', 'Northmoor', 2019, 'infant', 12, ['pre_birth', 'health_coordination', 'parental_risk_factors', 'signs_of_abuse', 'service_gaps', 'diversity'], {
    numbering: 3, style: { ligatures: true, curlyQuotes: false },
  }),
  report(110, 'pdfkit', 'Eastvale', 2020, 'adolescent', 20, ['adolescents', 'rule_of_optimism', 'lack_of_challenge', 'procedures', 'recording', 'face_value'], { style: { curlyQuotes: false } }),
  report(111, 'libreoffice', 'Wexcombe', 2022, 'infant', 24, ['pre_birth', 'signs_of_abuse', 'disguised_compliance', 'hidden_men', 'management_oversight', 'risk_assessment'], {
    coverSheet: false, style: { numberLayout: 'hanging', footer: 'page-of' },
  }),
  report(112, 'pdfkit', 'Saltmere', 2024, 'child', 34, ['neglect', 'thresholds', 'health_coordination', 'parental_risk_factors', 'professional_drift', 'service_gaps', 'lack_of_challenge', 'diversity', 'procedures'], { coverSheet: true, style: { footer: 'page-of' } }),
];

function report(
  seed: number,
  generator: Generator,
  area: string,
  year: number,
  ageGroup: NonNullable<ReportOptions['ageGroup']>,
  targetPages: number,
  plantThemes: ThemeId[],
  extra: ReportOptions = {},
): CommittedReport {
  return { seed, generator, options: { area, year, ageGroup, targetPages, plantThemes, ...extra } };
}
