import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { researchCorpus } from '../support/research-corpus.js';
import { appRoutes } from '../support/routes.js';
import { serveForTests } from '../support/test-server.js';

const app = serveForTests(researchCorpus);
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
/** Maps keyed by data (facet values, board names, years), not by field names. */
const DATA_KEYED = new Set(['facets']);
/**
 * `GET /api/search` (and its export) echo the request under `query` with these camelCase names
 * from before the snake_case ones were added beside them; others' scripts read them, so they stay.
 */
const SEARCH_ALIASES = new Set(['query.yearFrom', 'query.yearTo', 'query.themeMode']);

/** Where a JSON answer's keys are not snake_case: "results[].review.yearFrom". */
function badKeys(value: unknown, aliases: ReadonlySet<string> = new Set(), at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => badKeys(item, aliases, `${at}[]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const here = at ? `${at}.${key}` : key;
    const own = SNAKE.test(key) || aliases.has(here) ? [] : [here];
    return [...own, ...(DATA_KEYED.has(key) ? [] : badKeys(inner, aliases, here))];
  });
}

/** A GET route with its parameters filled in, with the query that exercises most of its answer. */
function example(routePath: string): string {
  const filled = routePath.replace(':id', routePath.startsWith('/api/themes') ? 'face_value' : '1');
  const queries: Record<string, string> = { '/api/search': '?q=face+value&theme=face_value', '/api/concordance': '?q=drift', '/api/export.json': '?q=face+value', '/api/reviews': '?theme=face_value' };
  return `${filled}${queries[routePath] ?? ''}`;
}

describe('snake_case everywhere', () => {
  test('when every JSON route is fetched, then every field of its answer is snake_case', async () => {
    const routes = appRoutes(app.server.app).filter((route) => route.methods.includes('get') && route.path.startsWith('/api/') && (!/\.\w+$/.test(route.path) || route.path.endsWith('.json')));
    expect(routes.length).toBeGreaterThanOrEqual(8);
    const bad: string[] = [];
    for (const route of routes) {
      const response = await fetch(`${app.server.url}${example(route.path)}`);
      expect(response.headers.get('content-type'), route.path).toMatch(/json/);
      const aliases = ['/api/search', '/api/export.json'].includes(route.path) ? SEARCH_ALIASES : new Set<string>();
      bad.push(...badKeys(await response.json(), aliases).map((key) => `${route.path}: ${key}`));
    }
    expect(bad).toEqual([]);
  });

  test('when an error is answered, then its JSON body is snake_case too', async () => {
    for (const url of ['/api/nothing', '/api/reviews/abc', '/api/search?theme=colour']) expect(badKeys(await (await fetch(`${app.server.url}${url}`)).json()), url).toEqual([]);
  });

  test('when every page is read, then every form field name is snake_case', async () => {
    for (const page of ['/', '/search?q=drift', '/reviews', '/reviews/1', '/themes', '/themes/face_value', '/concordance?q=drift', '/recommendations', '/check', '/code?theme=face_value', '/agreement']) {
      const markup = await (await fetch(`${app.server.url}${page}`)).text();
      const names = [...markup.matchAll(/\sname="([^"]+)"/g)].map((match) => match[1]!);
      expect(names.filter((name) => !SNAKE.test(name)), page).toEqual([]);
    }
  });

  test('when the README documents a route, then every query parameter it names is snake_case', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const parameters = [...readme.matchAll(/`\/[^`\s]*\?([^`]*)`/g)].flatMap((match) => [...match[1]!.matchAll(/(?:^|&)([^=&]+)=/g)].map((param) => param[1]!));
    expect(parameters.length).toBeGreaterThan(20);
    expect(parameters.filter((name) => !SNAKE.test(name))).toEqual([]);
  });
});
