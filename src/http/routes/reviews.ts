import express from 'express';
import { listReviews, reviewListEcho, reviewListRequest, type ReviewList } from '../../search/review-list.js';
import { reviewProfiles } from '../../search/review-profiles.js';
import { readReview, type ReviewReading } from '../../search/review-reading.js';
import { PerIndexCache } from '../../search/lru-cache.js';
import { pageAndJson } from '../page-and-json.js';
import { pdfSource, reviewIdParam, servePdf } from '../review-pdf.js';
import { manyParams, oneParam } from '../query-params.js';
import type { RouteDeps } from '../route-deps.js';
import { catalogueParams } from '../search-input.js';
import type { recommendationGroups } from './recommendations.js';
import { renderReviewPage, renderReviewsPage } from '../views/review-pages.js';

/** Review lists kept (a page of reviews each), and passages of review readings kept (some 1-2 KB each). */
const LISTS_HELD = 200;
const PASSAGES_HELD = 10_000;

const LIST_PARAMS = ['q', 'board', 'year_from', 'year_to', 'sort', 'order', 'page', 'limit'] as const;

/** GET /reviews (sortable, filterable list) and /reviews/:id (one review to read), with JSON twins, and /reviews/:id/pdf (its source PDF). */
export function reviewRoutes(deps: RouteDeps, groups: ReturnType<typeof recommendationGroups>): express.Router {
  const router = express.Router();
  const queries = deps.store.reviewPages;
  // Lists and readings change only with the corpus and its codes, as the index does: kept per index.
  const lists = new PerIndexCache<ReviewList>(LISTS_HELD);
  const readings = new PerIndexCache<ReviewReading>(PASSAGES_HELD, (reading) => reading.passages.length + 1);
  pageAndJson(
    router,
    '/reviews',
    (req) => {
      const request = reviewListRequest({ ...Object.fromEntries(LIST_PARAMS.map((name) => [name, oneParam(req, name)])), theme: manyParams(req, 'theme'), catalogue: catalogueParams(req) });
      const index = deps.engine.index();
      return lists.get(index, JSON.stringify(request), () => listReviews(queries.all(), reviewProfiles(index), request));
    },
    (data, context) => renderReviewsPage(data, context, deps.themes),
    { json: (data) => ({ ...data, query: reviewListEcho(data.query) }) },
  );
  router.get('/reviews/:id/pdf', servePdf(queries));
  pageAndJson(
    router,
    '/reviews/:id',
    (req) => {
      const id = reviewIdParam(req);
      const index = deps.engine.index();
      const reading = readings.get(index, String(id), () => readReview(queries, id, index));
      // Each recommendation links to the recommendations of other reviews that make its ask.
      return { ...reading, pdf: pdfSource(id, queries.file(id) ?? ''), passages: reading.passages.map((passage) => (passage.kind === 'recommendation' ? { ...passage, ask_group: groups.lineOf(passage.id) ?? null } : passage)) };
    },
    (data, context) => renderReviewPage(data, context, deps.themes),
  );
  return router;
}
