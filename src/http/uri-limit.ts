import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.js';

/** Addresses longer than this are refused (414) before any route reads them; Node itself stops at 16 KB of headers (431). */
export const MAX_URI_LENGTH = 8 * 1024;

/** A 414 in the shared error body for an address over MAX_URI_LENGTH characters. */
export function uriLimit(req: Request, _res: Response, next: NextFunction): void {
  if (req.originalUrl.length <= MAX_URI_LENGTH) return next();
  next(new AppError(`the address is ${req.originalUrl.length.toLocaleString('en-GB')} characters long, over the ${MAX_URI_LENGTH.toLocaleString('en-GB')} allowed: search with fewer words or filters.`, 414, 'uri_too_long'));
}
