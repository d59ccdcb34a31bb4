import type { AgreementReport } from '../../coding/agreement-report.js';
import type { Estimate } from '../../coding/wilson.js';
import type { ThemeId } from '../../model/themes.js';
import type { ViewContext } from '../page-and-json.js';
import type { ThemeInfo } from '../theme-labels.js';
import { html, renderPage } from './layout.js';

const figure = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const interval = (estimate: Estimate | null) => (estimate === null ? '–' : `${estimate.value.toFixed(2)} (${estimate.low.toFixed(2)}–${estimate.high.toFixed(2)})`);
const fraction = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);

/** /agreement: the machine against the human codes per theme, with how it was estimated, and coder against coder. */
export function renderAgreementPage(report: AgreementReport, context: ViewContext, labels: ReadonlyMap<ThemeId, ThemeInfo>): string {
  const label = (theme: string) => labels.get(theme as ThemeId)?.label ?? theme;
  const rows = report.themes.map(
    (row) => html`<tr data-theme="${row.theme}">
  <th scope="row"><a href="/code?theme=${row.theme}">${label(row.theme)}</a></th>
  <td class="judged">${row.judged}</td>
  <td>${row.tagged.judged} of ${row.tagged.population} (${fraction(row.tagged.fraction)})</td>
  <td>${row.untagged.judged} of ${row.untagged.population} (${fraction(row.untagged.fraction)})</td>
  <td>${row.counts.tp} / ${row.counts.fp} / ${row.counts.fn} / ${row.counts.tn}</td>
  <td>${interval(row.precision)}</td><td>${interval(row.recall)}</td><td>${interval(row.f1)}</td>
  <td>${figure(row.kappa)}</td><td>${figure(row.ac1)}</td>
</tr>`,
  );
  const pairs = report.between_coders.map(
    (pair) => html`<tr><td>${pair.coders[0]} and ${pair.coders[1]}</td><td>${pair.theme === null ? 'all themes' : label(pair.theme)}</td><td>${pair.both}</td><td>${figure(pair.observed)}</td><td>${figure(pair.kappa)}</td><td>${figure(pair.ac1)}</td></tr>`,
  );
  const body = html`
<h1>Agreement: the machine against the coders</h1>
<p class="agreement-summary"><strong>${report.judged} judged</strong> (passage, theme) decisions${report.coder ? ` by ${report.coder}` : ` by ${report.coders.length} coder${report.coders.length === 1 ? '' : 's'}: the latest decision on each counts`}.</p>
${report.themes.length === 0
  ? html`<p>Nothing is judged yet. Start in the <a href="/code">coding queue</a>.</p>`
  : html`<table class="agreement">
<caption>Per theme, with 95% intervals. Counts: confirmed / rejected among the machine's tags, added / left out among the passages it did not tag.</caption>
<thead><tr><th scope="col">Theme</th><th scope="col">Judged</th><th scope="col">Tagged judged (fraction)</th><th scope="col">Untagged judged (fraction)</th><th scope="col">TP / FP / FN / TN</th><th scope="col">Precision</th><th scope="col">Recall (estimated)</th><th scope="col">F1</th><th scope="col">Cohen's kappa</th><th scope="col">Gwet's AC1</th></tr></thead>
<tbody>${rows}</tbody></table>`}
<h2>How these are estimated</h2>
<p class="estimator">${report.estimator}</p>
<h2>Between coders</h2>
${pairs.length === 0 ? html`<p>No two coders have judged the same passage and theme yet.</p>` : html`<table class="coder-agreement"><thead><tr><th scope="col">Coders</th><th scope="col">Theme</th><th scope="col">Both judged</th><th scope="col">Observed agreement</th><th scope="col">Cohen's kappa</th><th scope="col">Gwet's AC1</th></tr></thead><tbody>${pairs}</tbody></table>`}`;
  return renderPage({ title: 'Agreement', active: 'agreement', body, json: context.jsonUrl });
}
