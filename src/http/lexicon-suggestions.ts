import type { ThemeId } from '../model/themes.js';
import { suggestFromStore, type PhraseSuggestions } from '../suggestions/suggest-phrases.js';
import type { RouteDeps } from './route-deps.js';

const SHOWN = 10;

/**
 * A theme page's lexicon suggestions, computed again only when the theme's human codes change:
 * chunking the coded passages and counting phrases over the corpus is seconds of work, not a
 * page view's.
 */
export function lexiconSuggestions(deps: RouteDeps): (theme: ThemeId) => PhraseSuggestions {
  const store = { codes: deps.store.codes, queries: deps.store.suggestions };
  const cache = new Map<ThemeId, { key: string; result: PhraseSuggestions }>();
  return (theme) => {
    const key = store.codes
      .current({ theme })
      .map((code) => code.id)
      .join(',');
    const known = cache.get(theme);
    if (known?.key === key) return known.result;
    const result = suggestFromStore(theme, store, deps.tagger, SHOWN);
    cache.set(theme, { key, result });
    return result;
  };
}
