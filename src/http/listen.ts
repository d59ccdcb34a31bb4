import type { Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../errors.js';

/** Starts listening and resolves with the server and its URL once the port is bound. */
export function listen(app: Express, host: string, port: number): Promise<{ server: Server; url: string }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('error', (err: NodeJS.ErrnoException) => {
      const hint = err.code === 'EADDRINUSE' ? ` Port ${port} is taken: choose another with --port or LESSONS_PORT.` : '';
      reject(new AppError(`cannot listen on ${host}:${port}: ${err.message}.${hint}`, 500, 'listen_failed'));
    });
    server.once('listening', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({ server, url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}` });
    });
  });
}
