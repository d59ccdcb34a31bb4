import type { Catalogue } from '../model/review.js';
import type { SearchQueries } from '../store/search-queries.js';
import { catalogueFacets, hasCatalogueFilter, matchesCatalogue, type CatalogueFacets } from './catalogue-filter.js';
import type { PassageIndex } from './passage-index.js';
import type { SearchRequest } from './search-request.js';

/** An id no review has: a review list holding only it keeps no passage. */
const NO_REVIEW = -1;

/**
 * Which reviews a search keeps (by id, and by catalogue fields: type, area, region, age band, sex,
 * harm), and the catalogue facets of a result set. The reviews' catalogue fields are read once per
 * passage index, that is once per change of the corpus.
 */
export class ReviewScope {
  private readonly catalogues = new WeakMap<PassageIndex, Map<number, Catalogue>>();

  constructor(private readonly queries: Pick<SearchQueries, 'catalogue'>) {}

  /** The review ids a passage must belong to; empty keeps every review. */
  reviews(index: PassageIndex, request: SearchRequest): number[] {
    if (!hasCatalogueFilter(request.catalogue)) return request.reviews;
    const asked = request.reviews.length > 0 ? new Set(request.reviews) : null;
    const kept = [...this.catalogue(index)].filter(([id, review]) => (asked === null || asked.has(id)) && matchesCatalogue(review, request.catalogue)).map(([id]) => id);
    return kept.length > 0 ? kept : [NO_REVIEW];
  }

  /** Passages by catalogue value, from the number of passages of each review in the result set. */
  facets(index: PassageIndex, perReview: ReadonlyMap<number, number>): CatalogueFacets {
    const catalogue = this.catalogue(index);
    return catalogueFacets([...perReview].flatMap(([review, n]): Array<[Catalogue, number]> => {
      const fields = catalogue.get(review);
      return fields ? [[fields, n]] : [];
    }));
  }

  private catalogue(index: PassageIndex): Map<number, Catalogue> {
    let known = this.catalogues.get(index);
    if (!known) {
      known = this.queries.catalogue();
      this.catalogues.set(index, known);
    }
    return known;
  }
}
