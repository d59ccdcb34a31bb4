/**
 * A bounded HTTP fuzz of a lessons server on loopback: malformed paths, %-escapes, FTS5 syntax,
 * odd and repeated parameters, unsafe methods, and broken uploads, from a seeded generator (the
 * same seed sends the same requests). Prints the statuses seen and fails on any 5xx.
 *
 *   npx tsx scripts/fuzz-http.ts --url http://127.0.0.1:4101 [--requests 10000] [--seconds 600] [--seed 1] [--concurrency 4]
 *
 * Loopback only; stops after --requests requests or --seconds seconds, whichever comes first.
 * `test/hostile/fuzz.test.ts` runs a short fuzz against a test server.
 */
import { seededRandom } from '../src/seeded-random.js';
import { request } from 'node:http';
import { pathToFileURL } from 'node:url';
import { scriptArgs } from './script-args.js';

export interface FuzzResult {
  requests: number;
  seconds: number;
  statuses: Record<number, number>;
  /** The first few requests answered 5xx (or not answered), to reproduce them. */
  failures: Array<{ method: string; path: string; status: number }>;
}

const ROUTES = ['/', '/search', '/reviews', '/themes', '/concordance', '/check', '/api/search', '/api/reviews', '/api/themes', '/api/concordance', '/api/export.csv', '/api/export.json', '/api/check', '/assets/app.js', '/nowhere'];
const ID_ROUTES = ['/reviews/', '/api/reviews/', '/themes/', '/api/themes/', '/assets/'];
const KEYS = ['q', 'theme', 'kind', 'year', 'year_from', 'year_to', 'board', 'page', 'limit', 'raw', 'sort', 'order', 'q[]', 'q[a]', '__proto__', 'constructor'];
const PIECES = ['child', 'drift', 'face value', '"', '""', '*', 'a*', 'plan*', 'NEAR(', 'NEAR(a b, x)', 'NEAR(child mother, 5)', ')', '(', 'OR', 'AND', 'NOT', '^', ':', 'col:x', '-', '{a b}:c', '+', '%', '%E0%A4', '%FF', '%00', '%25', '\u0000', 'ü', '𝒳', '<script>', "'", ';', '1', '0', '-1', '99999999999999999999', '1e9', 'NaN', '2010-2015', '2015-2010', 'face_value', 'finding', 'desc', ' ', '..', '%2F..%2F', 'x'.repeat(1200)];
const METHODS = ['GET', 'GET', 'GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'];
const TYPES = ['multipart/form-data; boundary=b', 'multipart/form-data', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary='];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** A value as it might appear in a URL: mostly encoded, sometimes raw (malformed escapes included). */
function urlValue(next: () => number): string {
  const parts = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(next, PIECES));
  const value = parts.join(next() < 0.5 ? ' ' : '');
  // Raw, `%` stays as typed (malformed escapes); what HTTP cannot carry in a path is escaped.
  return next() < 0.7 ? encodeURIComponent(value) : value.replace(/[\s#]/g, '+').replace(/[^\x21-\x7e]/gu, encodeURIComponent);
}

function fuzzRequest(next: () => number): { method: string; path: string; headers: Record<string, string>; body?: Buffer } {
  const method = pick(next, METHODS);
  let path = next() < 0.35 ? pick(next, ID_ROUTES) + urlValue(next) : pick(next, ROUTES);
  const params = Math.floor(next() * 5);
  if (params > 0) path += `?${Array.from({ length: params }, () => `${pick(next, KEYS)}=${urlValue(next)}`).join('&')}`;
  const headers: Record<string, string> = {};
  if (method !== 'POST' || next() < 0.3) return { method, path, headers };
  // A broken or odd upload, small enough that the fuzz stays quick.
  headers['content-type'] = pick(next, TYPES);
  const body = next() < 0.5
    ? Buffer.from(`--b\r\nContent-Disposition: form-data; name="${pick(next, ['draft', 'save', 'token', ''])}"; filename="${pick(next, PIECES)}.${pick(next, ['pdf', 'docx', 'md', 'txt', 'png', ''])}"\r\n\r\n${pick(next, ['%PDF-1.7\n', 'PK\u0003\u0004', '4.1 The child was not seen.', ''])}${pick(next, PIECES)}\r\n${next() < 0.5 ? '--b--\r\n' : ''}`)
    : Buffer.from(Array.from({ length: Math.floor(next() * 2000) }, () => Math.floor(next() * 256)));
  return { method, path: path.startsWith('/api/check') || path.startsWith('/check') ? path : '/api/check', headers, body };
}

function send(base: URL, fuzz: ReturnType<typeof fuzzRequest>): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: base.hostname, port: base.port, method: fuzz.method, path: fuzz.path, headers: { ...fuzz.headers, ...(fuzz.body ? { 'content-length': String(fuzz.body.length) } : {}) }, timeout: 30_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(res.statusCode ?? 0));
    });
    // No answer at all counts as a failure, like a 5xx.
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end(fuzz.body);
  });
}

/**
 * Sends `requests` fuzzed requests (at most `seconds` long) to a server on loopback, `concurrency`
 * at a time, and counts the answers by status.
 */
export async function fuzzHttp(url: string, options: { requests: number; seconds: number; seed: number; concurrency: number }): Promise<FuzzResult> {
  const base = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) throw new Error(`the fuzz only targets loopback, not ${base.hostname}`);
  const next = seededRandom(options.seed);
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const result: FuzzResult = { requests: 0, seconds: 0, statuses: {}, failures: [] };
  const worker = async (): Promise<void> => {
    while (result.requests < options.requests && performance.now() < deadline) {
      result.requests += 1;
      const fuzz = fuzzRequest(next);
      const status = await send(base, fuzz);
      result.statuses[status] = (result.statuses[status] ?? 0) + 1;
      if ((status >= 500 || status === 0) && result.failures.length < 20) result.failures.push({ method: fuzz.method, path: fuzz.path, status });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = scriptArgs(import.meta.url, {
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:4000' },
      requests: { type: 'string', default: '10000' },
      seconds: { type: 'string', default: '600' },
      seed: { type: 'string', default: '1' },
      concurrency: { type: 'string', default: '4' },
    },
  });
  const result = await fuzzHttp(values.url, { requests: Number(values.requests), seconds: Number(values.seconds), seed: Number(values.seed), concurrency: Number(values.concurrency) });
  const failed = Object.entries(result.statuses).reduce((sum, [status, count]) => (Number(status) >= 500 || status === '0' ? sum + count : sum), 0);
  console.log(`${result.requests} requests in ${result.seconds.toFixed(1)} s, ${failed} 5xx or unanswered`);
  console.log(`statuses: ${Object.entries(result.statuses).map(([status, count]) => `${status}: ${count}`).join(', ')}`);
  for (const failure of result.failures) console.log(`  ${failure.status} ${failure.method} ${failure.path.slice(0, 200)}`);
  process.exitCode = failed > 0 ? 1 : 0;
}
