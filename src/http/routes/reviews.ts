import express from 'express';
import { listReviews, reviewListEcho, reviewListRequest } from '../../search/review-list.js';
import { reviewProfiles } from '../../search/review-profiles.js';
import { readReview } from '../../search/review-reading.js';
import { pageAndJson } from '../page-and-json.js';
import { pdfSource, reviewIdParam, servePdf } from '../review-pdf.js';
import { manyParams, oneParam } from '../query-params.js';
import type { RouteDeps } from '../route-deps.js';
import { catalogueParams } from '../search-input.js';
import type { recommendationGroups } from './recommendations.js';
import { renderReviewPage, renderReviewsPage } from '../views/review-pages.js';

const LIST_PARAMS = ['q', 'board', 'year_from', 'year_to', 'sort', 'order', 'page', 'limit'] as const;

/** GET /reviews (sortable, filterable list) and /reviews/:id (one review to read), with JSON twins, and /reviews/:id/pdf (its source PDF). */
export function reviewRoutes(deps: RouteDeps, groups: ReturnType<typeof recommendationGroups>): express.Router {
  const router = express.Router();
  const queries = deps.store.reviewPages;
  pageAndJson(
    router,
    '/reviews',
    (req) => {
      const request = reviewListRequest({ ...Object.fromEntries(LIST_PARAMS.map((name) => [name, oneParam(req, name)])), theme: manyParams(req, 'theme'), catalogue: catalogueParams(req) });
      return listReviews(queries.all(), reviewProfiles(deps.engine.index()), request);
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
      const reading = readReview(queries, id, deps.engine.index());
      // Each recommendation links to the recommendations of other reviews that make its ask.
      return { ...reading, pdf: pdfSource(id, queries.file(id) ?? ''), passages: reading.passages.map((passage) => (passage.kind === 'recommendation' ? { ...passage, ask_group: groups.lineOf(passage.id) ?? null } : passage)) };
    },
    (data, context) => renderReviewPage(data, context, deps.themes),
  );
  return router;
}
