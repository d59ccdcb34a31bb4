import type { NextFunction, Request, Response } from 'express';
import { AppError, errorBody, InputError, NotFoundError, TooLargeError } from '../errors.js';
import { html, renderPage } from './views/layout.js';

/** Any route nobody answered: a 404 in the shared error body. */
export function notFound(req: Request, _res: Response, next: NextFunction): void {
  next(new NotFoundError(`there is no page at ${req.path}. Try the search page at / or the API at /api/search?q=drift.`));
}

/**
 * The one place errors become responses: API paths get the JSON error body, pages get the same
 * message as HTML. Unknown errors are logged with their stack and answered with a generic 500.
 */
export function errorHandler(log: (line: string) => void) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      // A streamed export failed half-way: the status is gone, so end the connection abruptly.
      log(`${req.method} ${req.path} failed while streaming: ${(err as Error)?.stack ?? String(err)}`);
      next(err);
      return;
    }
    const known = fromMiddleware(err);
    if (!(known instanceof AppError) || known.status >= 500) log(`${req.method} ${req.path} error: ${(err as Error)?.stack ?? String(err)}`);
    const body = errorBody(known);
    res.status(body.status);
    if (req.path.startsWith('/api/')) {
      res.json(body);
      return;
    }
    const heading = body.status === 404 ? 'Not found' : body.status < 500 ? 'That request could not be answered' : 'Something went wrong';
    res.type('html').send(renderPage({ title: heading, body: html`<h1>${heading}</h1><p class="error" role="alert">${body.error}</p><p><a href="/">Back to search</a></p>` }));
  };
}

/**
 * Errors raised by Express's body parsers and by multer carry their own status; they are the
 * client's fault, so they keep it (413 for a body over the limit, 400 for a malformed one).
 */
function fromMiddleware(err: unknown): unknown {
  if (err instanceof AppError || typeof err !== 'object' || err === null) return err;
  // The router decodes each path parameter; a malformed %-escape (/reviews/%E0%A4) is the address's fault.
  if (err instanceof URIError) return new InputError('the address has a malformed %-escape. Check the link, or search from the home page.', 'bad_address');
  const { status, expose, message, type, name, code } = err as { status?: number; expose?: boolean; message?: string; type?: string; name?: string; code?: string };
  if (name === 'MulterError') {
    return code === 'LIMIT_FILE_SIZE' ? new TooLargeError(`the upload is too large: ${message ?? ''}`.trim()) : new AppError(`the upload could not be read: ${message ?? code}`, 400, 'bad_upload');
  }
  if (expose && typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(message ?? 'bad request', status, (type ?? 'bad_request').replace(/\./g, '_'));
  }
  return err;
}
