import express from 'express';
import { NotFoundError } from '../../errors.js';
import { passagePath } from '../../search/citation.js';
import type { PassageIndex } from '../../search/passage-index.js';
import { reviewProfiles } from '../../search/review-profiles.js';
import { coOccurrence, prevalenceByYear, themeTotals } from '../../search/theme-statistics.js';
import { isThemeId, THEME_IDS } from '../../model/themes.js';
import { pageAndJson } from '../page-and-json.js';
import type { RouteDeps } from '../route-deps.js';
import { describeUnfinishedRetag } from '../../store/retag-runs.js';
import { lexiconSuggestions } from '../lexicon-suggestions.js';
import { renderThemePage, renderThemesPage, type ThemeOverview, type ThemeOverviewPage, type ThemePage } from '../views/theme-pages.js';

const EXAMPLES = 5;

/** GET /themes and /themes/:id, each with its JSON twin under /api. */
export function themeRoutes(deps: RouteDeps): express.Router {
  const router = express.Router();
  // Statistics only change with the corpus: computed once per passage index, like the index itself.
  const computed = new WeakMap<PassageIndex, Map<string, ThemeOverview | Omit<ThemePage, 'lexicon_suggestions'>>>();
  const once = <T extends ThemeOverview | Omit<ThemePage, 'lexicon_suggestions'>>(key: string, compute: () => T): T => {
    const index = deps.engine.index();
    const known = computed.get(index) ?? new Map<string, ThemeOverview | Omit<ThemePage, 'lexicon_suggestions'>>();
    computed.set(index, known);
    if (!known.has(key)) known.set(key, compute());
    return known.get(key) as T;
  };
  const runs = deps.store.retagRuns;
  pageAndJson(
    router,
    '/themes',
    (): ThemeOverviewPage => {
      const unfinished = runs.unfinished();
      return { ...once('', () => themeOverview(deps)), retag_unfinished: unfinished && { ...unfinished, message: describeUnfinishedRetag(unfinished) } };
    },
    (data, context) => renderThemesPage(data, context, deps.themes),
  );
  const suggestions = lexiconSuggestions(deps);
  pageAndJson(
    router,
    '/themes/:id',
    (req) => {
      const page = once(String(req.params.id), () => themePage(deps, String(req.params.id)));
      return { ...page, lexicon_suggestions: suggestions(page.theme.id) };
    },
    (data, context) => renderThemePage(data, context, deps.themes),
  );
  return router;
}

function themeOverview(deps: RouteDeps): ThemeOverview {
  const profiles = reviewProfiles(deps.engine.index());
  const totals = themeTotals(profiles);
  return {
    reviews: profiles.size,
    themes: totals.map(({ theme, ...counts }) => ({ ...deps.themes.get(theme)!, ...counts, prevalence: prevalenceByYear(profiles, theme) })),
    cooccurrence: coOccurrence(profiles),
  };
}

function themePage(deps: RouteDeps, id: string): Omit<ThemePage, 'lexicon_suggestions'> {
  if (!isThemeId(id)) throw new NotFoundError(`there is no theme "${id}". Known themes: ${THEME_IDS.join(', ')}.`);
  const profiles = reviewProfiles(deps.engine.index());
  const totals = themeTotals(profiles).find((total) => total.theme === id)!;
  const examples = deps.engine.strongest(id, EXAMPLES);
  return {
    theme: deps.themes.get(id)!,
    reviews: profiles.size,
    with_theme: totals.reviews,
    share: totals.share,
    passages: totals.passages,
    prevalence: prevalenceByYear(profiles, id),
    cooccurring: coOccurrence(profiles)
      .filter((pair) => pair.theme === id)
      .sort((a, b) => (b.lift ?? 0) - (a.lift ?? 0) || b.both - a.both),
    examples: examples.map((hit) => ({ ...hit, url: passagePath(hit) })),
  };
}
