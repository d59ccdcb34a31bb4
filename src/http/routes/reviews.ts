import express from 'express';
import { listReviews, reviewListRequest } from '../../search/review-list.js';
import { reviewProfiles } from '../../search/review-profiles.js';
import { readReview } from '../../search/review-reading.js';
import { reviewPageQueries } from '../../store/review-page-queries.js';
import { pageAndJson } from '../page-and-json.js';
import { oneParam } from '../query-params.js';
import type { RouteDeps } from '../route-deps.js';
import { renderReviewPage, renderReviewsPage } from '../views/review-pages.js';

const LIST_PARAMS = ['q', 'theme', 'board', 'year_from', 'year_to', 'sort', 'order', 'page', 'limit'] as const;

/** GET /reviews (sortable, filterable list) and /reviews/:id (one review to read), with JSON twins. */
export function reviewRoutes(deps: RouteDeps): express.Router {
  const router = express.Router();
  const queries = reviewPageQueries(deps.db);
  pageAndJson(
    router,
    '/reviews',
    (req) => {
      const request = reviewListRequest(Object.fromEntries(LIST_PARAMS.map((name) => [name, oneParam(req, name)])));
      return listReviews(queries.all(), reviewProfiles(deps.engine.index()), request);
    },
    (data, context) => renderReviewsPage(data, context, deps.themes),
  );
  pageAndJson(
    router,
    '/reviews/:id',
    (req) => readReview(queries, Number(req.params.id)),
    (data, context) => renderReviewPage(data, context, deps.themes),
  );
  return router;
}
