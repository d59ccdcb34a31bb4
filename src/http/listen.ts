import type { Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { AppError, errorBody, InputError } from '../errors.js';

/** Starts listening and resolves with the server and its URL once the port is bound. */
export function listen(app: Express, host: string, port: number): Promise<{ server: Server; url: string }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.on('clientError', answerClientError);
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

/**
 * A request Node could not parse never reaches the app: answer it in the app's error body rather
 * than Node's empty one (431 for headers over the limit, else 400), then close the connection.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || (err.code === 'ECONNRESET')) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify(errorBody(tooLarge ? new AppError('the request headers are too large. Clear this site\'s cookies, or shorten the address.', 431, 'headers_too_large') : new InputError('the request could not be read as HTTP.', 'bad_request')));
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
