import { html, type SafeHtml } from './html.js';

/** Links to the first, previous, nearby, next and last pages; nothing when there is one page. */
export function pagination(current: number, pages: number, href: (page: number) => string): SafeHtml {
  if (pages <= 1) return html``;
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])].filter((page) => page >= 1 && page <= pages).sort((a, b) => a - b);
  const items: SafeHtml[] = [];
  if (current > 1) items.push(html`<li><a href="${href(current - 1)}" rel="prev">Previous</a></li>`);
  shown.forEach((page, index) => {
    if (index > 0 && page - shown[index - 1]! > 1) items.push(html`<li><span aria-hidden="true">…</span></li>`);
    items.push(
      page === current
        ? html`<li><a href="${href(page)}" aria-current="page" aria-label="Page ${page}, current">${page}</a></li>`
        : html`<li><a href="${href(page)}" aria-label="Page ${page}">${page}</a></li>`,
    );
  });
  if (current < pages) items.push(html`<li><a href="${href(current + 1)}" rel="next">Next</a></li>`);
  return html`<nav aria-label="Pages of results"><ul class="pagination">${items}</ul></nav>`;
}
