import type { NextFunction, Request, Response } from 'express';

/**
 * Refuses a request body that says, in its Content-Length, that it is over `maxBytes`, before a
 * byte of it is read. The connection is closed after the answer, so the client need not send the rest.
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

/** How long a refused upload may go on being sent, and dropped, before its connection is closed. */
const LINGER_MS = 2_000;

/**
 * The body will not be read to its end. Once the answer is sent, drop what the client is still
 * sending; close the connection if the body has not ended LINGER_MS later. Closing at once would
 * reset a client that is still sending, and the reset can reach it before the answer does (a web
 * server's lingering close). `Connection: close` is not set, as Node would then close the socket the
 * moment the answer is written; a body that ends in time leaves the connection fit for the next request.
 */
export function closeAfterResponse(res: Response): void {
  const req = res.req;
  res.once('finish', () => {
    if (req.complete) return;
    req.unpipe();
    req.resume();
    const timer = setTimeout(() => req.socket.destroy(), LINGER_MS);
    req.once('end', () => clearTimeout(timer));
    req.socket.once('close', () => clearTimeout(timer));
  });
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
