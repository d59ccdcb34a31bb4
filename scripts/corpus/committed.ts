import type { ReportOptions } from './report-model.js';
import type { ReviewType } from './review-types.js';
import type { Generator } from './truth.js';
import type { AgeGroup } from './vocabulary.js';

export interface CommittedReport {
  seed: number;
  generator: Generator;
  options: ReportOptions;
}

/**
 * The bundled corpus: 30 reviews from 2008 to 2025 and twelve areas, several a year from 2019,
 * some areas with an LSCB report and a later partnership one. Themes are drawn per report at the
 * published shares (review-types.ts); sizes run from a four-page learning brief to a 60-page
 * overview; three reports need a sidecar for their metadata, and five are laid out by LibreOffice.
 */
export const COMMITTED: readonly CommittedReport[] = [
  report(101, 'pdfkit', 'Northmoor', 2008, 'SCR', 'child', 12, { style: { curlyQuotes: false, sectionsOnNewPage: false } }),
  report(102, 'pdfkit', 'Kelmscombe', 2009, 'SCR', 'infant', 16, { metadataGap: 'missing-author' }),
  report(103, 'libreoffice', 'Dunmarsh', 2009, 'SCR', 'adolescent', 14, { style: { font: 'Liberation Serif', ligatures: true, numberLayout: 'hanging', justify: true } }),
  report(104, 'pdfkit', 'Ashworth Vale', 2010, 'SCR', 'infant', 18, { numbering: 3 }),
  report(105, 'pdfkit', 'Castlemere', 2011, 'SCR', 'child', 22),
  report(106, 'libreoffice', 'Fernleigh', 2011, 'SCR', 'infant', 12, { numbering: 3, style: { ligatures: true, curlyQuotes: false } }),
  report(107, 'pdfkit', 'Eastvale', 2012, 'SCR', 'adolescent', 20, { metadataGap: 'wrong-year' }),
  report(108, 'pdfkit', 'Harrowfield', 2012, 'DHR', 'child', 24, { coverSheet: true }),
  report(109, 'pdfkit', 'Saltmere', 2013, 'SCR', 'infant', 16),
  report(110, 'libreoffice', 'Eastvale', 2014, 'SCR', 'child', 26),
  report(111, 'pdfkit', 'Brackenshire', 2014, 'SCR', 'adolescent', 18),
  report(112, 'pdfkit', 'Wexcombe', 2015, 'SCR', 'child', 30, { style: { footer: 'page-of' } }),
  report(113, 'pdfkit', 'Ravensholme', 2016, 'SCR', 'infant', 14, { metadataGap: 'short-board' }),
  report(114, 'pdfkit', 'Northmoor', 2016, 'SAR', 'adolescent', 20, { coverSheet: true }),
  report(115, 'pdfkit', 'Ravensholme', 2017, 'SCR', 'child', 60),
  report(116, 'libreoffice', 'Castlemere', 2018, 'SCR', 'infant', 16, { coverSheet: false, style: { numberLayout: 'hanging', footer: 'page-of' } }),
  report(117, 'pdfkit', 'Northmoor', 2019, 'LCSPR', 'infant', 18),
  report(118, 'pdfkit', 'Kelmscombe', 2019, 'rapid review', 'adolescent', 8),
  report(119, 'pdfkit', 'Eastvale', 2020, 'LCSPR', 'adolescent', 22, { style: { curlyQuotes: false } }),
  report(120, 'pdfkit', 'Dunmarsh', 2020, 'rapid review', 'infant', 8),
  report(121, 'pdfkit', 'Eastvale', 2021, 'LCSPR', 'child', 24),
  report(122, 'pdfkit', 'Eastvale', 2021, 'LCSPR', 'child', 4, { document: 'brief', coverSheet: false }),
  report(123, 'libreoffice', 'Ashworth Vale', 2021, 'CSPR', 'infant', 20),
  report(124, 'pdfkit', 'Wexcombe', 2022, 'LCSPR', 'infant', 24, { coverSheet: false, style: { numberLayout: 'hanging', footer: 'page-of' } }),
  report(125, 'pdfkit', 'Harrowfield', 2022, 'rapid review', 'child', 9),
  report(126, 'pdfkit', 'Fernleigh', 2023, 'LCSPR', 'adolescent', 20),
  report(127, 'pdfkit', 'Brackenshire', 2023, 'LCSPR', 'infant', 4, { document: 'brief', coverSheet: false }),
  report(128, 'pdfkit', 'Saltmere', 2024, 'LCSPR', 'child', 34, { coverSheet: true, style: { footer: 'page-of' } }),
  report(129, 'pdfkit', 'Castlemere', 2024, 'LCSPR', 'adolescent', 18),
  report(130, 'pdfkit', 'Northmoor', 2025, 'LCSPR', 'child', 16),
];

function report(
  seed: number,
  generator: Generator,
  area: string,
  year: number,
  reviewType: ReviewType,
  ageGroup: AgeGroup,
  targetPages: number,
  extra: ReportOptions = {},
): CommittedReport {
  return { seed, generator, options: { area, year, reviewType, ageGroup, targetPages, ...extra } };
}
