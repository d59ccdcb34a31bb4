import express from 'express';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import type { Tagger } from '../lexicon/index.js';
import type { Db } from '../store/database.js';
import { SearchEngine } from '../search/search.js';
import { searchQueries } from '../store/search-queries.js';
import { errorHandler, notFound } from './error-handler.js';
import { requestLog } from './request-log.js';
import type { RouteDeps } from './route-deps.js';
import { checkRoutes } from './routes/check.js';
import { concordanceRoutes } from './routes/concordance.js';
import { exportRoutes } from './routes/export.js';
import { recommendationGroups, recommendationRoutes } from './routes/recommendations.js';
import { reviewRoutes } from './routes/reviews.js';
import { searchRoutes } from './routes/search.js';
import { themeRoutes } from './routes/themes.js';
import { securityHeaders } from './security-headers.js';
import { themeInfo } from './theme-labels.js';

export interface AppDeps {
  db: Db;
  tagger: Tagger;
  config: Config;
  /** Where request lines and unexpected errors go; stderr when not given. */
  log?: (line: string) => void;
}

const ASSETS = fileURLToPath(new URL('./assets/', import.meta.url));

/**
 * The web app: JSON API and HTML pages over one database. Nothing listens here; `lessons serve`
 * (or a test, on port 0) calls listen on the result.
 * createApp({ db, tagger, config }).listen(0)
 */
export function createApp(deps: AppDeps): express.Express {
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(securityHeaders);
  app.use(requestLog(log));
  app.use('/assets', express.static(ASSETS, { index: false, maxAge: '1h' }));

  const engine = new SearchEngine(searchQueries(deps.db), { background: true });
  engine.index(); // built now, so the first search does not wait for it
  const routeDeps: RouteDeps = { ...deps, engine, themes: themeInfo(deps.tagger) };
  app.use(searchRoutes(routeDeps));
  app.use(exportRoutes(routeDeps));
  const groups = recommendationGroups(deps);
  app.use(reviewRoutes(routeDeps, groups));
  app.use(themeRoutes(routeDeps));
  app.use(recommendationRoutes(routeDeps, groups));
  app.use(concordanceRoutes(routeDeps));

  app.use(checkRoutes(deps));

  app.use(notFound);
  app.use(errorHandler(log));
  return app;
}
