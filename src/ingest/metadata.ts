import { CATALOGUE_FIELDS, type Catalogue, type ReviewMeta } from '../model/review.js';

const COVER_FIELD = /^(title|lscb|board|partnership|safeguarding partnership|author|authors?|independent author|lead reviewer|date of publication|published|publication date|subject|child|year)\s*:\s*(.+)$/i;
const BOARD = /\b((?:[\p{Lu}][\p{L}'’-]*\s+){1,5}(?:Local Safeguarding Children(?:'s)? Board|Safeguarding Children(?:'s)? Partnership|Safeguarding Children(?:'s)? Board|Safeguarding Partnership|LSCB|LSCP))\b/u;
const SUBJECT = /\b(Child|Baby|Family|Sibling Group|Siblings|Young Person|Infant|Children)\s+([A-Z]{1,3}\d{0,2})\b/;
const REVIEW_TITLE = /(serious case review|safeguarding practice review|case review|overview report|learning review)/i;
const YEAR = /\b(20[0-3]\d|19[89]\d)\b/;

/** A sidecar's fields: the metadata, and the catalogue's (`review_type`, `area`, `region`, `age_band`, `sex`, `harm`). */
export type MetaOverrides = Partial<ReviewMeta> & Partial<Catalogue>;

/**
 * Reads a review's metadata from its first pages: the cover sheet's "Key: value" lines that
 * repository deposits carry, else what the title page says (its largest type is the title).
 * Fields it cannot find stay empty for a sidecar to complete.
 */
export function readMetadata(frontLines: string[], displayTitle = ''): ReviewMeta {
  const cover = readCoverSheet(frontLines);
  const text = frontLines.join('\n');
  const printed = REVIEW_TITLE.test(displayTitle) || SUBJECT.test(displayTitle) ? displayTitle : undefined;
  const title = cover.title ?? printed ?? frontLines.find((line) => REVIEW_TITLE.test(line) && line.length < 140)?.trim() ?? '';
  const board = cover.board ?? BOARD.exec(text)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
  const subjectMatch = SUBJECT.exec(cover.subject ?? '') ?? SUBJECT.exec(title) ?? SUBJECT.exec(text);
  const year = yearOf(cover.date) ?? yearOf(frontLines.find((line) => /published|publication|dated?\b/i.test(line))) ?? latestYear(text);
  return {
    title,
    board,
    subject: subjectMatch ? `${subjectMatch[1]} ${subjectMatch[2]}` : '',
    year,
    author: cover.author ?? authorFromTitlePage(frontLines) ?? '',
  };
}

interface CoverSheet {
  title?: string;
  board?: string;
  author?: string;
  date?: string;
  subject?: string;
}

function readCoverSheet(lines: string[]): CoverSheet {
  const cover: CoverSheet = {};
  for (const line of lines) {
    const match = COVER_FIELD.exec(line.trim());
    if (!match) continue;
    const [key, value] = [(match[1] ?? '').toLowerCase(), (match[2] ?? '').trim()];
    if (key === 'title') cover.title ??= value;
    else if (/lscb|board|partnership/.test(key)) cover.board ??= value;
    else if (/author|reviewer/.test(key)) cover.author ??= value;
    else if (/date|published|year/.test(key)) cover.date ??= value;
    else if (/subject|child/.test(key)) cover.subject ??= value;
  }
  return cover;
}

function authorFromTitlePage(lines: string[]): string | undefined {
  for (const line of lines) {
    const match = /^(?:independent\s+)?(?:author|reviewer|lead reviewer|written by|by)\s*[:\-–]?\s+(.+)$/i.exec(line.trim());
    if (match?.[1]) return match[1].trim();
  }
  return undefined;
}

function yearOf(text: string | undefined): number | null {
  const match = text ? YEAR.exec(text) : null;
  return match ? Number(match[1]) : null;
}

function latestYear(text: string): number | null {
  const years = [...text.matchAll(new RegExp(YEAR.source, 'g'))].map((match) => Number(match[1]));
  return years.length > 0 ? Math.max(...years) : null;
}

/**
 * Applies a sidecar's fields over what the PDF said; the sidecar wins where it has a value.
 * applyOverrides(meta, { year: 2016 }).year === 2016
 */
export function applyOverrides(meta: ReviewMeta, overrides: MetaOverrides | undefined): ReviewMeta {
  if (!overrides) return meta;
  const merged: ReviewMeta = { ...meta };
  for (const key of ['title', 'board', 'subject', 'author'] as const) {
    const value = overrides[key];
    if (typeof value === 'string' && value.trim() !== '') merged[key] = value.trim();
  }
  if (typeof overrides.year === 'number') merged.year = overrides.year;
  return merged;
}

/** Applies a sidecar's catalogue fields over what the report said; the sidecar wins where it has a value. */
export function applyCatalogueOverrides(catalogue: Catalogue, overrides: MetaOverrides | undefined): Catalogue {
  if (!overrides) return catalogue;
  const merged: Catalogue = { ...catalogue };
  for (const key of CATALOGUE_FIELDS) {
    const value = overrides[key];
    if (typeof value === 'string' && value.trim() !== '') Object.assign(merged, { [key]: value.trim() });
  }
  return merged;
}
