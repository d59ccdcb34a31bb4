import type { SearchHit } from '../../search/search.js';
import type { PhraseSuggestions } from '../../suggestions/suggest-phrases.js';
import type { UnfinishedRetag } from '../../store/retag-runs.js';
import { YEAR_BINS, type Pairing, type ThemeTotals, type YearBin, type YearShare } from '../../search/theme-statistics.js';
import type { ThemeId } from '../../model/themes.js';
import type { ViewContext } from '../page-and-json.js';
import type { ThemeInfo } from '../theme-labels.js';
import { heatmap, shareChart, sparkline } from './charts.js';
import { resultItem } from './citation.js';
import { html, trustedHtml, type SafeHtml } from './html.js';
import { plural } from './plural.js';
import { renderPage } from './layout.js';
import { scrollRegion } from './scroll-region.js';
import { suggestionsPanel } from './suggestions-panel.js';

export interface ThemeOverview {
  reviews: number;
  themes: Array<Omit<ThemeTotals, 'theme'> & ThemeInfo & { prevalence: YearShare[] }>;
  cooccurrence: Pairing[];
}

/** The overview as served: with any retag left half-done, whose counts mix two lexicon versions. */
export type ThemeOverviewPage = ThemeOverview & { retag_unfinished: (UnfinishedRetag & { message: string }) | null };

export interface ThemePage {
  theme: ThemeInfo;
  reviews: number;
  with_theme: number;
  share: number;
  passages: number;
  /** Years per bar of `prevalence`. */
  bin: YearBin;
  prevalence: YearShare[];
  cooccurring: Pairing[];
  examples: Array<SearchHit & { url: string }>;
  lexicon_suggestions: PhraseSuggestions;
}

type Labels = ReadonlyMap<ThemeId, ThemeInfo>;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const TOP_PAIRS = 15;

/** The themes overview: every theme with its share of reviews and trend, and the co-occurrence heatmap. */
export function renderThemesPage(data: ThemeOverviewPage, context: ViewContext, labels: Labels): string {
  const label = (theme: ThemeId) => labels.get(theme)?.label ?? theme;
  const rows = [...data.themes].sort((a, b) => b.reviews - a.reviews);
  const pairs = data.cooccurrence.filter((pair) => pair.theme < pair.other && pair.both > 0 && pair.lift !== null);
  // Rows and columns in order of prevalence, so the common themes' pairs sit together at the top left.
  const order = rows.map((row) => row.id);
  const at = (theme: ThemeId) => order.indexOf(theme);
  const diagonal = order.map((theme, index) => ({ row: index, column: index, value: null, title: label(theme) }));
  const cells = data.cooccurrence.map((pair) => ({
    row: at(pair.theme),
    column: at(pair.other),
    value: pair.lift,
    title: `${label(pair.theme)} with ${label(pair.other)}: ${plural(pair.both, 'review')}, lift ${pair.lift ?? 'n/a'}`,
  }));
  const body = html`
<h1>Themes</h1>
${data.retag_unfinished ? html`<p class="error" role="status">${data.retag_unfinished.message}</p>` : ''}
<p>How many of the ${data.reviews.toLocaleString('en-GB')} reviews carry each recurring failing, and how that changed by year. A review carries a theme when at least one of its passages does. ${yearSpan(data)} Each theme's page draws its share by year with intervals. <a href="/api/themes.csv" download>Every theme's figures by year as CSV</a></p>
<div class="table-scroll"><table>
  <caption class="visually-hidden">Reviews carrying each theme</caption>
  <thead><tr><th scope="col">Theme</th><th scope="col" class="number">Reviews</th><th scope="col" class="number">Share</th><th scope="col" class="number">Passages</th><th scope="col">Share of reviews by year</th></tr></thead>
  <tbody>${rows.map(
    (row) => html`<tr><th scope="row"><a href="/themes/${row.id}">${row.label}</a></th><td class="number">${row.reviews}</td><td class="number">${percent(row.share)}</td><td class="number">${row.passages.toLocaleString('en-GB')}</td>
    <td>${sparkline(row.prevalence.map((point) => point.share), { title: `${row.label}: ${row.prevalence.map((point) => `${point.year} ${point.reviews === 0 ? 'no reviews' : `${point.with_theme} of ${point.reviews}`}`).join(', ')}`, max: 1 })}</td></tr>`,
  )}</tbody>
</table></div>
<h2 id="cooccurrence">Which failings occur together</h2>
<p>Lift compares how often two themes appear in the same review with what chance would give: above 1 (red) they go together more often, below 1 (blue) less. Themes are ordered by how many reviews carry them. Every value is in the table under the map; the strongest pairs are listed after it.</p>
<div class="heatmap-wrap">${heatmap(order.map(label), [...diagonal, ...cells], { title: 'Co-occurrence of themes across reviews (lift)', middle: 1, spread: 2 })}</div>
${pairTable(order, data.cooccurrence, label)}
<h3>Strongest pairs</h3>
<div class="table-scroll"><table>
  <thead><tr><th scope="col">Theme</th><th scope="col">With</th><th scope="col" class="number">Reviews with both</th><th scope="col" class="number">Lift</th></tr></thead>
  <tbody>${pairs
    .sort((a, b) => (b.lift ?? 0) - (a.lift ?? 0))
    .slice(0, TOP_PAIRS)
    .map((pair) => html`<tr><td><a href="/themes/${pair.theme}">${label(pair.theme)}</a></td><td><a href="/themes/${pair.other}">${label(pair.other)}</a></td><td class="number">${bothLink(pair, label)}</td><td class="number">${pair.lift}</td></tr>`)}</tbody>
</table></div>`;
  return renderPage({ title: 'Themes', active: 'themes', body, json: context.jsonUrl });
}

/** One theme: its definition, prevalence by year, the themes it goes with, and its strongest passages. */
export function renderThemePage(data: ThemePage, context: ViewContext, labels: Labels): string {
  const { theme } = data;
  const label = (id: ThemeId) => labels.get(id)?.label ?? id;
  const body = html`
<p><a href="/themes">All themes</a></p>
<h1>${theme.label}</h1>
<p class="definition">${theme.description}</p>
<p>Carried by <strong>${data.with_theme}</strong> of ${data.reviews} reviews (${percent(data.share)}), in ${data.passages.toLocaleString('en-GB')} passages.
  <a href="/search?theme=${theme.id}">Every passage</a> · <a href="/search?theme=${theme.id}&amp;kind=finding">findings only</a> · <a href="/concordance?theme=${theme.id}">concordance</a></p>
<h2 id="by-year">Share of reviews by year</h2>
<form class="search-form" action="/themes/${theme.id}#by-year" method="get">
  <div class="field"><label for="bin">Years per bar</label><select id="bin" name="bin">${YEAR_BINS.map((bin) => html`<option value="${bin}"${data.bin === bin ? trustedHtml(' selected') : ''}>${bin === 1 ? 'single years' : `${bin} years`}</option>`)}</select></div>
  <button type="submit">Show</button>
</form>
<p>Each bar is the share of that period's reviews carrying the theme; its whisker is the 95% interval (Wilson), wide where a period has few reviews; under the years, the number of reviews (n). <a href="/api/themes/${theme.id}.csv?bin=${data.bin}" download>The figures as CSV</a></p>
<div class="chart-with-table">
${shareChart(
  data.prevalence.map((point) => ({ label: yearLabel(point), reviews: point.reviews, share: point.share, low: point.low, high: point.high, title: yearTitle(point) })),
  { title: `Share of reviews carrying ${theme.label}, by ${data.bin === 1 ? 'year' : `${data.bin} years`}`, xTitle: data.bin === 1 ? 'Year (n = reviews that year)' : `Years (n = reviews in them)`, yTitle: 'Share of reviews' },
)}
${yearTable(data.prevalence)}
</div>
<h2>Themes that occur with it</h2>
<div class="table-scroll"><table>
  <thead><tr><th scope="col">Theme</th><th scope="col" class="number">Reviews with both</th><th scope="col" class="number">Lift</th></tr></thead>
  <tbody>${data.cooccurring.map((pair) => html`<tr><td><a href="/themes/${pair.other}">${label(pair.other)}</a></td><td class="number">${pair.both}</td><td class="number">${pair.lift ?? '–'}</td></tr>`)}</tbody>
</table></div>
<h2>Strongest examples</h2>
${data.examples.length === 0 ? html`<p>No finding carries this theme yet.</p>` : html`<ol class="results">${data.examples.map((hit) => resultItem(hit, labels))}</ol>`}
${suggestionsPanel(data.lexicon_suggestions)}`;
  return renderPage({ title: theme.label, active: 'themes', body, json: context.jsonUrl });
}

/** "The lines run from 2008 to 2025, a year to a step; a break is a year without reviews (reviews a year: 2, 1, …)." */
function yearSpan(data: ThemeOverview): string {
  const years = data.themes[0]?.prevalence ?? [];
  if (years.length === 0) return '';
  return `The lines run from ${years[0]!.year} to ${years[years.length - 1]!.to_year}, a year to a step, from 0 to 100%; a break is a year without reviews (reviews a year: ${years.map((point) => point.reviews).join(', ')}).`;
}

/** The number of reviews carrying both themes, linked to the list of those reviews. */
function bothLink(pair: Pairing, label: (theme: ThemeId) => string): SafeHtml {
  return html`<a href="/reviews?theme=${pair.theme}&amp;theme=${pair.other}" aria-label="${plural(pair.both, 'review')} with both ${label(pair.theme)} and ${label(pair.other)}">${pair.both}</a>`;
}

/** The heatmap's values as a table: reviews with both themes (a link to them) and the lift, row by row. */
function pairTable(order: readonly ThemeId[], pairs: readonly Pairing[], label: (theme: ThemeId) => string): SafeHtml {
  const byPair = new Map(pairs.map((pair) => [`${pair.theme} ${pair.other}`, pair]));
  const cell = (theme: ThemeId, other: ThemeId) => {
    const pair = byPair.get(`${theme} ${other}`);
    if (theme === other || !pair) return html`<td class="number">–</td>`;
    return html`<td class="number">${pair.both > 0 ? bothLink(pair, label) : '0'} <span class="muted">(${pair.lift ?? '–'})</span></td>`;
  };
  return html`<details class="pair-table"><summary>The map as a table: reviews with both themes (lift)</summary><div class="table-scroll"><table>
  <caption class="visually-hidden">Reviews carrying both themes, with the lift in brackets</caption>
  <thead><tr><td></td>${order.map((theme) => html`<th scope="col">${label(theme)}</th>`)}</tr></thead>
  <tbody>${order.map((theme) => html`<tr><th scope="row">${label(theme)}</th>${order.map((other) => cell(theme, other))}</tr>`)}</tbody>
</table></div></details>`;
}

const yearLabel = (point: YearShare) => (point.to_year === point.year ? String(point.year) : `${point.year}–${String(point.to_year).slice(2)}`);
const share = (value: number | null) => (value === null ? '–' : percent(value));

function yearTitle(point: YearShare): string {
  if (point.reviews === 0) return `${yearLabel(point)}: no reviews`;
  return `${yearLabel(point)}: ${point.with_theme} of ${plural(point.reviews, 'review')} (${share(point.share)}, 95% interval ${share(point.low)}–${share(point.high)})`;
}

/** A chart's figures, beside it, for screen readers and for copying. */
function yearTable(points: readonly YearShare[]): SafeHtml {
  return scrollRegion(
    'The figures',
    html`<table><caption>The figures</caption><thead><tr><th scope="col">Years</th><th scope="col" class="number">Reviews</th><th scope="col" class="number">With the theme</th><th scope="col" class="number">Share</th><th scope="col" class="number">95% interval</th></tr></thead>
  <tbody>${points.map((point) => html`<tr><td>${yearLabel(point)}</td><td class="number">${point.reviews}</td><td class="number">${point.with_theme}</td><td class="number">${share(point.share)}</td><td class="number">${point.reviews === 0 ? '–' : `${share(point.low)}–${share(point.high)}`}</td></tr>`)}</tbody></table>`,
  );
}
