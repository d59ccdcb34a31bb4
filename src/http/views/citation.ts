import { citationParts, passagePath, type CitedPassage } from '../../search/citation.js';
import type { EvidenceSpan, SearchHit } from '../../search/search.js';
import type { TagOrigin } from '../../model/codes.js';
import type { ThemeId } from '../../model/themes.js';
import type { ThemeInfo } from '../theme-labels.js';
import { html, trustedHtml, type SafeHtml } from './html.js';

/** "Northmoor LSCB · 2013 · p. 12 · para 4.12 · Analysis  FINDING", the page linked to the source PDF at that page. */
export function citationLine(passage: CitedPassage): SafeHtml {
  const page = `p. ${passage.page}`;
  const parts = citationParts(passage).map((part) => (part === page ? pageLink(passage.review.id, passage.page, page) : html`${part}`));
  return html`<p class="citation">${parts.flatMap((part, at) => (at === 0 ? [part] : [html` · `, part]))} <span class="kind">${passage.kind}</span></p>`;
}

/** A page of a review, linked to its source PDF opened at that page. */
export function pageLink(reviewId: number, page: number, text: string): SafeHtml {
  return html`<a class="page-link" href="/reviews/${reviewId}/pdf#page=${page}" title="Open the source PDF at page ${page}">${text}</a>`;
}

/**
 * Theme chips that say which layer tagged each theme: "Neglect · pattern", or "Neglect · model 0.93"
 * with the model's top features as the tooltip; with `tags`, a coder's decision too: confirmed,
 * added, or rejected (struck through).
 */
export function taggedChips(evidence: readonly EvidenceSpan[], labels: ReadonlyMap<ThemeId, ThemeInfo>, tags: ReadonlyArray<{ theme: ThemeId; origin: TagOrigin }> = []): SafeHtml {
  const human = tags.filter((tag) => tag.origin === 'confirmed' || tag.origin === 'added' || tag.origin === 'rejected');
  const byTheme = new Map<ThemeId, EvidenceSpan>();
  for (const span of evidence) {
    const seen = byTheme.get(span.theme);
    if (!seen || (span.score ?? 0) > (seen.score ?? 0)) byTheme.set(span.theme, span);
  }
  if (byTheme.size === 0 && human.length === 0) return html``;
  const decided = new Map(human.map((tag) => [tag.theme, tag.origin]));
  const codedChips = human.map(({ theme, origin }) => {
    const label = html`${labels.get(theme)?.label ?? theme} <span class="source">· ${origin}${byTheme.has(theme) ? ` (${byTheme.get(theme)!.source})` : ''}</span>`;
    return html`<li><a class="chip chip-${origin}" href="/themes/${theme}" data-origin="${origin}" data-theme="${theme}">${origin === 'rejected' ? html`<del>${label}</del>` : label}</a></li>`;
  });
  const chips = [...byTheme.values()].filter((span) => !decided.has(span.theme)).sort((a, b) => (a.theme < b.theme ? -1 : 1)).map((span) => {
    const label = labels.get(span.theme)?.label ?? span.theme;
    const source = span.source === 'model' ? `model ${(span.score ?? 0).toFixed(2)}` : 'pattern';
    return html`<li><a class="chip chip-${span.source}" href="/themes/${span.theme}" title="${span.pattern}" data-origin="${span.source}" data-theme="${span.theme}">${label} <span class="source">· ${source}</span></a></li>`;
  });
  return html`<ul class="chips" aria-label="Themes">${chips}${codedChips}</ul>`;
}

/** One result of a search: a link to the paragraph, its citation, the highlighted snippet, its themes. */
export function resultItem(hit: SearchHit, labels: ReadonlyMap<ThemeId, ThemeInfo>): SafeHtml {
  return html`<li class="result">
  <h3><a href="${passagePath(hit)}">${hit.review.title}${hit.paragraph ? `, para ${hit.paragraph}` : ''}</a></h3>
  ${citationLine(hit)}
  <p class="snippet">${trustedHtml(hit.snippet)}</p>
  ${taggedChips(hit.evidence, labels, hit.tags)}
  ${codeLink(hit.id, hit.tags)}
</li>`;
}

/** A link to judge this passage's themes in the coding queue, starting with its first tag. */
export function codeLink(passageId: number, tags: ReadonlyArray<{ theme: ThemeId }>): SafeHtml {
  const theme = tags[0]?.theme;
  return html`<a class="code-link" href="/code?passage=${passageId}${theme ? `&theme=${theme}` : ''}" title="Confirm, reject or add its themes">Code this passage</a>`;
}
