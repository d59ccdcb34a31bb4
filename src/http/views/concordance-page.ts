import { passagePath } from '../../search/citation.js';
import type { Concordance } from '../../search/concordance.js';
import type { ThemeId } from '../../model/themes.js';
import type { ViewContext } from '../page-and-json.js';
import type { ThemeInfo } from '../theme-labels.js';
import { codeLink } from './citation.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { pagination } from './pagination.js';
import { plural } from './plural.js';
import { hiddenCatalogue } from './catalogue-facets.js';
import { searchHref } from './search-url.js';

/** Keyword in context: left context right-aligned, the match, right context, and the citation. */
export function renderConcordancePage(data: Concordance, context: ViewContext, labels: ReadonlyMap<ThemeId, ThemeInfo>): string {
  const request = data.query;
  const what = [request.q ? `“${request.q}”` : null, ...request.themes.map((theme) => labels.get(theme)?.label ?? theme)].filter(Boolean).join(' in ');
  const body = html`
<h1>Concordance${what ? `: ${what}` : ''}</h1>
<form class="search-form" role="search" action="/concordance" method="get">
  <div class="field field-q"><label for="cq">Word or "phrase"</label><input type="search" id="cq" name="q" value="${request.q}"></div>
  ${request.themes.map((theme) => html`<input type="hidden" name="theme" value="${theme}">`)}
  ${request.reviews.map((review) => html`<input type="hidden" name="review" value="${review}">`)}
  ${hiddenCatalogue(request.catalogue)}
  <button type="submit">Show lines</button>
</form>
<p class="summary">${plural(data.passages, 'passage')}; ${plural(data.lines.length, 'line')} on this page. <a href="${searchHref(request)}">Same search as results</a></p>
<div class="table-scroll"><table class="kwic">
  <caption class="visually-hidden">Each occurrence with the words before and after it</caption>
  <thead><tr><th scope="col" class="number">Before</th><th scope="col">Match</th><th scope="col">After</th><th scope="col">Citation</th></tr></thead>
  <tbody>${data.lines.map(
    (line) => html`<tr><td class="left"><span>${line.left}</span></td><td class="match"><mark>${line.match}</mark></td><td class="right">${line.right}</td>
    <td class="cite"><a href="${passagePath(line.passage)}">${line.passage.review.title}, ${line.passage.review.year ?? 'n.d.'}, p. ${line.passage.page}${line.passage.paragraph ? `, para ${line.passage.paragraph}` : ''}</a> ${codeLink(line.passage.id, line.passage.tags)}</td></tr>`,
  )}</tbody>
</table></div>
${pagination(data.page, data.pages, (page) => searchHref({ ...request, page }, '/concordance'))}`;
  return renderPage({ title: 'Concordance', active: 'search', body, json: context.jsonUrl });
}
