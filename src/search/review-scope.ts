import { CATALOGUE_FIELDS, type Catalogue } from '../model/review.js';
import type { SearchQueries } from '../store/search-queries.js';
import { hasCatalogueFilter, matchesCatalogue, UNKNOWN_VALUE, type CatalogueFacets } from './catalogue-filter.js';
import type { PassageIndex } from './passage-index.js';
import type { SearchRequest } from './search-request.js';

/** An id no review has: a review list holding only it keeps no passage. */
const NO_REVIEW = -1;

/** The reviews' catalogue, read once per passage index, and laid out for counting. */
interface Catalogues {
  byReview: Map<number, Catalogue>;
  /** Per field, its values (sorted) and, indexed by review id, the value's place among them (-1: no such review). */
  fields: Array<{ values: string[]; slot: Int32Array }>;
}

/**
 * Which reviews a search keeps (by id, and by catalogue fields: type, area, region, age band, sex,
 * harm), and the catalogue facets of a result set. The reviews' catalogue fields are read once per
 * passage index, that is once per change of the corpus.
 */
export class ReviewScope {
  private readonly catalogues = new WeakMap<PassageIndex, Catalogues>();

  constructor(private readonly queries: Pick<SearchQueries, 'catalogue'>) {}

  /** The review ids a passage must belong to; empty keeps every review. */
  reviews(index: PassageIndex, request: SearchRequest): number[] {
    if (!hasCatalogueFilter(request.catalogue)) return request.reviews;
    const asked = request.reviews.length > 0 ? new Set(request.reviews) : null;
    const kept = [...this.catalogue(index).byReview].filter(([id, review]) => (asked === null || asked.has(id)) && matchesCatalogue(review, request.catalogue)).map(([id]) => id);
    return kept.length > 0 ? kept : [NO_REVIEW];
  }

  /**
   * Passages by catalogue value, from the number of passages of each review in the result set
   * (indexed by review id); a review without a value counts under "unknown".
   */
  facets(index: PassageIndex, perReview: Uint32Array): CatalogueFacets {
    const { fields } = this.catalogue(index);
    const sums = fields.map(({ values }) => new Float64Array(values.length));
    for (let review = 0; review < perReview.length; review++) {
      const passages = perReview[review]!;
      if (passages === 0) continue;
      fields.forEach(({ slot }, field) => {
        const at = slot[review] ?? -1;
        if (at >= 0) sums[field]![at]! += passages;
      });
    }
    const facets = {} as CatalogueFacets;
    CATALOGUE_FIELDS.forEach((name, field) => {
      const { values } = fields[field]!;
      facets[name] = Object.fromEntries(values.flatMap((value, at) => (sums[field]![at]! > 0 ? [[value, sums[field]![at]!]] : [])));
    });
    return facets;
  }

  private catalogue(index: PassageIndex): Catalogues {
    let known = this.catalogues.get(index);
    if (!known) {
      const byReview = this.queries.catalogue();
      const slots = [...byReview.keys()].reduce((max, id) => Math.max(max, id + 1), index.reviewSlots);
      const fields = CATALOGUE_FIELDS.map((field) => {
        const values = [...new Set([...byReview.values()].map((review) => review[field] ?? UNKNOWN_VALUE))].sort();
        const place = new Map(values.map((value, at) => [value, at]));
        const slot = new Int32Array(slots).fill(-1);
        for (const [id, review] of byReview) slot[id] = place.get(review[field] ?? UNKNOWN_VALUE)!;
        return { values, slot };
      });
      known = { byReview, fields };
      this.catalogues.set(index, known);
    }
    return known;
  }
}
