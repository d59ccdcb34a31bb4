import type { PhraseSuggestions } from '../../suggestions/suggest-phrases.js';
import { html, type SafeHtml } from './html.js';

/** The lexicon suggestions of a theme page: phrases from coded passages, with their counts and examples. */
export function suggestionsPanel(result: PhraseSuggestions): SafeHtml {
  const intro = html`<h2 id="lexicon-suggestions">Phrases the lexicon might add</h2>`;
  if (result.confirmed + result.added === 0) return html`${intro}<p>No passage is confirmed or added for this theme yet. Phrases are suggested from the passages coders confirm or add.</p>`;
  return html`${intro}
<p>From ${result.confirmed} passage${result.confirmed === 1 ? '' : 's'} confirmed and ${result.added} added by coders, against ${result.elsewhere.toLocaleString('en-GB')} other passages, ranked by log-likelihood; phrases from added passages that no pattern matches come first. Nothing is written to the lexicon: <code>lessons lexicon suggest ${result.theme}</code> lists them too.</p>
${result.suggestions.length === 0 ? html`<p>No phrase is more frequent in the coded passages than elsewhere.</p>` : html`<ol class="suggestions">${result.suggestions.map(
    (suggestion) => html`<li><strong>${suggestion.phrase}</strong>: in ${suggestion.passages_with_theme} coded (${suggestion.passages_added} added), ${suggestion.passages_elsewhere} elsewhere, log-likelihood ${suggestion.log_likelihood.toFixed(1)}${suggestion.matched_by_pattern ? '' : html`, <em>no pattern matches it</em>`}
  <details><summary>Examples</summary><ul>${suggestion.examples.map((example) => html`<li><a href="${example.url}">${example.citation}</a>: ${example.text}</li>`)}</ul></details></li>`,
  )}</ol>`}`;
}
