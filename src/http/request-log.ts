import type { NextFunction, Request, Response } from 'express';

/**
 * One line per request: method, path, status, milliseconds. Never a body and never a query string:
 * drafts sent to /check are confidential, and search words can be too.
 */
export function requestLog(log: (line: string) => void) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log(`${req.method} ${req.path} ${res.statusCode} ${ms.toFixed(1)}ms`);
    });
    next();
  };
}
