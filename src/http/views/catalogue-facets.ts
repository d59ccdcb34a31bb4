import { CATALOGUE_FIELDS } from '../../model/review.js';
import type { CatalogueFacets, CatalogueField, CatalogueFilter } from '../../search/catalogue-filter.js';
import { html, trustedHtml, type SafeHtml } from './html.js';
import { plural } from './plural.js';

export const CATALOGUE_LABELS: Record<CatalogueField, string> = { review_type: 'Review type', area: 'Area', region: 'Region', age_band: "Child's age", sex: "Child's sex", harm: 'Harm' };

/**
 * The catalogue facets of a result set, one list per field with counts (of `noun`s), each value a
 * link that adds it to the filter or, when on, removes it. A field nobody has a value for is left out.
 */
export function catalogueFacetLists(facets: CatalogueFacets, filter: CatalogueFilter, href: (filter: CatalogueFilter) => string, noun: string): SafeHtml[] {
  return CATALOGUE_FIELDS.flatMap((field) => {
    const entries = Object.entries(facets[field]).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    if (entries.length === 0 || (entries.length === 1 && entries[0]![0] === 'unknown')) return [];
    const items = entries.map(([value, count]) => {
      const on = filter[field].includes(value);
      const values = on ? filter[field].filter((one) => one !== value) : [...filter[field], value];
      const name = `${on ? 'Remove filter' : 'Filter by'} ${CATALOGUE_LABELS[field]} ${value}`;
      return html`<li><a href="${href({ ...filter, [field]: values })}"${on ? trustedHtml(' aria-current="true"') : ''} aria-label="${name}, ${plural(count, noun)}">${on ? '✓ ' : ''}${value}</a> <span class="count" aria-hidden="true">${count.toLocaleString('en-GB')}</span></li>`;
    });
    return [html`<h2 id="facet-${field}">${CATALOGUE_LABELS[field]}</h2><ul aria-labelledby="facet-${field}">${items}</ul>`];
  });
}

/** The catalogue filters that are on, as { label, the filter without it }, for removable chips. */
export function activeCatalogue(filter: CatalogueFilter): Array<{ label: string; without: CatalogueFilter }> {
  return CATALOGUE_FIELDS.flatMap((field) => filter[field].map((value) => ({ label: `${CATALOGUE_LABELS[field]}: ${value}`, without: { ...filter, [field]: filter[field].filter((one) => one !== value) } })));
}

/** The catalogue filters as hidden fields, so a form's other fields can change without losing them. */
export function hiddenCatalogue(filter: CatalogueFilter): SafeHtml[] {
  return CATALOGUE_FIELDS.flatMap((field) => filter[field].map((value) => html`<input type="hidden" name="${field}" value="${value}">`));
}
