import { citationParts, passagePath, type CitedPassage } from '../../search/citation.js';
import type { SearchHit } from '../../search/search.js';
import type { ThemeId } from '../../themes.js';
import type { ThemeInfo } from '../theme-labels.js';
import { html, trustedHtml, type SafeHtml } from './html.js';

/** "Northmoor LSCB · 2013 · p. 12 · para 4.12 · Analysis  FINDING" */
export function citationLine(passage: CitedPassage): SafeHtml {
  return html`<p class="citation">${citationParts(passage).join(' · ')} <span class="kind">${passage.kind}</span></p>`;
}

/** Theme chips, each a link to its theme page. */
export function themeChips(themes: readonly ThemeId[], labels: ReadonlyMap<ThemeId, ThemeInfo>, label = 'Themes'): SafeHtml {
  if (themes.length === 0) return html``;
  return html`<ul class="chips" aria-label="${label}">${themes.map((theme) => html`<li><a class="chip" href="/themes/${theme}">${labels.get(theme)?.label ?? theme}</a></li>`)}</ul>`;
}

/** One result of a search: a link to the paragraph, its citation, the highlighted snippet, its themes. */
export function resultItem(hit: SearchHit, labels: ReadonlyMap<ThemeId, ThemeInfo>): SafeHtml {
  return html`<li class="result">
  <h3><a href="${passagePath(hit)}">${hit.review.title}${hit.paragraph ? `, para ${hit.paragraph}` : ''}</a></h3>
  ${citationLine(hit)}
  <p class="snippet">${trustedHtml(hit.snippet)}</p>
  ${themeChips(hit.themes, labels)}
</li>`;
}
