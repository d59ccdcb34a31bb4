import { request } from 'node:http';
import { describe, expect, test } from 'vitest';
import { researchCorpus } from '../support/research-corpus.js';
import { serveForTests } from '../support/test-server.js';

const app = serveForTests(researchCorpus);

/** A raw HTTP request, so that Host, Origin and Sec-Fetch-Site are exactly what a test says. */
function send(method: string, path: string, headers: Record<string, string>, body?: { type: string; bytes: Buffer }): Promise<{ status: number; body: any }> {
  const url = new URL(app.server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers: { ...headers, ...(body ? { 'content-type': body.type, 'content-length': String(body.bytes.length) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        resolve({ status: res.statusCode ?? 0, body: text.startsWith('{') ? JSON.parse(text) : text });
      });
    });
    req.on('error', reject);
    req.end(body?.bytes);
  });
}

/** A multipart body with a Markdown draft and save=1, as a form on another site would post it. */
function draftToSave(): { type: string; bytes: Buffer } {
  const boundary = 'xxBOUNDARYxx';
  const parts = [
    `--${boundary}\r\nContent-Disposition: form-data; name="save"\r\n\r\n1\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="draft"; filename="planted.md"\r\nContent-Type: text/markdown\r\n\r\n4.1 The social worker accepted the mother's account at face value and the child was not seen.\r\n`,
    `--${boundary}--\r\n`,
  ];
  return { type: `multipart/form-data; boundary=${boundary}`, bytes: Buffer.from(parts.join('')) };
}

const reviews = () => (app.server.db.prepare('SELECT count(*) FROM reviews').pluck().get() as number);
const host = () => new URL(app.server.url).host;

describe('writes come only from this server\'s own pages', () => {
  test('when a page on another origin posts a draft with save=1, then it is refused with 403 and nothing is added', async () => {
    const before = reviews();
    const response = await send('POST', '/api/check', { host: host(), origin: 'http://attacker.example' }, draftToSave());
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ ok: false, code: 'cross_origin', error: expect.stringContaining('http://attacker.example') });
    expect(reviews()).toBe(before);
  });

  test('when the browser says the post is cross-site, then it is refused whatever the Origin says', async () => {
    const response = await send('POST', '/api/check', { host: host(), origin: `http://${host()}`, 'sec-fetch-site': 'cross-site' }, draftToSave());
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('cross_origin');
  });

  test('when an origin of "null" (a sandboxed frame, a data: page) posts, then it is refused', async () => {
    expect((await send('POST', '/api/check', { host: host(), origin: 'null' }, draftToSave())).status).toBe(403);
  });

  test('when any other write arrives from another origin, then the same guard refuses it before any route is looked up', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      const response = await send(method, '/api/codes', { host: host(), origin: 'http://attacker.example' });
      expect(response.status, method).toBe(403);
    }
  });

  test('when the same post comes from this server\'s own origin, then the draft is checked and saved', async () => {
    const before = reviews();
    const response = await send('POST', '/api/check', { host: host(), origin: `http://${host()}`, 'sec-fetch-site': 'same-origin' }, draftToSave());
    expect(response.status).toBe(200);
    expect(response.body.saved).toMatchObject({ outcome: 'added' });
    expect(reviews()).toBe(before + 1);
  });

  test('when the check form is posted without the token its page carries, then 403 says to reload the page', async () => {
    const response = await send('POST', '/check', { host: host() }, draftToSave());
    expect(response.status).toBe(403);
    expect(response.body).toContain('did not come from this server');
  });
});

describe('the server answers only to its own names (DNS rebinding)', () => {
  test.each(['attacker.example', 'attacker.example:80', '127.0.0.1.attacker.example'])('when the Host is %s, then 403 names the setting that allows more names', async (name) => {
    const response = await send('GET', '/api/search?q=drift', { host: name });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'bad_host', error: expect.stringContaining('--allowed-hosts') });
  });

  test.each(['127.0.0.1', 'localhost', '[::1]'])('when the Host is %s with the port, then the search is answered', async (name) => {
    const response = await send('GET', '/api/search?q=drift', { host: `${name}:${new URL(app.server.url).port}` });
    expect(response.status).toBe(200);
  });
});
