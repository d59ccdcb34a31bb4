import { CATALOGUE_FIELDS } from '../../model/review.js';
import { DEFAULT_LIMIT, type SearchRequest } from '../../search/search-request.js';

/** The URL of a search: only what differs from the defaults, so links stay short and shareable. */
export function searchHref(request: SearchRequest, base = '/search'): string {
  const params = new URLSearchParams();
  if (request.q) params.set('q', request.q);
  if (request.raw) params.set('raw', '1');
  for (const theme of request.themes) params.append('theme', theme);
  if (request.themeMode !== 'all' && request.themes.length > 0) params.set('theme_mode', request.themeMode);
  if (request.kind) params.set('kind', request.kind);
  if (request.source) params.set('source', request.source);
  if (request.yearFrom !== null) params.set('year_from', String(request.yearFrom));
  if (request.yearTo !== null) params.set('year_to', String(request.yearTo));
  if (request.board) params.set('board', request.board);
  if (request.ocr) params.set('ocr', request.ocr);
  for (const review of request.reviews) params.append('review', String(review));
  for (const field of CATALOGUE_FIELDS) for (const value of request.catalogue[field]) params.append(field, value);
  if (request.page !== 1) params.set('page', String(request.page));
  if (request.limit !== DEFAULT_LIMIT) params.set('limit', String(request.limit));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** The same search with some fields changed; any change of filter goes back to page 1. */
export function refine(request: SearchRequest, change: Partial<SearchRequest>): SearchRequest {
  return { ...request, page: 1, ...change };
}
