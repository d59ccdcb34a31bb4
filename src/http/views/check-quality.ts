import type { CriterionResult, QualityPassage, QualityReport } from '../../check/quality/types.js';
import { markSpans } from '../../search/highlight.js';
import { html, trustedHtml, type SafeHtml } from './html.js';

const EVIDENCE_SHOWN = 6;

/** The quality section of the check report: one block per criterion, its verdict, what was found, the cited evidence and the advice. */
export function qualitySection(quality: QualityReport): SafeHtml {
  return html`
<section class="check-quality" aria-labelledby="quality-heading">
  <h2 id="quality-heading">Does the draft do what an evaluator looks for?</h2>
  <p class="quality-summary">${quality.summary}</p>
  <table class="quality-overview">
    <caption class="visually-hidden">Verdict for each quality criterion</caption>
    <thead><tr><th scope="col">Criterion</th><th scope="col">Verdict</th></tr></thead>
    <tbody>${quality.criteria.map((criterion) => html`<tr><th scope="row"><a href="#quality-${criterion.id}">${criterion.label}</a></th><td>${verdictBadge(criterion)}</td></tr>`)}</tbody>
  </table>
  ${quality.criteria.map(criterionBlock)}
</section>`;
}

function verdictBadge(criterion: CriterionResult): SafeHtml {
  return html`<span class="verdict verdict-${criterion.verdict.replace(' ', '-')}">${criterion.verdict}</span>`;
}

function criterionBlock(criterion: CriterionResult): SafeHtml {
  const more = criterion.evidence.length - EVIDENCE_SHOWN;
  return html`
<article class="quality-criterion" id="quality-${criterion.id}" aria-labelledby="quality-${criterion.id}-heading">
  <h3 id="quality-${criterion.id}-heading">${criterion.label} ${verdictBadge(criterion)}</h3>
  <p class="quality-finding">${criterion.finding}</p>
  ${criterion.advice ? html`<p class="quality-advice"><strong>Advice:</strong> ${criterion.advice}</p>` : ''}
  ${measuresTable(criterion)}
  ${criterion.evidence.length > 0 && criterion.measures.kind !== 'recommendations' ? html`<ol class="draft-passages quality-evidence">${criterion.evidence.slice(0, EVIDENCE_SHOWN).map(evidencePassage)}</ol>${more > 0 ? html`<p class="muted">and ${more} more paragraph${more === 1 ? '' : 's'}.</p>` : ''}` : ''}
  <p class="quality-source muted">Source: ${criterion.source}</p>
</article>`;
}

function evidencePassage(passage: QualityPassage): SafeHtml {
  return html`<li class="cited-passage">
  <p class="citation">${[passage.citation, passage.section].filter(Boolean).join(' · ')} <span class="kind">${passage.kind}</span></p>
  <p class="passage-text">${trustedHtml(markSpans(passage.text, passage.marks))}</p>
</li>`;
}

/** The figures behind a verdict where there is a table to show: dates of the review, or each recommendation's score. */
function measuresTable(criterion: CriterionResult): SafeHtml | string {
  const { measures } = criterion;
  if (measures.kind === 'timeline' && measures.dates.length > 0) {
    return html`<table class="quality-dates"><caption class="visually-hidden">Dates of the review found in the draft</caption>
  <thead><tr><th scope="col">Event</th><th scope="col">Date</th><th scope="col">Where</th></tr></thead>
  <tbody>${measures.dates.map((dated) => html`<tr><td>${dated.event}</td><td>${dated.date}</td><td>${dated.citation}</td></tr>`)}</tbody>
</table>`;
  }
  if (measures.kind === 'recommendations' && measures.recommendations.length > 0) {
    return html`<table class="quality-recommendations"><caption class="visually-hidden">Each recommendation's score</caption>
  <thead><tr><th scope="col">Recommendation</th><th scope="col">Addressee</th><th scope="col" class="number">Score</th><th scope="col">Lacks</th></tr></thead>
  <tbody>${measures.recommendations.map(
    (recommendation) =>
      html`<tr><td><span class="citation">${recommendation.citation}</span> ${trustedHtml(markSpans(recommendation.text, recommendation.marks))}</td><td>${recommendation.addressee ?? '–'}</td><td class="number">${recommendation.score}/3</td><td>${recommendation.lacks.length > 0 ? recommendation.lacks.join('; ') : '–'}</td></tr>`,
  )}</tbody>
</table>`;
  }
  return '';
}
