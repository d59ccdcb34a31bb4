import { InputError } from '../errors.js';
import { isPassageKind, isThemeId, THEME_IDS, type PassageKind, type ThemeId } from '../model/themes.js';
import { catalogueFilter, type CatalogueFilter } from './catalogue-filter.js';
import type { FilterSource, OcrFilter } from './passage-index.js';

/** A validated search: what the CLI flags and the API's query string both become. */
export interface SearchRequest {
  q: string;
  /** Pass `q` to FTS5 as written (explicit opt-in for researchers who know its syntax). */
  raw: boolean;
  themes: ThemeId[];
  /** How `themes` combine: passages carrying all of them (the default), any of them, or none. */
  themeMode: ThemeMode;
  kind: PassageKind | null;
  /** Only passages whose themes (those of `themes`, or any) were tagged by this layer, or (human) confirmed or added by a coder. */
  source: FilterSource | null;
  yearFrom: number | null;
  yearTo: number | null;
  board: string | null;
  /** Passages read by OCR only, or none of them; null keeps both. */
  ocr: OcrFilter | null;
  /** Only passages of these reviews (by id); empty keeps every review. */
  reviews: number[];
  /** Only passages of reviews with these catalogue values (type, area, region, age band, sex, harm). */
  catalogue: CatalogueFilter;
  page: number;
  limit: number;
}

export const THEME_MODES = ['all', 'any', 'none'] as const;
export type ThemeMode = (typeof THEME_MODES)[number];

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

export interface SearchInput {
  q?: string | undefined;
  raw?: boolean | string | undefined;
  theme?: string | string[] | undefined;
  themeMode?: string | undefined;
  kind?: string | undefined;
  source?: string | undefined;
  year?: string | undefined;
  yearFrom?: string | number | undefined;
  yearTo?: string | number | undefined;
  board?: string | undefined;
  ocr?: string | undefined;
  review?: string | number | Array<string | number> | undefined;
  catalogue?: Parameters<typeof catalogueFilter>[0];
  page?: string | number | undefined;
  limit?: string | number | undefined;
}

/**
 * Validates loose input (CLI flags or URL parameters) into a SearchRequest, or throws InputError
 * naming the bad value and what is allowed.
 * searchRequest({ q: 'drift', year: '2010-2015' }).yearFrom === 2010
 */
export function searchRequest(input: SearchInput): SearchRequest {
  const themes = [input.theme ?? []].flat().flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  for (const theme of themes) {
    if (!isThemeId(theme)) throw new InputError(`unknown theme "${theme}". Known themes: ${THEME_IDS.join(', ')}.`, 'unknown_theme');
  }
  const themeMode = input.themeMode?.trim() || 'all';
  if (!(THEME_MODES as readonly string[]).includes(themeMode)) throw new InputError(`bad theme_mode "${themeMode}": use all (passages with every theme given), any (with at least one) or none (with none of them).`, 'bad_theme_mode');
  const kind = input.kind?.trim() || null;
  if (kind !== null && !isPassageKind(kind)) throw new InputError(`unknown kind "${kind}": use finding, recommendation or narrative.`, 'bad_kind');
  const source = input.source?.trim() || null;
  if (source !== null && source !== 'pattern' && source !== 'model' && source !== 'human') {
    throw new InputError(`unknown source "${source}": use pattern (lexicon patterns) or model (the learned layer), or human (confirmed or added by a coder).`, 'bad_source');
  }
  const [yearFrom, yearTo] = input.year ? yearRange(input.year) : [optionalYear(input.yearFrom, 'year_from'), optionalYear(input.yearTo, 'year_to')];
  const ocr = input.ocr?.trim() || null;
  if (ocr !== null && ocr !== 'only' && ocr !== 'exclude') throw new InputError(`bad ocr "${ocr}": use only (passages read by OCR from scanned pages) or exclude.`, 'bad_ocr');
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) throw new InputError(`the year range ${yearFrom}-${yearTo} is backwards: put the earlier year first.`, 'bad_year');
  return {
    q: (input.q ?? '').trim(),
    raw: input.raw === true || input.raw === '1' || input.raw === 'true',
    themes: [...new Set(themes)] as ThemeId[],
    themeMode: themeMode as ThemeMode,
    kind: kind as PassageKind | null,
    source,
    yearFrom,
    yearTo,
    board: input.board?.trim() || null,
    ocr: ocr as OcrFilter | null,
    reviews: reviewIds(input.review),
    catalogue: catalogueFilter(input.catalogue ?? {}),
    page: wholeNumber(input.page, 'page', 1, 1, 10_000),
    limit: wholeNumber(input.limit, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT),
  };
}

/** `review=5&review=9` or `review=5,9` -> [5, 9]. */
/** A search as its JSON answers echo it: every name snake_case, as in the URL. */
export function searchEcho(request: SearchRequest) {
  const { themeMode, yearFrom, yearTo, ...rest } = request;
  return { ...rest, theme_mode: themeMode, year_from: yearFrom, year_to: yearTo };
}

function reviewIds(input: SearchInput['review']): number[] {
  const values = [input ?? []].flat().flatMap((value) => String(value).split(',')).map((value) => value.trim()).filter(Boolean);
  return [...new Set(values.map((value) => wholeNumber(value, 'review', 0, 1, Number.MAX_SAFE_INTEGER)))];
}

function yearRange(text: string): [number, number] {
  const match = /^\s*(\d{4})\s*(?:-|–|\.\.)?\s*(\d{4})?\s*$/.exec(text);
  if (!match) throw new InputError(`bad year "${text}": write one year (2012) or a range (2010-2015).`, 'bad_year');
  const from = Number(match[1]);
  return [from, match[2] ? Number(match[2]) : from];
}

export function optionalYear(value: string | number | undefined, name: string): number | null {
  if (value === undefined || value === '') return null;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new InputError(`bad ${name} "${value}": expected a four-digit year.`, 'bad_year');
  return year;
}

export function wholeNumber(value: string | number | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) throw new InputError(`bad ${name} "${value}": expected a whole number from ${min} to ${max}.`, 'bad_paging');
  return number;
}
