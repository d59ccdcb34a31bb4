import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The guard of every write: a request with an unsafe method (POST, PUT, PATCH, DELETE) from a
 * browser must come from a page of this server. Browsers say where a request comes from in
 * `Sec-Fetch-Site` (relied on when sent) and `Origin`, and a page cannot forge either; a request with neither is not
 * from a browser page (curl, a script), which a web page cannot make, and is let through.
 * The app mounts it once, before every route, so a new write route is guarded without asking.
 * app.use(sameOriginWrites)
 */
export function sameOriginWrites(req: Request, _res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method)) return next();
  const site = req.get('sec-fetch-site');
  if (site !== undefined) return next(site === 'same-origin' || site === 'none' ? undefined : refused(`it came from a ${site} page`));
  const origin = req.get('origin');
  if (origin !== undefined && !sameHost(origin, req.get('host'))) return next(refused(`it came from ${origin}`));
  next();
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

function refused(why: string): AppError {
  return new AppError(`this server accepts changes only from its own pages, and ${why}. Open the page on this server and submit it from there.`, 403, 'cross_origin');
}
