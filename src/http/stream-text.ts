import type { Response } from 'express';

/**
 * Writes chunks to the response as they come, waiting when the client reads slowly and stopping
 * when it goes away. It gives way to other requests after every chunk, so a long export never
 * holds the server's one thread for more than one chunk's work.
 */
export async function streamText(res: Response, chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<void> {
  for await (const chunk of chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await drained(res);
    await new Promise((resolve) => setImmediate(resolve));
  }
  res.end();
}

/** Resolves when the response can take more, or is gone; leaves no listener behind. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
