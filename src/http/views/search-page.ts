import type { SearchHit, SearchResponse } from '../../search/search.js';
import type { ThemeHint } from '../../search/theme-hints.js';
import { hasCatalogueFilter } from '../../search/catalogue-filter.js';
import { DEFAULT_LIMIT, type SearchRequest } from '../../search/search-request.js';
import { isThemeId, PASSAGE_KINDS, type ThemeId } from '../../model/themes.js';
import type { ViewContext } from '../page-and-json.js';
import type { ThemeInfo } from '../theme-labels.js';
import { resultItem } from './citation.js';
import { html, trustedHtml, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pagination } from './pagination.js';
import { themePicker } from './theme-picker.js';
import { activeCatalogue, catalogueFacetLists, hiddenCatalogue } from './catalogue-facets.js';
import { plural } from './plural.js';
import { refine, searchHref } from './search-url.js';

export interface SearchPageData {
  query: SearchRequest;
  results: Array<SearchHit & { url: string }>;
  total: number;
  facets: SearchResponse['facets'];
  page: number;
  limit: number;
  pages: number;
  exports: { csv: string; json: string; qdpx: string };
  /** Themes the words point to, with how many passages carry each. */
  theme_hints: ThemeHint[];
}

const BOARDS_SHOWN = 12;
/** How the facet names the layers: a researcher reads "lexicon patterns", not "pattern". */
const SOURCE_LABELS: Record<string, string> = { pattern: 'lexicon patterns', model: 'learned model', human: 'confirmed by a coder' };

/** The search page: form, facets with counts, cited results with highlighted evidence, pages. */
export function renderSearchPage(data: SearchPageData, context: ViewContext, labels: ReadonlyMap<ThemeId, ThemeInfo>, error?: string): string {
  const request = data.query;
  const browsing = !request.q && request.themes.length === 0 && !request.kind && !request.source && !request.board && request.yearFrom === null && request.yearTo === null && request.reviews.length === 0 && !hasCatalogueFilter(request.catalogue);
  const first = (data.page - 1) * data.limit + 1;
  const heading = browsing
    ? 'All passages, those with the most evidence first'
    : `${plural(data.total, 'passage')}${data.total > 0 ? `; ${first}–${first + data.results.length - 1} shown` : ''}`;
  const body = html`
<h1>Search the reviews</h1>
${searchForm(request, labels)}
${error ? html`<p class="error" role="alert" id="search-error">${error}</p>` : ''}
<div class="search-layout">
  <aside class="facets" aria-label="Filters"><details class="facet-panel" open><summary>Filters</summary>${facetLists(request, data.facets, labels)}</details></aside>
  <section aria-labelledby="results-heading">
    <h2 id="results-heading" class="summary">${heading}</h2>
    ${activeFilters(request, labels, reviewTitles(data.results))}
    ${data.theme_hints.map((hint) => html`<p class="theme-hint">See the theme <a href="${hint.url}">${hint.label}: ${plural(hint.passages, 'passage')}</a>, found by its lexicon whatever their words.</p>`)}
    ${request.q && data.results.some((hit) => hit.evidence.length > 0) ? html`<p class="mark-key">Your words are <mark>highlighted</mark>; the evidence for a passage’s themes is <mark class="evidence">underlined</mark>.</p>` : ''}
    ${data.results.length > 0 ? html`<ol class="results" start="${first}">${data.results.map((hit) => resultItem(hit, labels))}</ol>` : error ? '' : html`<p>No passage matches. Try fewer words, or remove a filter.</p>`}
    ${pagination(data.page, data.pages, (page) => searchHref({ ...request, page }))}
    ${data.total > 0 ? html`<p class="exports">${data.total === 1 ? 'Download this result' : `Download all ${plural(data.total, 'result')}`}: <a href="${data.exports.csv}" download>CSV (Excel, R, NVivo)</a> · <a href="${data.exports.json}" download>JSON</a> · <a href="${data.exports.qdpx}" download>REFI-QDA project (NVivo, MAXQDA, ATLAS.ti)</a> · <a href="${searchHref(request, '/concordance')}">Concordance</a></p>` : ''}
  </section>
</div>`;
  return renderPage({ title: request.q ? `“${request.q}”` : 'Search', active: 'search', body, json: context.jsonUrl });
}

function searchForm(request: SearchRequest, labels: ReadonlyMap<ThemeId, ThemeInfo>): SafeHtml {
  const kinds = PASSAGE_KINDS.map((kind) => html`<option value="${kind}"${request.kind === kind ? trustedHtml(' selected') : ''}>${kind}</option>`);
  return html`
<form class="search-form" role="search" action="/search" method="get">
  <div class="field field-q"><label for="q">Words</label>
    <input type="search" id="q" name="q" value="${request.q}" aria-describedby="search-tips" autocomplete="off"></div>
  <div class="field"><label for="kind">Kind</label>
    <select id="kind" name="kind"><option value="">any</option>${kinds}</select></div>
  <div class="field"><label for="year_from">From year</label>
    <input type="number" id="year_from" name="year_from" min="1900" max="2100" value="${request.yearFrom ?? ''}"></div>
  <div class="field"><label for="year_to">To year</label>
    <input type="number" id="year_to" name="year_to" min="1900" max="2100" value="${request.yearTo ?? ''}"></div>
  <div class="field"><label for="board">Board</label>
    <input type="text" id="board" name="board" value="${request.board ?? ''}"></div>
  ${themePicker(request.themes, labels, { id: 'theme', legend: 'Themes', mode: request.themeMode })}
  ${request.reviews.map((review) => html`<input type="hidden" name="review" value="${review}">`)}
  ${hiddenCatalogue(request.catalogue)}
  ${request.source ? html`<input type="hidden" name="source" value="${request.source}">` : ''}
  ${request.raw ? html`<input type="hidden" name="raw" value="1">` : ''}
  ${request.limit !== DEFAULT_LIMIT ? html`<input type="hidden" name="limit" value="${request.limit}">` : ''}
  <button type="submit">Search</button>
</form>
<p class="search-help" id="search-tips">All words must occur. <code>"a phrase"</code>, <code>-word</code> to exclude, <code>drift OR delay</code>, <code>plan*</code> for a prefix.</p>`;
}

function facetLists(request: SearchRequest, facets: SearchPageData['facets'], labels: ReadonlyMap<ThemeId, ThemeInfo>): SafeHtml {
  const themeItems = Object.entries(facets.theme)
    .filter(([theme]) => isThemeId(theme))
    .sort(([, a], [, b]) => b - a)
    .map(([theme, n]) => {
      const id = theme as ThemeId;
      const on = request.themes.includes(id);
      const themes = on ? request.themes.filter((t) => t !== id) : [...request.themes, id];
      return facetItem(searchHref(refine(request, { themes })), labels.get(id)?.label ?? id, n, on);
    });
  const kindItems = Object.entries(facets.kind).map(([kind, n]) => {
    const on = request.kind === kind;
    return facetItem(searchHref(refine(request, { kind: on ? null : (kind as SearchRequest['kind']) })), kind, n, on);
  });
  const sourceItems = Object.entries(facets.source).map(([source, n]) => {
    const on = request.source === source;
    return facetItem(searchHref(refine(request, { source: on ? null : (source as SearchRequest['source']) })), SOURCE_LABELS[source] ?? source, n, on);
  });
  const yearItems = Object.entries(facets.year)
    .filter(([year]) => year !== 'unknown')
    .map(([year, n]) => {
      const on = request.yearFrom === Number(year) && request.yearTo === Number(year);
      return facetItem(searchHref(refine(request, on ? { yearFrom: null, yearTo: null } : { yearFrom: Number(year), yearTo: Number(year) })), year, n, on);
    });
  const boards = Object.entries(facets.board).sort(([, a], [, b]) => b - a);
  const boardItem = ([board, n]: [string, number]) => {
    const on = request.board === board;
    return facetItem(searchHref(refine(request, { board: on ? null : board })), board, n, on);
  };
  return html`
${catalogueFacetLists(facets, request.catalogue, (catalogue) => searchHref(refine(request, { catalogue })), 'passage')}
<h2 id="facet-theme">Theme</h2><ul aria-labelledby="facet-theme">${themeItems}</ul>
<h2 id="facet-kind">Kind</h2><ul aria-labelledby="facet-kind">${kindItems}</ul>
<h2 id="facet-source">Tagged by</h2><ul aria-labelledby="facet-source">${sourceItems}</ul>
<h2 id="facet-year">Year</h2><ul aria-labelledby="facet-year">${yearItems}</ul>
<h2 id="facet-board">Board</h2><ul aria-labelledby="facet-board">${boards.slice(0, BOARDS_SHOWN).map(boardItem)}</ul>
${boards.length > BOARDS_SHOWN ? html`<details><summary>${boards.length - BOARDS_SHOWN} more boards</summary><ul>${boards.slice(BOARDS_SHOWN).map(boardItem)}</ul></details>` : ''}`;
}

function facetItem(href: string, label: string, count: number, on: boolean): SafeHtml {
  const name = on ? `Remove filter ${label}` : `Filter by ${label}`;
  return html`<li><a href="${href}"${on ? trustedHtml(' aria-current="true"') : ''} aria-label="${name}, ${plural(count, 'passage')}">${on ? '✓ ' : ''}${label}</a> <span class="count" aria-hidden="true">${count.toLocaleString('en-GB')}</span></li>`;
}

/** The titles of the reviews on this page, to name a review filter. */
function reviewTitles(results: readonly SearchHit[]): ReadonlyMap<number, string> {
  return new Map(results.map((hit) => [hit.review.id, hit.review.title]));
}

function activeFilters(request: SearchRequest, labels: ReadonlyMap<ThemeId, ThemeInfo>, titles: ReadonlyMap<number, string>): SafeHtml {
  const chips: Array<{ label: string; href: string }> = [
    ...request.reviews.map((review) => ({ label: titles.get(review) ?? `Review ${review}`, href: searchHref(refine(request, { reviews: request.reviews.filter((r) => r !== review) })) })),
    ...request.themes.map((theme) => ({ label: labels.get(theme)?.label ?? theme, href: searchHref(refine(request, { themes: request.themes.filter((t) => t !== theme) })) })),
    ...(request.kind ? [{ label: request.kind, href: searchHref(refine(request, { kind: null })) }] : []),
    ...(request.source ? [{ label: SOURCE_LABELS[request.source] ?? request.source, href: searchHref(refine(request, { source: null })) }] : []),
    ...(request.yearFrom !== null || request.yearTo !== null
      ? [{ label: `${request.yearFrom ?? '…'}–${request.yearTo ?? '…'}`, href: searchHref(refine(request, { yearFrom: null, yearTo: null })) }]
      : []),
    ...(request.board ? [{ label: request.board, href: searchHref(refine(request, { board: null })) }] : []),
    ...activeCatalogue(request.catalogue).map(({ label, without }) => ({ label, href: searchHref(refine(request, { catalogue: without })) })),
  ];
  if (chips.length === 0) return html``;
  return html`<ul class="active-filters" aria-label="Active filters">${chips.map((chip) => html`<li><a href="${chip.href}" aria-label="Remove filter ${chip.label}">${chip.label} ✕</a></li>`)}</ul>`;
}
