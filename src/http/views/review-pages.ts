import type { ReviewList, ReviewListRequest, ReviewSort } from '../../search/review-list.js';
import type { ReviewReading } from '../../search/review-reading.js';
import { markSpans } from '../../search/highlight.js';
import type { ThemeId } from '../../model/themes.js';
import { CATALOGUE_FIELDS } from '../../model/review.js';
import type { ViewContext } from '../page-and-json.js';
import type { PdfSource } from '../review-pdf.js';
import type { ThemeInfo } from '../theme-labels.js';
import { codeLink, pageLink, taggedChips } from './citation.js';
import { plural } from './plural.js';
import { themePicker } from './theme-picker.js';
import { activeCatalogue, CATALOGUE_LABELS, catalogueFacetLists, hiddenCatalogue } from './catalogue-facets.js';
import { html, trustedHtml, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pagination } from './pagination.js';

type Labels = ReadonlyMap<ThemeId, ThemeInfo>;

const SORTABLE: Array<{ sort: ReviewSort; label: string; number: boolean }> = [
  { sort: 'title', label: 'Title', number: false },
  { sort: 'board', label: 'Board', number: false },
  { sort: 'year', label: 'Year', number: true },
  { sort: 'pages', label: 'Pages', number: true },
  { sort: 'passages', label: 'Passages', number: true },
  { sort: 'findings', label: 'Findings', number: true },
];

/** The list of reviews: a filter form and a table whose column headings sort it. */
export function renderReviewsPage(data: ReviewList, context: ViewContext, labels: Labels): string {
  const request = data.query;
  const heading = (column: (typeof SORTABLE)[number]) => {
    const current = request.sort === column.sort;
    const order = current && request.order === 'asc' ? 'desc' : current ? 'asc' : column.number ? 'desc' : 'asc';
    const sorted = current ? (request.order === 'asc' ? 'ascending' : 'descending') : 'none';
    return html`<th scope="col" aria-sort="${sorted}"${column.number ? trustedHtml(' class="number"') : ''}><a href="${reviewsHref({ ...request, sort: column.sort, order, page: 1 })}">${column.label}${current ? (request.order === 'asc' ? ' ▲' : ' ▼') : ''}</a></th>`;
  };
  const evidence = themeEvidence(request.themes, labels);
  const body = html`
<h1>Reviews</h1>
<form class="search-form" action="/reviews" method="get" data-autosubmit>
  <div class="field field-q"><label for="rq">Title, subject or board</label><input type="search" id="rq" name="q" value="${request.q}"></div>
  ${themePicker(request.themes, labels, { id: 'rtheme', legend: 'Carrying every one of the themes' })}
  <div class="field"><label for="ryf">From year</label><input type="number" id="ryf" name="year_from" value="${request.yearFrom ?? ''}"></div>
  <div class="field"><label for="ryt">To year</label><input type="number" id="ryt" name="year_to" value="${request.yearTo ?? ''}"></div>
  ${hiddenCatalogue(request.catalogue)}
  <input type="hidden" name="sort" value="${request.sort}"><input type="hidden" name="order" value="${request.order}">
  <button type="submit">Filter</button>
</form>
<div class="search-layout">
<aside class="facets" aria-label="Filters"><details class="facet-panel" open><summary>Filters</summary>${catalogueFacetLists(data.facets, request.catalogue, (catalogue) => reviewsHref({ ...request, catalogue, page: 1 }), 'review')}</details></aside>
<section aria-labelledby="reviews-count">
<h2 class="summary" id="reviews-count">${plural(data.total, 'review')}</h2>
${activeCatalogue(request.catalogue).length > 0 ? html`<ul class="active-filters" aria-label="Active filters">${activeCatalogue(request.catalogue).map(({ label, without }) => html`<li><a href="${reviewsHref({ ...request, catalogue: without, page: 1 })}" aria-label="Remove filter ${label}">${label} ✕</a></li>`)}</ul>` : ''}
<div class="table-scroll"><table>
  <thead><tr>${SORTABLE.map(heading)}<th scope="col">Type</th>${evidence ? html`<th scope="col">${evidence.heading}</th>` : ''}</tr></thead>
  <tbody>${data.reviews.map(
    (review) => html`<tr><td><a href="/reviews/${review.id}">${review.title}</a></td><td>${review.board}</td><td class="number">${review.year ?? 'n.d.'}</td><td class="number">${review.pages}</td><td class="number">${review.passages}</td><td class="number">${review.findings}</td><td>${review.review_type ?? '–'}</td>${evidence ? html`<td><a href="${evidence.href(review.id)}">${evidence.link}</a></td>` : ''}</tr>`,
  )}</tbody>
</table></div>
</section></div>
${pagination(data.page, data.pages, (page) => reviewsHref({ ...request, page }))}`;
  return renderPage({ title: 'Reviews', active: 'reviews', body, json: context.jsonUrl });
}

/** With themes chosen, each review links to its passages carrying any of them: the evidence behind its row. */
function themeEvidence(themes: readonly ThemeId[], labels: Labels): { heading: string; link: string; href: (id: number) => string } | null {
  if (themes.length === 0) return null;
  const names = themes.map((theme) => labels.get(theme)?.label ?? theme);
  const query = themes.map((theme) => `theme=${theme}`).join('&');
  return {
    heading: themes.length === 1 ? `Passages: ${names[0]}` : `Passages with any of: ${names.join('; ')}`,
    link: themes.length === 1 ? 'Its passages with the theme' : 'Its passages with either theme',
    href: (id) => `/search?review=${id}&${query}${themes.length > 1 ? '&theme_mode=any' : ''}`,
  };
}

function reviewsHref(request: ReviewListRequest): string {
  const params = new URLSearchParams();
  if (request.q) params.set('q', request.q);
  for (const theme of request.themes) params.append('theme', theme);
  if (request.board) params.set('board', request.board);
  if (request.yearFrom !== null) params.set('year_from', String(request.yearFrom));
  if (request.yearTo !== null) params.set('year_to', String(request.yearTo));
  for (const field of CATALOGUE_FIELDS) for (const value of request.catalogue[field]) params.append(field, value);
  params.set('sort', request.sort);
  params.set('order', request.order);
  if (request.page !== 1) params.set('page', String(request.page));
  return `/reviews?${params}`;
}

/** One review: metadata, theme profile, then the report paragraph by paragraph with its evidence marked. */
export function renderReviewPage(data: ReviewReading & { pdf: PdfSource }, context: ViewContext, labels: Labels): string {
  const { review, pdf } = data;
  const body = html`
<p><a href="/reviews">All reviews</a></p>
<h1>${review.title}</h1>
<dl class="review-meta">
  <dt>Board</dt><dd>${review.board}</dd>
  <dt>Subject</dt><dd>${review.subject || 'not given'}</dd>
  <dt>Year</dt><dd>${review.year ?? 'not given'}</dd>
  <dt>Author</dt><dd>${review.author || 'not given'}</dd>
  ${CATALOGUE_FIELDS.map((field) => html`<dt>${CATALOGUE_LABELS[field]}</dt><dd>${review[field] ? html`<a href="/reviews?${field}=${encodeURIComponent(review[field])}">${review[field]}</a>` : 'not stated'}</dd>`)}
  <dt>Pages</dt><dd>${review.pages}</dd>
  <dt>Source PDF</dt><dd>${pdf.url ? html`<a href="${pdf.url}">${pdf.file_name}</a>` : html`<span class="missing">gone: it was ingested from <code>${pdf.ingested_from ?? pdf.file_name}</code>, and no file is there now</span>`}</dd>
</dl>
<h2 id="profile">Theme profile</h2>
${data.profile.length === 0
  ? html`<p>No passage of this review carries a theme.</p>`
  : html`<ul class="profile" aria-labelledby="profile">${data.profile.map((entry) => html`<li><a class="chip" href="/search?review=${review.id}&amp;theme=${entry.theme}">${labels.get(entry.theme)?.label ?? entry.theme}: ${plural(entry.passages, 'passage')}</a></li>`)}</ul>`}
<h2 id="text">The report</h2>
${reportText(data, labels)}`;
  return renderPage({ title: review.title, active: 'reviews', body, json: context.jsonUrl });
}

function reportText(data: ReviewReading & { pdf: PdfSource }, labels: Labels): SafeHtml[] {
  let section: string | null = null;
  return data.passages.map((passage) => {
    const heading = passage.section !== section ? html`<h3 class="section-heading">${passage.section || 'Untitled section'}</h3>` : '';
    section = passage.section;
    const where = `page ${passage.page}${passage.end_page !== passage.page ? `–${passage.end_page}` : ''}`;
    return html`${heading}<article class="passage" id="${passage.anchor}" tabindex="-1" aria-label="Paragraph ${passage.paragraph ?? ''}, ${where}">
  <div class="where"><a class="para-number" href="#${passage.anchor}" title="Link to this paragraph (${where})">${passage.paragraph ?? '¶'}</a>
  <span class="page-number">${data.pdf.url ? pageLink(data.review.id, passage.page, where) : where}</span></div>
  <p>${trustedHtml(markSpans(passage.text, passage.evidence))}</p>
  ${passage.ocr_confidence !== null ? html`<p class="ocr-note">Read by OCR from a scanned page, confidence ${passage.ocr_confidence}%: check the wording against the original.</p>` : ''}
  ${taggedChips(passage.evidence, labels, passage.tags)}
  ${codeLink(passage.id, passage.tags)}
  ${passage.ask_group ? html`<p class="ask-group"><a href="/recommendations?group=${passage.ask_group.group}">This recommendation’s ask: ${passage.ask_group.line}</a></p>` : ''}
</article>`;
  });
}
