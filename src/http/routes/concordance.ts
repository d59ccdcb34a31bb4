import express from 'express';
import { concordance } from '../../search/concordance.js';
import { searchEcho } from '../../search/search-request.js';
import { pageAndJson } from '../page-and-json.js';
import type { RouteDeps } from '../route-deps.js';
import { searchFromQuery } from '../search-input.js';
import { renderConcordancePage } from '../views/concordance-page.js';

/** GET /concordance and /api/concordance: keyword-in-context lines for a word, phrase or theme. */
export function concordanceRoutes(deps: RouteDeps): express.Router {
  const router = express.Router();
  pageAndJson(router, '/concordance', (req) => concordance(deps.engine, searchFromQuery(req)), (data, context) => renderConcordancePage(data, context, deps.themes), {
    json: (data) => ({ ...data, query: searchEcho(data.query) }),
  });
  return router;
}
