import type { Request } from 'express';
import { searchRequest, type SearchRequest } from '../search/search-request.js';
import { CATALOGUE_FIELDS } from '../model/review.js';
import type { CatalogueField } from '../search/catalogue-filter.js';
import { manyParams, oneParam } from './query-params.js';

/** The search a URL describes: `?q=&theme=&theme=&theme_mode=all|any|none&kind=&source=&year_from=&year_to=&board=&ocr=only|exclude&review=&review=&review_type=&area=&region=&age_band=&sex=&harm=&page=&limit=&raw=1`. */
export function searchFromQuery(req: Request): SearchRequest {
  return searchRequest({
    q: oneParam(req, 'q'),
    raw: oneParam(req, 'raw'),
    theme: manyParams(req, 'theme'),
    themeMode: oneParam(req, 'theme_mode'),
    kind: oneParam(req, 'kind'),
    source: oneParam(req, 'source'),
    year: oneParam(req, 'year'),
    yearFrom: oneParam(req, 'year_from'),
    yearTo: oneParam(req, 'year_to'),
    board: oneParam(req, 'board'),
    ocr: oneParam(req, 'ocr'),
    review: manyParams(req, 'review'),
    catalogue: catalogueParams(req),
    page: oneParam(req, 'page'),
    limit: oneParam(req, 'limit'),
  });
}

/** The catalogue filters of a URL, each repeatable: `review_type=SCR&review_type=DHR&area=Eastvale`. */
export function catalogueParams(req: Request): Record<CatalogueField, string[]> {
  return Object.fromEntries(CATALOGUE_FIELDS.map((field) => [field, manyParams(req, field)])) as Record<CatalogueField, string[]>;
}
