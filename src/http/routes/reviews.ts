import express from 'express';
import { listReviews, reviewListEcho, reviewListRequest } from '../../search/review-list.js';
import { reviewProfiles } from '../../search/review-profiles.js';
import { readReview } from '../../search/review-reading.js';
import type { PassageIndex } from '../../search/passage-index.js';
import type { ReviewInfo } from '../../store/review-page-queries.js';
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
  // The reviews' rows change only with the corpus, as the index does: read once per index.
  const rows = new WeakMap<PassageIndex, ReviewInfo[]>();
  const reviewsOf = (index: PassageIndex): ReviewInfo[] => {
    let known = rows.get(index);
    if (!known) {
      known = queries.all();
      rows.set(index, known);
    }
    return known;
  };
  pageAndJson(
    router,
    '/reviews',
    (req) => {
      const request = reviewListRequest({ ...Object.fromEntries(LIST_PARAMS.map((name) => [name, oneParam(req, name)])), theme: manyParams(req, 'theme'), catalogue: catalogueParams(req) });
      const index = deps.engine.index();
      return listReviews(reviewsOf(index), reviewProfiles(index), request);
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
