import { InputError } from '../errors.js';
import type { ReviewInfo } from '../store/review-page-queries.js';
import { isThemeId, THEME_IDS, type ThemeId } from '../model/themes.js';
import { catalogueFacets, catalogueFilter, matchesCatalogue, type CatalogueFacets, type CatalogueFilter } from './catalogue-filter.js';
import type { ReviewProfile } from './review-profiles.js';
import { optionalYear, wholeNumber } from './search-request.js';

export const REVIEW_SORTS = ['year', 'title', 'board', 'pages', 'passages', 'findings'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

export interface ReviewListRequest {
  /** Words that must occur in the title, subject or board, any case. */
  q: string;
  /** Reviews carrying every one of these themes (in at least one passage each). */
  themes: ThemeId[];
  board: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  /** Reviews with these catalogue values (type, area, region, age band, sex, harm). */
  catalogue: CatalogueFilter;
  sort: ReviewSort;
  order: 'asc' | 'desc';
  page: number;
  limit: number;
}

export interface ReviewListItem extends ReviewInfo {
  passages: number;
  findings: number;
  themes: ThemeId[];
}

export interface ReviewList {
  query: ReviewListRequest;
  reviews: ReviewListItem[];
  total: number;
  /** Reviews by catalogue value, over every review that passes the filters. */
  facets: CatalogueFacets;
  page: number;
  limit: number;
  pages: number;
}

type Loose = Partial<Record<'q' | 'board' | 'year_from' | 'year_to' | 'sort' | 'order' | 'page' | 'limit', string>> & { theme?: string | string[]; catalogue?: Parameters<typeof catalogueFilter>[0] };

/** reviewListRequest({ sort: 'findings', order: 'desc' }).sort === 'findings' */
export function reviewListRequest(input: Loose): ReviewListRequest {
  const sort = input.sort || 'year';
  if (!(REVIEW_SORTS as readonly string[]).includes(sort)) throw new InputError(`bad sort "${sort}": use one of ${REVIEW_SORTS.join(', ')}.`, 'bad_sort');
  const order = input.order || (sort === 'title' || sort === 'board' ? 'asc' : 'desc');
  if (order !== 'asc' && order !== 'desc') throw new InputError(`bad order "${order}": use asc or desc.`, 'bad_sort');
  const themes = [input.theme ?? []].flat().map((theme) => theme.trim()).filter(Boolean);
  for (const theme of themes) if (!isThemeId(theme)) throw new InputError(`unknown theme "${theme}". Known themes: ${THEME_IDS.join(', ')}.`, 'unknown_theme');
  return {
    q: (input.q ?? '').trim(),
    themes: [...new Set(themes)] as ThemeId[],
    board: input.board?.trim() || null,
    yearFrom: optionalYear(input.year_from, 'year_from'),
    yearTo: optionalYear(input.year_to, 'year_to'),
    catalogue: catalogueFilter(input.catalogue ?? {}),
    sort: sort as ReviewSort,
    order,
    page: wholeNumber(input.page, 'page', 1, 1, 10_000),
    limit: wholeNumber(input.limit, 'limit', 50, 1, 500),
  };
}

/** A review list's request as its JSON answer echoes it: every name snake_case, as in the URL. */
export function reviewListEcho(request: ReviewListRequest) {
  const { yearFrom, yearTo, ...rest } = request;
  return { ...rest, year_from: yearFrom, year_to: yearTo };
}

/** The reviews that pass the filters, sorted, one page of them, each with its size and themes. */
export function listReviews(reviews: readonly ReviewInfo[], profiles: ReadonlyMap<number, ReviewProfile>, request: ReviewListRequest): ReviewList {
  const words = request.q.toLowerCase().split(/\s+/).filter(Boolean);
  const board = request.board?.toLowerCase() ?? null;
  const items = reviews
    .map((review): ReviewListItem => {
      const profile = profiles.get(review.id);
      const mask = profile?.themeMask ?? 0;
      return { ...review, passages: profile?.passages ?? 0, findings: profile?.findings ?? 0, themes: THEME_IDS.filter((_, at) => (mask & (1 << at)) !== 0) };
    })
    .filter((item) => {
      const text = `${item.title} ${item.subject} ${item.board}`.toLowerCase();
      if (!words.every((word) => text.includes(word))) return false;
      if (board !== null && !item.board.toLowerCase().includes(board)) return false;
      if (request.yearFrom !== null && (item.year ?? 0) < request.yearFrom) return false;
      if (request.yearTo !== null && (item.year ?? 9999) > request.yearTo) return false;
      return request.themes.every((theme) => item.themes.includes(theme)) && matchesCatalogue(item, request.catalogue);
    });
  const direction = request.order === 'asc' ? 1 : -1;
  const key = request.sort;
  items.sort((a, b) => direction * compare(a[key], b[key]) || collator.compare(a.title, b.title) || a.id - b.id);
  const from = (request.page - 1) * request.limit;
  return { query: request, reviews: items.slice(from, from + request.limit), total: items.length, facets: catalogueFacets(items.map((item) => [item, 1])), page: request.page, limit: request.limit, pages: Math.ceil(items.length / request.limit) };
}

/** localeCompare's order (the default locale's), without building a collator on every call: 30 times faster. */
const collator = new Intl.Collator();

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
}
