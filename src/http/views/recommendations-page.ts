import type { GroupSummary, RecommendationGroups } from '../../recommendations/group-listing.js';
import { passagePath } from '../../search/citation.js';
import { THEME_IDS, type ThemeId } from '../../model/themes.js';
import type { ViewContext } from '../page-and-json.js';
import type { ThemeInfo } from '../theme-labels.js';
import { barChart } from './charts.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';

/** Recommendations grouped by ask: each group's typical wording, who made it and when, and its members. */
export function renderRecommendationsPage(data: RecommendationGroups, context: ViewContext, labels: ReadonlyMap<ThemeId, ThemeInfo>): string {
  const { filters } = data;
  const query = new URLSearchParams(Object.entries(filters).flatMap(([name, value]): Array<[string, string]> => (value === null ? [] : [[name, String(value)]]))).toString();
  const body = html`
<h1>Recommendations across reviews</h1>
<p>Recommendations of different reviews that make the same ask, in the same or other words, grouped. ${data.groups_total} group${data.groups_total === 1 ? '' : 's'} from ${data.recommendations} recommendation${data.recommendations === 1 ? '' : 's'}${data.groups.length < data.groups_total ? `, the ${data.groups.length} made by most reviews shown` : ''}. ${data.note}</p>
<form method="get" action="/recommendations" class="filters">
  <label>Theme <select name="theme"><option value="">any</option>${THEME_IDS.map((theme) => html`<option value="${theme}" ${filters.theme === theme ? html`selected` : ''}>${labels.get(theme)?.label ?? theme}</option>`)}</select></label>
  <label>Year <input name="year" inputmode="numeric" size="5" value="${filters.year ?? ''}"></label>
  <label>Board <input name="board" value="${filters.board ?? ''}"></label>
  <button type="submit">Filter</button>
</form>
<p><a href="/api/recommendations.csv${query ? `?${query}` : ''}" download>Download as CSV</a></p>
<ol class="recommendation-groups">${data.groups.map(groupItem)}</ol>`;
  return renderPage({ title: 'Recommendations', active: 'recommendations', body, json: context.jsonUrl });
}

function groupItem(group: GroupSummary): SafeHtml {
  const years = group.first_year === null ? 'year not given' : group.first_year === group.last_year ? String(group.first_year) : `${group.first_year} to ${group.last_year}`;
  return html`<li class="recommendation-group" id="group-${group.id}">
  <h2><a href="/recommendations?group=${group.id}">${group.wording}</a></h2>
  <p>${group.reviews} review${group.reviews === 1 ? '' : 's'} by ${group.boards} board${group.boards === 1 ? '' : 's'}, ${years}.${group.verb ? ` The ask: ${group.verb}${group.object ? ` → ${group.object}` : ''}.` : ''}</p>
  ${group.by_year.length > 1 ? barChart(group.by_year.map((point) => ({ label: String(point.year), value: point.reviews, title: `${point.year}: ${point.reviews} review${point.reviews === 1 ? '' : 's'}` })), { title: `Reviews making this ask, by year`, max: Math.max(1, ...group.by_year.map((point) => point.reviews)), format: (value) => String(Math.round(value * 10) / 10) }) : ''}
  <details><summary>${group.members.length} recommendation${group.members.length === 1 ? '' : 's'}</summary><ul>${group.members.map((member) => html`<li><a href="${passagePath(member)}">${member.citation}</a>: ${member.sentence}</li>`)}</ul></details>
</li>`;
}
