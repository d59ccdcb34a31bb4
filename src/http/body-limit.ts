import type { NextFunction, Request, Response } from 'express';

/**
 * Refuses a request body that says, in its Content-Length, that it is over `maxBytes`, before a
 * byte of it is read. The answer closes the connection, so the client need not send the rest.
 * router.post('/api/check', refuseLargeBodies(50 * 1024 * 1024, () => new TooLargeError('...')), handler)
 */
export function refuseLargeBodies(maxBytes: number, tooLarge: () => Error) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      closeAfterResponse(res);
      next(tooLarge());
      return;
    }
    next();
  };
}

/** The body will not be read to its end: tell the client, and end the connection once answered. */
export function closeAfterResponse(res: Response): void {
  res.setHeader('Connection', 'close');
}

/**
 * Calls `tooLarge` once the body read so far passes `maxBytes`, whoever is reading it. Attach it
 * in the same tick as the reader, so that both see every chunk.
 */
export function stopAtSize(req: Request, maxBytes: number, tooLarge: () => void): void {
  let received = 0;
  const count = (chunk: Buffer): void => {
    received += chunk.length;
    if (received <= maxBytes) return;
    req.off('data', count);
    tooLarge();
  };
  req.on('data', count);
}
