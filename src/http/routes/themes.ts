import express from 'express';
import { NotFoundError } from '../../errors.js';
import { passagePath } from '../../search/citation.js';
import type { PassageIndex } from '../../search/passage-index.js';
import { reviewProfiles } from '../../search/review-profiles.js';
import { coOccurrence, prevalenceByYear, themeTotals, YEAR_BINS, type YearBin, type YearShare } from '../../search/theme-statistics.js';
import { InputError } from '../../errors.js';
import { csvLine, UTF8_BOM } from '../../export/csv-line.js';
import { oneParam } from '../query-params.js';
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
  // Before /themes/:id, so that "x.csv" is not read as a theme id.
  router.get('/api/themes.csv', (_req, res) => {
    sendCsv(res, 'themes-by-year.csv', PREVALENCE_HEADER, once('', () => themeOverview(deps)).themes.flatMap((theme) => theme.prevalence.map((point) => prevalenceRow(theme.id, point))));
  });
  router.get('/api/themes/:id.csv', (req, res) => {
    const page = once(`${String(req.params.id)} ${yearBin(req)}`, () => themePage(deps, String(req.params.id), yearBin(req)));
    sendCsv(res, `${page.theme.id}-by-year.csv`, PREVALENCE_HEADER, page.prevalence.map((point) => prevalenceRow(page.theme.id, point)));
  });
  const suggestions = lexiconSuggestions(deps);
  pageAndJson(
    router,
    '/themes/:id',
    (req) => {
      const page = once(`${String(req.params.id)} ${yearBin(req)}`, () => themePage(deps, String(req.params.id), yearBin(req)));
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

const PREVALENCE_HEADER = ['theme', 'year', 'to_year', 'reviews', 'with_theme', 'share', 'low_95', 'high_95'];
const prevalenceRow = (theme: string, point: YearShare) => [theme, point.year, point.to_year, point.reviews, point.with_theme, point.share, point.low, point.high];

function sendCsv(res: express.Response, name: string, header: string[], rows: Array<Array<string | number | null>>): void {
  res.type('text/csv; charset=utf-8').attachment(name).send(UTF8_BOM + [header, ...rows].map(csvLine).join(''));
}

/** `bin=1|3|5`: years per bar of a theme's chart. */
function yearBin(req: express.Request): YearBin {
  const bin = Number(oneParam(req, 'bin') ?? 1);
  if (!(YEAR_BINS as readonly number[]).includes(bin)) throw new InputError(`bad bin "${oneParam(req, 'bin')}": use ${YEAR_BINS.join(', ')} (years per bar).`, 'bad_bin');
  return bin as YearBin;
}

function themePage(deps: RouteDeps, id: string, bin: YearBin): Omit<ThemePage, 'lexicon_suggestions'> {
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
    bin,
    prevalence: prevalenceByYear(profiles, id, bin),
    cooccurring: coOccurrence(profiles)
      .filter((pair) => pair.theme === id)
      .sort((a, b) => (b.lift ?? 0) - (a.lift ?? 0) || b.both - a.both),
    examples: examples.map((hit) => ({ ...hit, url: passagePath(hit) })),
  };
}
