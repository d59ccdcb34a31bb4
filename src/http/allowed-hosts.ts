import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.js';

const LOOPBACK = ['localhost', '127.0.0.1', '::1'];
const ANY_ADDRESS = ['0.0.0.0', '::', ''];

/**
 * Answers only requests addressed to this server by a name it knows: loopback, the address it
 * binds, and any names the settings add. A page on another site can make a browser resolve its
 * own name to 127.0.0.1 (DNS rebinding) and then read this server as same-origin; the Host
 * header still carries that site's name, so such requests are refused.
 * app.use(allowedHosts('127.0.0.1', 'lessons.example'))
 */
export function allowedHosts(boundHost: string, extra: string) {
  const names = new Set([...LOOPBACK, boundHost, ...extra.split(',')].map((name) => name.trim().toLowerCase()).filter((name) => !ANY_ADDRESS.includes(name)));
  return (req: Request, _res: Response, next: NextFunction): void => {
    const host = req.get('host');
    // HTTP/1.0 has no Host header; it cannot be the target of a rebinding page, which a browser requests over HTTP/1.1.
    if (host === undefined || names.has(hostName(host))) return next();
    next(new AppError(`this server does not answer to the name "${hostName(host)}". Use http://127.0.0.1 or http://localhost, or add the name to the setting --allowed-hosts (LESSONS_ALLOWED_HOSTS).`, 403, 'bad_host'));
  };
}

/** "127.0.0.1:4000" -> "127.0.0.1", "[::1]:4000" -> "::1". */
function hostName(host: string): string {
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '');
  return name.toLowerCase();
}
