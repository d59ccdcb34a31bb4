import express from 'express';
import { fileURLToPath } from 'node:url';
import { fullTextPool } from '../search/fts-pool.js';
import { SearchEngine } from '../search/search.js';
import { errorHandler, notFound } from './error-handler.js';
import { allowedHosts } from './allowed-hosts.js';
import { requestLog } from './request-log.js';
import { sameOriginWrites } from './same-origin.js';
import type { AppDeps, RouteDeps } from './route-deps.js';
import { checkRoutes } from './routes/check.js';
import { concordanceRoutes } from './routes/concordance.js';
import { exportRoutes } from './routes/export.js';
import { recommendationGroups, recommendationRoutes } from './routes/recommendations.js';
import { reviewRoutes } from './routes/reviews.js';
import { searchRoutes } from './routes/search.js';
import { themeRoutes } from './routes/themes.js';
import { securityHeaders } from './security-headers.js';
import { uriLimit } from './uri-limit.js';
import { themeInfo } from './theme-labels.js';
import { writeAccess } from './write-access.js';
import { codeRoutes } from './routes/codes.js';

const ASSETS = fileURLToPath(new URL('./assets/', import.meta.url));

/**
 * The web app: JSON API and HTML pages over one store. Nothing listens here; `lessons serve`
 * (or a test, on port 0) calls listen on the result.
 * createApp({ store: openStore(file), tagger, config }).listen(0)
 */
export function createApp(deps: AppDeps): express.Express {
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(securityHeaders);
  app.use(requestLog(log));
  app.use(allowedHosts(deps.config.host, deps.config.allowedHosts));
  app.use(sameOriginWrites);
  app.use(writeAccess(deps.config.host, deps.config.token));
  app.use(uriLimit);
  app.use('/assets', express.static(ASSETS, { index: false, maxAge: '1h' }));
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/assets/favicon.svg'));

  const queries = deps.store.search;
  // A file's FTS5 queries run in threads with a deadline; an in-memory database has no file for them to open.
  const fullText = queries.file ? fullTextPool({ file: queries.file, size: deps.config.searchWorkers, timeoutMs: deps.config.searchTimeoutMs }) : undefined;
  const engine = new SearchEngine(queries, { background: true, ...(fullText ? { fullText } : {}) });
  engine.index(); // built now, so the first search does not wait for it
  const routeDeps: RouteDeps = { ...deps, engine, themes: themeInfo(deps.tagger) };
  app.use(searchRoutes(routeDeps));
  app.use(exportRoutes(routeDeps));
  const groups = recommendationGroups(deps);
  app.use(reviewRoutes(routeDeps, groups));
  app.use(themeRoutes(routeDeps));
  app.use(recommendationRoutes(routeDeps, groups));
  app.use(concordanceRoutes(routeDeps));
  app.use(codeRoutes(routeDeps));

  app.use(checkRoutes(deps));

  app.use(notFound);
  app.use(errorHandler(log));
  return app;
}
