import type { Request, Response, Router } from 'express';
import { InputError } from '../errors.js';

/** What a view gets besides its data: the request, and the URL of the same data as JSON. */
export interface ViewContext {
  req: Request;
  jsonUrl: string;
}

export interface PageOptions<T> {
  /** More page paths answering the same page, e.g. '/' for the search page. */
  aliases?: string[];
  /** A page that can show the user's mistake next to the form that made it (status 400). */
  renderInputError?: (error: InputError, context: ViewContext) => string;
  /** The JSON answer when it differs from the page's data, e.g. its request echoed in snake_case. */
  json?: (data: T) => object;
}

/**
 * Every page is also JSON: registers `GET /api{path}`, answering `{ ok: true, ...data }`, and
 * `GET {path}` (plus any aliases), rendering the same data object as HTML.
 * pageAndJson(router, '/themes', () => themeOverview(), renderThemesPage)
 */
export function pageAndJson<T extends object>(
  router: Router,
  path: string,
  build: (req: Request) => T | Promise<T>,
  render: (data: T, context: ViewContext) => string,
  options: PageOptions<T> = {},
): void {
  router.get(`/api${path}`, async (req: Request, res: Response) => {
    const data = await build(req);
    res.json({ ok: true, ...(options.json ? options.json(data) : data) });
  });
  const page = async (req: Request, res: Response) => {
    const query = req.originalUrl.indexOf('?');
    const context = { req, jsonUrl: `/api${options.aliases?.includes(req.path) ? path : req.path}${query >= 0 ? req.originalUrl.slice(query) : ''}` };
    let markup: string;
    try {
      markup = render(await build(req), context);
    } catch (err) {
      if (!(err instanceof InputError) || !options.renderInputError) throw err;
      res.status(err.status);
      markup = options.renderInputError(err, context);
    }
    res.type('html').send(markup);
  };
  for (const pagePath of [path, ...(options.aliases ?? [])]) router.get(pagePath, page);
}
