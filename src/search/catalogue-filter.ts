import { InputError } from '../errors.js';
import { AGE_BANDS, CATALOGUE_FIELDS, HARMS, REVIEW_TYPES, SEXES, type Catalogue } from '../model/review.js';

export type CatalogueField = (typeof CATALOGUE_FIELDS)[number];

/** Catalogue filters: for each field, the values a review may have (any of them); empty keeps every review. */
export type CatalogueFilter = Record<CatalogueField, string[]>;

/** Counts by catalogue value: { review_type: { SCR: 12 }, area: { Eastvale: 5 }, ... }; a review without a value counts under "unknown". */
export type CatalogueFacets = Record<CatalogueField, Record<string, number>>;

const CHOICES: Partial<Record<CatalogueField, readonly string[]>> = { review_type: REVIEW_TYPES, age_band: AGE_BANDS, sex: SEXES, harm: HARMS };
export const UNKNOWN_VALUE = 'unknown';

/**
 * Validates the catalogue parameters (`review_type=SCR&review_type=DHR&area=Eastvale&harm=death`),
 * or throws InputError naming the allowed values.
 */
export function catalogueFilter(input: Partial<Record<CatalogueField, string | string[] | undefined>>): CatalogueFilter {
  const filter = {} as CatalogueFilter;
  for (const field of CATALOGUE_FIELDS) {
    const values = [input[field] ?? []].flat().map((value) => value.trim()).filter(Boolean);
    const choices = CHOICES[field];
    for (const value of values) {
      if (choices && value !== UNKNOWN_VALUE && !choices.includes(value)) throw new InputError(`bad ${field} "${value}": use one of ${choices.join(', ')} (or ${UNKNOWN_VALUE}).`, `bad_${field}`);
    }
    filter[field] = [...new Set(values)];
  }
  return filter;
}

export function noCatalogueFilter(): CatalogueFilter {
  return catalogueFilter({});
}

export function hasCatalogueFilter(filter: CatalogueFilter): boolean {
  return CATALOGUE_FIELDS.some((field) => filter[field].length > 0);
}

/** Whether a review passes every field's filter; areas and regions match in any case. */
export function matchesCatalogue(review: Catalogue, filter: CatalogueFilter): boolean {
  return CATALOGUE_FIELDS.every((field) => {
    const wanted = filter[field];
    if (wanted.length === 0) return true;
    const value = (review[field] ?? UNKNOWN_VALUE).toLowerCase();
    return wanted.some((one) => one.toLowerCase() === value);
  });
}

/** Sums `count` by each catalogue field's value. */
export function catalogueFacets(entries: Iterable<[Catalogue, number]>): CatalogueFacets {
  const facets = Object.fromEntries(CATALOGUE_FIELDS.map((field) => [field, {} as Record<string, number>])) as CatalogueFacets;
  for (const [review, count] of entries) {
    if (count === 0) continue;
    for (const field of CATALOGUE_FIELDS) {
      const value = review[field] ?? UNKNOWN_VALUE;
      facets[field][value] = (facets[field][value] ?? 0) + count;
    }
  }
  return facets;
}
