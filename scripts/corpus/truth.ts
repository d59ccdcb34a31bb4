import type { PassageKind, ThemeId } from '../../src/themes.js';
import type { Rendered } from './render-pdfkit.js';
import { paragraphsOf, type ReportMeta, type ReportModel } from './report-model.js';
import type { ReviewFacts } from './review-types.js';

export type Generator = 'pdfkit' | 'libreoffice';

export interface TruthParagraph {
  number: string;
  page: number;
  section: string;
  kind: PassageKind;
  themes: ThemeId[];
  /** Present on hard negatives: themes whose words the paragraph uses to deny the failure. */
  negated?: ThemeId[];
  text: string;
}

/** The contract of corpus/NAME.truth.json, read by the parser's tests. */
export interface Truth {
  file: string;
  generator: Generator;
  seed: number;
  pages: number;
  meta: ReportMeta;
  /** What the review is (type, area, child, harm) and how it fares on issue 15's quality criteria. */
  review: TruthReview;
  running: string[];
  paragraphs: TruthParagraph[];
}

export type TruthReview = Pick<ReviewFacts,
  'type' | 'document' | 'area' | 'region' | 'ageBand' | 'age' | 'sex' | 'harm' | 'quality' | 'months' | 'periodStart' | 'incident' | 'commissioned' | 'completed' | 'published'>;

export function buildTruth(model: ReportModel, file: string, generator: Generator, rendered: Rendered): Truth {
  return {
    file,
    generator,
    seed: model.seed,
    pages: rendered.pages,
    meta: model.meta,
    review: truthReview(model.facts),
    running: runningTexts(model),
    paragraphs: paragraphsOf(model).map((paragraph) => {
      const page = rendered.paragraphPages.get(paragraph.number);
      if (page === undefined) throw new Error(`buildTruth: no page for paragraph ${paragraph.number} of ${file}`);
      return {
        number: paragraph.number,
        page,
        section: paragraph.section,
        kind: paragraph.kind,
        themes: paragraph.themes,
        ...(paragraph.negated.length > 0 ? { negated: paragraph.negated } : {}),
        text: paragraph.text,
      };
    }),
  };
}

/** The fixed texts of running headers and footers, without page numbers. */
export function runningTexts(model: ReportModel): string[] {
  return [...model.style.header, ...(model.style.footerText ? [model.style.footerText] : [])];
}

function truthReview(facts: ReviewFacts): TruthReview {
  const { type, document, area, region, ageBand, age, sex, harm, quality, months, periodStart, incident, commissioned, completed, published } = facts;
  return { type, document, area, region, ageBand, age, sex, harm, quality, months, periodStart, incident, commissioned, completed, published };
}
