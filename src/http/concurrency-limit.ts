import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.js';

export interface ConcurrencyLimit {
  /** Requests served at once. */
  running: number;
  /** Requests that may wait for a turn; more are refused at once. */
  queued: number;
  /** What the 503 tells the client: when to try again, and what it was trying. */
  retryAfterS: number;
  what: string;
}

/**
 * Lets at most `running` requests through at once; the next `queued` wait their turn (before their
 * body is read, so waiting costs no memory), and any more get a 503 with Retry-After and a message.
 * A turn is given back when the response finishes or the client goes away.
 * router.post('/api/check', limitConcurrency({ running: 2, queued: 8, retryAfterS: 10, what: 'draft checks' }), handler)
 */
export function limitConcurrency(limit: ConcurrencyLimit) {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    running -= 1;
    const next = waiting.shift();
    if (next) next();
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    const start = (): void => {
      running += 1;
      res.once('close', release);
      next();
    };
    if (running < limit.running) {
      start();
      return;
    }
    if (waiting.length >= limit.queued) {
      res.setHeader('Retry-After', String(limit.retryAfterS));
      next(new AppError(`the server is busy with other ${limit.what} (${limit.running} at once, ${limit.queued} waiting). Try again in ${limit.retryAfterS} seconds.`, 503, 'busy'));
      return;
    }
    waiting.push(start);
    req.once('close', () => {
      const at = waiting.indexOf(start);
      if (at >= 0) waiting.splice(at, 1);
    });
  };
}
