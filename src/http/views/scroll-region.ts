import { html, type SafeHtml } from './html.js';

/**
 * A wide table in a box that scrolls sideways. The box is a named region in the tab order, so that
 * a keyboard can scroll it when the table holds no link or control to focus (WCAG 2.1.1).
 */
export function scrollRegion(label: string, table: SafeHtml): SafeHtml {
  return html`<div class="table-scroll" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}
