import type { Config } from '../config.js';
import type { Tagger } from '../lexicon/index.js';
import type { ThemeId } from '../model/themes.js';
import type { SearchEngine } from '../search/search.js';
import type { Store } from '../store/store.js';
import type { ThemeInfo } from './theme-labels.js';

/** What createApp is given: the store, the tagger and the settings. */
export interface AppDeps {
  store: Store;
  tagger: Tagger;
  config: Config;
  /** Where request lines and unexpected errors go; stderr when not given. */
  log?: (line: string) => void;
}

/** What the routes share: the app's deps plus what createApp builds once from them. */
export interface RouteDeps extends AppDeps {
  engine: SearchEngine;
  themes: ReadonlyMap<ThemeId, ThemeInfo>;
}
