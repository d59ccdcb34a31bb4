import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppError } from '../errors.js';

/** The form field that carries LESSONS_TOKEN in a form (the CSRF token is `token`). */
export const ACCESS_TOKEN_FIELD = 'access_token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** isLoopback('127.0.0.1') === true; isLoopback('0.0.0.0') === false */
export function isLoopback(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (name === 'localhost' || name === '::1') return true;
  return isIP(name) === 4 && name.startsWith('127.');
}

/**
 * Whether a write may go ahead, for a server bound to `host` with the secret `token` (LESSONS_TOKEN):
 * on loopback, yes (the same-origin guard and the forms' CSRF tokens stand); on any other address,
 * only with the token, and never when no token is set. Returns the refusal, or null.
 * writeRefusal('0.0.0.0', 's3cret', undefined)?.status === 403
 */
export function writeRefusal(host: string, token: string, given: string | undefined): AppError | null {
  if (isLoopback(host)) return null;
  if (token === '') {
    return new AppError(`this server listens on ${host}, beyond this machine, and no LESSONS_TOKEN is set, so it accepts no changes. Set LESSONS_TOKEN (or --token) and send it as "Authorization: Bearer <token>".`, 403, 'token_required');
  }
  if (given === undefined || given === '') return new AppError(`this server listens on ${host}: changes need its token. Send "Authorization: Bearer <LESSONS_TOKEN>" or the form field ${ACCESS_TOKEN_FIELD}.`, 403, 'token_required');
  const expected = Buffer.from(token);
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return new AppError('the token does not match LESSONS_TOKEN.', 403, 'bad_token');
  return null;
}

/**
 * The middleware, mounted before every route: an unsafe method must pass `writeRefusal`, with the
 * token from the Authorization header or, in a URL-encoded form, the field ACCESS_TOKEN_FIELD
 * (parsed here; the routes' own parser then leaves the body as it is). A multipart upload must
 * use the header.
 */
export function writeAccess(host: string, token: string) {
  const form = express.urlencoded({ extended: false, limit: '64kb' });
  return (req: Request, res: Response, next: NextFunction): void => {
    if (SAFE_METHODS.has(req.method) || isLoopback(host)) return next();
    form(req, res, (err?: unknown) => {
      if (err) return next(err);
      const header = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1];
      const field = (req.body as Record<string, unknown> | undefined)?.[ACCESS_TOKEN_FIELD];
      next(writeRefusal(host, token, header ?? (typeof field === 'string' ? field : undefined)) ?? undefined);
    });
  };
}
