import type { SearchEngine } from '../search/search.js';
import type { ThemeId } from '../themes.js';
import type { AppDeps } from './app.js';
import type { ThemeInfo } from './theme-labels.js';

/** What the routes share: the app's deps plus what createApp builds once from them. */
export interface RouteDeps extends AppDeps {
  engine: SearchEngine;
  themes: ReadonlyMap<ThemeId, ThemeInfo>;
}
