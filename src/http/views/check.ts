import type { CheckReport, EarlierRecommendation, PlacedRecommendation, SimilarPassage, ThemeReport } from '../../check/types.js';
import type { CorpusPassageRef, DraftPassageRef } from '../../check/passage-refs.js';
import { TOKEN_FIELD } from '../form-token.js';
import { passagePath } from '../../search/citation.js';
import { markSpans } from '../../search/highlight.js';
import { sparkline } from './charts.js';
import { qualitySection } from './check-quality.js';
import { html, trustedHtml, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { scrollRegion } from './scroll-region.js';

/** Whether citations of corpus passages link to their review pages: not in a report saved as a file. */
interface ViewOptions {
  links: boolean;
}

const EXCERPT = 420;
const CHECK_STYLES = ['check.css'];

/** The upload form, with the problem of the last attempt when there was one. */
export function renderCheckForm(token: string, error?: string): string {
  const body = html`
<h1>Check a draft review</h1>
<p>Upload a draft overview report to see which known failings it describes, how often earlier reviews found them, what
those reviews recommended, whether the draft's recommendations repeat earlier ones, and whether the draft does what an
evaluator looks for in a review (the child's voice, the family's involvement, analysis, timeliness, actionable recommendations).</p>
${error ? html`<p class="error" role="alert" id="check-error">${error}</p>` : ''}
${checkForm(token, error !== undefined)}
<p class="muted">The draft is read in memory and is not stored, logged or kept after the report is made, unless you tick the box
to add it to the corpus. PDF, Word (.docx), plain text (.txt) and Markdown (.md) are accepted.</p>`;
  return renderPage({ title: error ? 'Check a draft: the file could not be checked' : 'Check a draft', active: 'check', body, styles: CHECK_STYLES });
}

/** The report as a page of the site, linked to the cited reviews. */
export function renderCheckReport(report: CheckReport): string {
  return renderPage({ title: `Check of ${report.draft.name}`, active: 'check', body: reportBody(report, { links: true }), styles: CHECK_STYLES });
}

/**
 * The report as one self-contained file (`lessons check --html`): the site's stylesheets inlined,
 * no script, no links back to a server, so it can be mailed or archived with the draft.
 */
export function renderStandaloneCheckReport(report: CheckReport): string {
  return renderPage({ title: `Check of ${report.draft.name}`, active: 'check', body: reportBody(report, { links: false }), styles: CHECK_STYLES, standalone: true });
}

function checkForm(token: string, autofocus: boolean): SafeHtml {
  return html`
<form class="check-form" action="/check" method="post" enctype="multipart/form-data">
  <input type="hidden" name="${TOKEN_FIELD}" value="${token}">
  <div class="field"><label for="draft">Draft report</label>
    <input type="file" id="draft" name="draft" required accept=".pdf,.docx,.txt,.md,.markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"${autofocus ? trustedHtml(' autofocus') : ''}></div>
  <div class="field field-checkbox"><input type="checkbox" id="save" name="save" value="1">
    <label for="save">Add this draft to the corpus</label></div>
  <button type="submit">Check the draft</button>
</form>`;
}

function reportBody(report: CheckReport, options: ViewOptions): SafeHtml {
  const { draft, counts } = report;
  const stored = report.saved
    ? `The draft was ${report.saved.outcome === 'unchanged' ? 'already in' : 'added to'} the corpus, as you asked.`
    : 'The draft was not stored.';
  return html`
<h1>Check of ${draft.name}</h1>
<p class="check-summary" role="status">${report.summary}</p>
<p class="muted">${draft.paragraphs} paragraphs${draft.pages > 0 ? ` on ${draft.pages} pages` : ''} checked against ${counts.corpus_reviews} earlier reviews. ${stored}</p>
<p class="quality-headline">Review quality: ${report.quality.summary} <a href="#quality-heading">See each criterion</a>.</p>
${report.themes.length > 0 ? contents(report) : html`<p>No known failing was found in the draft's paragraphs.</p>`}
${report.themes.map((theme, index) => themeSection(theme, index + 1, counts.corpus_reviews, options))}
${repeatedSection(report, options)}
${qualitySection(report.quality)}
<section class="check-method" aria-labelledby="method-heading">
  <h2 id="method-heading">How this report was made</h2>
  <p>Failings are found by the project's lexicons, as in every published review of the corpus; each is shown with the words
  that matched (highlighted). Similarity: ${report.method.similarity}</p>
  <p>${report.method.recommendations} Thresholds: same ask ${report.method.thresholds.same_ask}, similar ask ${report.method.thresholds.similar_ask},
  related ${report.method.thresholds.related}; similar passages are shown from ${report.method.thresholds.similar_passage_floor}, one per review.</p>
</section>
${options.links ? html`<p class="check-again"><a class="button button-quiet" href="/check">Check another draft</a></p>` : ''}`;
}

function contents(report: CheckReport): SafeHtml {
  return html`<nav class="check-contents" aria-label="Failings described in the draft"><ol>
  ${report.themes.map((theme) => html`<li><a href="#theme-${theme.theme}">${theme.label}</a> <span class="muted">(${theme.passages.length} paragraph${theme.passages.length === 1 ? '' : 's'}; in ${percent(theme.share)} of earlier reviews)</span></li>`)}
  ${report.recommendations.length > 0 ? html`<li><a href="#repeated-heading">The draft's recommendations against earlier ones</a></li>` : ''}
  <li><a href="#quality-heading">Does the draft do what an evaluator looks for?</a> <span class="muted">(${report.quality.summary})</span></li>
</ol></nav>`;
}

function themeSection(theme: ThemeReport, number: number, corpusReviews: number, options: ViewOptions): SafeHtml {
  const years = theme.by_year.filter((row) => row.year !== null);
  return html`
<section class="check-theme" id="theme-${theme.theme}" aria-labelledby="theme-${theme.theme}-heading">
  <h2 id="theme-${theme.theme}-heading">${number}. ${theme.label}</h2>
  ${theme.description ? html`<p class="theme-description">${theme.description}</p>` : ''}
  <p class="recurrence">Found in <strong>${theme.reviews_with_theme} of ${corpusReviews}</strong> earlier reviews (${percent(theme.share)}).
    ${years.length > 1 ? html`${sparkline(years.map((row) => row.share), { title: `Share of reviews with this failing by year, ${years[0]?.year} to ${years[years.length - 1]?.year}`, max: 1 })}` : ''}</p>
  ${years.length > 0 ? yearTable(theme) : ''}
  <h3>In this draft</h3>
  <ol class="draft-passages">${theme.passages.map(draftPassage)}</ol>
  <h3>Most similar passages in earlier reviews</h3>
  ${theme.similar.length > 0 ? html`<ol class="similar-passages">${theme.similar.map((similar) => similarPassage(similar, options))}</ol>` : html`<p class="muted">No earlier passage on this failing shares its informative words with the draft.</p>`}
  <h3>What earlier reviews recommended</h3>
  ${theme.recommendations.length > 0 ? html`<ul class="earlier-recommendations">${theme.recommendations.map((recommendation) => earlierRecommendation(recommendation, options))}</ul>` : html`<p class="muted">No earlier recommendation on this failing was found.</p>`}
</section>`;
}

/** Years across, so that two short rows show the whole run of the corpus, on screen and on paper. */
function yearTable(theme: ThemeReport): SafeHtml {
  const caption = `${theme.label}: earlier reviews with this failing, by year of publication`;
  return scrollRegion(
    caption,
    html`<table class="by-year">
  <caption class="visually-hidden">${caption}</caption>
  <tr><th scope="row">Year</th>${theme.by_year.map((row) => html`<th scope="col" class="number">${row.year ?? 'n.d.'}</th>`)}</tr>
  <tr><th scope="row">Reviews with it</th>${theme.by_year.map((row) => html`<td class="number">${row.reviews_with_theme}/${row.reviews}</td>`)}</tr>
  <tr><th scope="row">Share</th>${theme.by_year.map((row) => html`<td class="number">${percent(row.share)}</td>`)}</tr>
</table>`,
  );
}

function draftPassage(passage: DraftPassageRef): SafeHtml {
  const model = passage.evidence.find((span) => span.source === 'model');
  return html`<li class="cited-passage">
  <p class="citation">${[passage.citation, passage.section].filter(Boolean).join(' · ')} <span class="kind">${passage.kind}</span>${model ? html` <span class="source" title="${model.pattern}">tagged by the learned model, ${(model.score ?? 0).toFixed(2)}</span>` : ''}</p>
  <p class="passage-text">${trustedHtml(markSpans(passage.text, passage.evidence))}</p>
</li>`;
}

function similarPassage(similar: SimilarPassage, options: ViewOptions): SafeHtml {
  return html`<li class="cited-passage">
  <p class="citation"><span class="score" title="${similar.score_meaning}">${similar.score.toFixed(2)}</span> ${corpusCitation(similar, options)} · like ${similar.draft_citation} of the draft</p>
  <p class="score-meaning muted">${similar.score_meaning}</p>
  <p class="passage-text">${excerpt(similar.text)}</p>
</li>`;
}

function earlierRecommendation(recommendation: EarlierRecommendation, options: ViewOptions): SafeHtml {
  const span = recommendation.first_year === recommendation.last_year ? `${recommendation.first_year ?? ''}` : `${recommendation.first_year}–${recommendation.last_year}`;
  return html`<li>
  <p class="passage-text">${excerpt(recommendation.text)}</p>
  <p class="citation">Made in <strong>${options.links && recommendation.group_url ? html`<a href="${recommendation.group_url}">${recommendation.reviews} review${recommendation.reviews === 1 ? '' : 's'}</a>` : html`${recommendation.reviews} review${recommendation.reviews === 1 ? '' : 's'}`}</strong>${span ? `, ${span}` : ''}. Most recently: ${recommendation.examples.map((example, index) => html`${index > 0 ? '; ' : ''}${corpusCitation(example, options)}`)}</p>
</li>`;
}

function repeatedSection(report: CheckReport, options: ViewOptions): SafeHtml {
  const { counts } = report;
  return html`
<section class="check-repeated" aria-labelledby="repeated-heading">
  <h2 id="repeated-heading">The draft's recommendations against earlier ones</h2>
  ${counts.recommendations === 0
    ? html`<p>The draft has no paragraphs read as recommendations (they are recognised under a "Recommendations" heading, or by "should" and "must").</p>`
    : html`<p>${counts.repeated_recommendations} of the draft's ${counts.recommendations} recommendations make an ask earlier reviews made.</p>
  <ol class="placed-recommendations">${report.recommendations.map((placed) => placedRecommendation(placed, options))}</ol>`}
</section>`;
}

function placedRecommendation(placed: PlacedRecommendation, options: ViewOptions): SafeHtml {
  const where = placed.placement === 'group' && placed.group
    ? html`${placed.tier} · asked by <strong>${options.links ? html`<a href="${placed.group.url}">${placed.group.reviews} review${placed.group.reviews === 1 ? '' : 's'}</a>` : html`${placed.group.reviews} review${placed.group.reviews === 1 ? '' : 's'}`}</strong>${placed.group.first_year !== null ? ` since ${placed.group.first_year}` : ''}`
    : html`new ask${placed.tier === 'related' ? ' (related to earlier ones)' : ''}`;
  return html`<li class="cited-passage placed-recommendation" data-tier="${placed.tier ?? 'none'}" data-placement="${placed.placement}">
  <p class="citation">${placed.draft.citation} of the draft · <span class="tier">${where}</span></p>
  <p class="passage-text">${placed.draft.text}</p>
  <p class="reason">${placed.reason}</p>
  <p class="score-meaning muted">Score ${placed.score_meaning}</p>
  ${placed.matches.length > 0 ? html`<ul class="repeat-matches">${placed.matches.map((match) => html`<li><span class="score" title="${match.tier}">${match.score.toFixed(2)}</span> ${match.tier} · ${corpusCitation(match, options)}: ${match.text}</li>`)}</ul>` : ''}
</li>`;
}

function corpusCitation(passage: CorpusPassageRef, options: ViewOptions): SafeHtml {
  return options.links ? html`<a href="${passagePath(passage)}">${passage.citation}</a>` : html`${passage.citation}`;
}

function excerpt(text: string, length = EXCERPT): string {
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(' ', length)).trimEnd()} …`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
