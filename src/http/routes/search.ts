import express from 'express';
import { passagePath } from '../../search/citation.js';
import { catalogueFacets } from '../../search/catalogue-filter.js';
import { PerIndexCache } from '../../search/lru-cache.js';
import { themeHints, type ThemeHint } from '../../search/theme-hints.js';
import { DEFAULT_LIMIT, searchEcho, searchRequest, type SearchRequest } from '../../search/search-request.js';
import { pageAndJson } from '../page-and-json.js';
import type { RouteDeps } from '../route-deps.js';
import { searchFromQuery } from '../search-input.js';
import { renderSearchPage, type SearchPageData } from '../views/search-page.js';
import { searchHref } from '../views/search-url.js';

/** GET /search (and /) and GET /api/search: ranked, cited passages with facets. */
export function searchRoutes(deps: RouteDeps): express.Router {
  const router = express.Router();
  const hints = hintsPerIndex(deps);
  pageAndJson(
    router,
    '/search',
    (req) => searchPage(deps, searchFromQuery(req), hints),
    (data, context) => renderSearchPage(data, context, deps.themes),
    {
      aliases: ['/'],
      // The camelCase names of the echoed request came first and scripts read them: kept beside the snake_case ones.
      json: (data) => ({ ...data, query: { ...data.query, ...searchEcho(data.query) } }),
      renderInputError: (error, context) => {
        // Keep what the user typed in the form so they can correct it.
        const echo = searchRequest({ q: typeof context.req.query.q === 'string' ? context.req.query.q : '' });
        const empty: SearchPageData = { query: echo, results: [], total: 0, facets: { theme: {}, year: {}, board: {}, kind: {}, source: {}, ...catalogueFacets([]) }, page: 1, limit: echo.limit, pages: 0, exports: { csv: '', json: '', qdpx: '' }, theme_hints: [] };
        return renderSearchPage(empty, context, deps.themes, error.message);
      },
    },
  );
  return router;
}

async function searchPage(deps: RouteDeps, request: SearchRequest, hints: (request: SearchRequest) => ThemeHint[]): Promise<SearchPageData> {
  const response = await deps.engine.search(request);
  return {
    query: request,
    results: response.results.map((hit) => ({ ...hit, url: passagePath(hit) })),
    total: response.total,
    facets: response.facets,
    page: response.page,
    limit: response.limit,
    pages: Math.ceil(response.total / response.limit),
    exports: exportLinks(request),
    theme_hints: request.raw ? [] : hints(request),
  };
}

/** Theme hints by words and themes asked, kept while the index (and so each theme's count) stays the same: tagging the words costs more than the rest of a repeated search. */
function hintsPerIndex(deps: RouteDeps): (request: SearchRequest) => ThemeHint[] {
  const known = new PerIndexCache<ThemeHint[]>(HINTS_HELD);
  return (request) => {
    const index = deps.engine.index();
    return known.get(index, JSON.stringify([request.q, request.themes]), () => themeHints(request.q, deps.themes, (text) => deps.tagger.tag(text).themes, (theme) => index.byEvidenceWithTheme(theme).length, request.themes));
  };
}

const HINTS_HELD = 1000;

/** Exports take the whole result set, so paging is dropped from their URLs. */
function exportLinks(request: SearchRequest): SearchPageData['exports'] {
  const whole = { ...request, page: 1, limit: DEFAULT_LIMIT };
  return { csv: searchHref(whole, '/api/export.csv'), json: searchHref(whole, '/api/export.json'), qdpx: searchHref(whole, '/api/export.qdpx') };
}
