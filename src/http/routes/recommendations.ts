import express from 'express';
import { keepAskCorpus, type AskGroup } from '../../recommendations/ask-corpus.js';
import { groupFilter, groupLine, listGroups, type RecommendationGroups } from '../../recommendations/group-listing.js';
import { csvLine, UTF8_BOM } from '../../export/csv-line.js';
import { pageAndJson } from '../page-and-json.js';
import { oneParam } from '../query-params.js';
import type { RouteDeps } from '../route-deps.js';
import { renderRecommendationsPage } from '../views/recommendations-page.js';

const FILTER_PARAMS = ['theme', 'year', 'board', 'group'] as const;
/** Groups shown on the page and in the JSON; the CSV has them all. */
const GROUPS_SHOWN = 100;
const CSV_COLUMNS = ['group', 'typical_wording', 'group_reviews', 'group_boards', 'first_year', 'last_year', 'citation', 'recommendation'] as const;

/**
 * The corpus's recommendations grouped by ask, for pages and for the review page's links: grouped
 * when the app is made and regrouped in the background after an ingest or retag, so that no page waits for it.
 */
export function recommendationGroups(deps: Pick<RouteDeps, 'store'>) {
  const kept = keepAskCorpus(deps.store.asks, deps.store.name);
  const corpus = () => kept.current();
  // A review page asks for the line of each of its recommendations, and a group of a large corpus
  // has thousands of members to count; a regrouping makes new groups, so a line never goes stale.
  const lines = new WeakMap<AskGroup, string>();
  return {
    list: (params: Record<string, string | undefined>, limit: number): RecommendationGroups => listGroups(corpus(), groupFilter(params), limit),
    /** The group of a recommendation passage, in a few words, or undefined. */
    lineOf(passageId: number): { group: number; line: string } | undefined {
      const group = corpus().groupOfPassage.get(passageId);
      if (!group) return undefined;
      let line = lines.get(group);
      if (line === undefined) lines.set(group, (line = groupLine(group)));
      return { group: group.id, line };
    },
  };
}

/** GET /recommendations with its JSON twin, and /api/recommendations.csv: one line per recommendation. */
export function recommendationRoutes(deps: RouteDeps, groups: ReturnType<typeof recommendationGroups>): express.Router {
  const router = express.Router();
  const params = (req: express.Request) => Object.fromEntries(FILTER_PARAMS.map((name) => [name, oneParam(req, name)]));
  pageAndJson(router, '/recommendations', (req) => groups.list(params(req), GROUPS_SHOWN), (data, context) => renderRecommendationsPage(data, context, deps.themes));
  router.get('/api/recommendations.csv', (req, res) => {
    const data = groups.list(params(req), Number.MAX_SAFE_INTEGER);
    res.type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="lessons-recommendations.csv"');
    const lines = data.groups.flatMap((group) =>
      group.members.map((member) => csvLine([group.id, group.wording, group.reviews, group.boards, group.first_year, group.last_year, member.citation, member.text])),
    );
    res.send(UTF8_BOM + csvLine(CSV_COLUMNS) + lines.join(''));
  });
  return router;
}
