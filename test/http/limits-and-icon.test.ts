import { request } from 'node:http';
import { describe, expect, test } from 'vitest';
import { researchCorpus } from '../support/research-corpus.js';
import { serveForTests } from '../support/test-server.js';

const app = serveForTests(researchCorpus);

/** A GET with node's own client, which (unlike fetch) sends any length of address. */
function get(path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.server.url}${path}`, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('limits answer in the JSON error body', () => {
  test('when the address is over 8 KB, then 414 with the JSON error body', async () => {
    const { status, type, body } = await get(`/api/search?q=${'drift+'.repeat(1600)}`);
    expect(status).toBe(414);
    expect(type).toMatch(/json/);
    expect(JSON.parse(body)).toMatchObject({ ok: false, status: 414, code: 'uri_too_long' });
  });

  test('when the query string is over 16 KB, then 431 with the JSON error body', async () => {
    const { status, type, body } = await get(`/api/search?q=${'a'.repeat(17 * 1024)}`);
    expect(status).toBe(431);
    expect(type).toMatch(/json/);
    expect(JSON.parse(body)).toMatchObject({ ok: false, status: 431, code: 'headers_too_large' });
  });
});

describe('the site icon', () => {
  test('when a browser asks for /favicon.ico, then it is led to the SVG icon', async () => {
    const response = await fetch(`${app.server.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await response.text()).toMatch(/^<svg/);
  });
});

describe('plurals', () => {
  test('when one passage matches, then the page says "1 passage" and offers to download "this result"', async () => {
    const page = await (await fetch(`${app.server.url}/search?q=drift`)).text();
    expect(page).toMatch(/>1 passage; 1–1 shown</);
    expect(page).toMatch(/Download this result:/);
    expect(page).not.toMatch(/1 passages|all 1 results/);
  });
});
