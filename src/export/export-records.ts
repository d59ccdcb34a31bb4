import { THEME_IDS } from '../model/themes.js';
import { citationText, passagePath } from '../search/citation.js';
import type { SearchHit } from '../search/search.js';

/**
 * The columns of a search export, one row per passage: the citation first, then the text, its
 * themes (as a list and as one 0/1 column per theme, for R and NVivo), its evidence, and the
 * themes the learned model tagged with their scores (the others are the patterns').
 */
export const EXPORT_COLUMNS = [
  'passage_id',
  'review_id',
  'review_title',
  'board',
  'year',
  'page',
  'paragraph',
  'section',
  'kind',
  'citation',
  'url',
  'text',
  'themes',
  'evidence',
  'model_themes',
  ...THEME_IDS,
] as const;

export type ExportRecord = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

/**
 * The passage's link, absolute so that it opens from a spreadsheet cell.
 * passageUrl(hit, 'http://127.0.0.1:4000') === 'http://127.0.0.1:4000/reviews/3#p-4.12'
 */
export function passageUrl(hit: Pick<SearchHit, 'id' | 'review' | 'paragraph'>, baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${passagePath(hit)}`;
}

/** exportRecord(hit, base).citation === 'Serious Case Review: Child S, Northmoor LSCB, 2013, p. 12, para 4.12, Analysis' */
export function exportRecord(hit: SearchHit, baseUrl: string): ExportRecord {
  const themes = new Set<string>(hit.themes);
  const record: Record<string, string | number | null> = {
    passage_id: hit.id,
    review_id: hit.review.id,
    review_title: hit.review.title,
    board: hit.review.board,
    year: hit.review.year,
    page: hit.page,
    paragraph: hit.paragraph,
    section: hit.section,
    kind: hit.kind,
    citation: citationText(hit),
    url: passageUrl(hit, baseUrl),
    text: hit.text,
    themes: hit.themes.join('; '),
    evidence: hit.evidence.map((span) => `${span.theme}: ${span.text}`).join(' | '),
    model_themes: hit.evidence.filter((span) => span.source === 'model').map((span) => `${span.theme} ${(span.score ?? 0).toFixed(2)}`).join('; '),
  };
  for (const theme of THEME_IDS) record[theme] = themes.has(theme) ? 1 : 0;
  return record as ExportRecord;
}
