import { describe, expect, test } from 'vitest';
import { researchCorpus } from '../support/research-corpus.js';
import { serveForTests, startTestServer } from '../support/test-server.js';

const app = serveForTests(researchCorpus);

const PAGES = ['/', '/search?q=face+value&theme=face_value', '/reviews', '/reviews/1', '/themes', '/themes/face_value', '/concordance?q=drift'];

describe('every page is also JSON', () => {
  test.each(PAGES)('when %s is rendered, then it links its JSON twin, which answers ok: true', async (path) => {
    const page = await fetch(`${app.server.url}${path}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    const twin = /<link rel="alternate" type="application\/json" href="([^"]+)">/.exec(html)?.[1];
    expect(twin, 'no JSON twin linked').toBeDefined();
    const json = await fetch(`${app.server.url}${twin!.replaceAll('&amp;', '&')}`);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await json.json()) as any).ok).toBe(true);
  });
});

describe('safety', () => {
  test.each(['/', '/api/search?q=drift', '/reviews/1'])('when %s is served, then a strict CSP and nosniff come with it', async (path) => {
    const response = await fetch(`${app.server.url}${path}`);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(response.headers.get('content-security-policy')).toMatch(/object-src 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  test('when a passage holds <script> and an <img onerror>, then the page carries them as escaped text only', async () => {
    const html = await (await fetch(`${app.server.url}/reviews/1`)).text();
    expect(html).toContain('&lt;script&gt;window.__xss');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=');
    expect(html).not.toMatch(/<script>window|<img src=x/);
    expect(html.match(/<script/g)).toHaveLength(1); // only the page's own /assets/app.js
  });

  test('when a search typed by the user holds markup, then the page escapes it in the form and the title', async () => {
    const html = await (await fetch(`${app.server.url}/search?q=${encodeURIComponent('"><svg onload=alert(1)> drift')}`)).text();
    expect(html).not.toContain('<svg onload');
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt; drift');
  });

  test('when a page query is malformed, then the page answers 400 and shows the message beside the form', async () => {
    const response = await fetch(`${app.server.url}/search?q=%22face+value`);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('unbalanced quote');
    expect(html).toContain('value="&quot;face value"');
  });

  test('when no route answers, then pages get a 404 page and the API the shared error body', async () => {
    expect((await fetch(`${app.server.url}/nowhere`)).status).toBe(404);
    const api = await fetch(`${app.server.url}/api/nowhere`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ ok: false, status: 404, code: 'not_found' });
  });

  test('when the server fails unexpectedly, then the client gets a generic 500 and only the log has the stack', async () => {
    const broken = await startTestServer(researchCorpus());
    try {
      broken.store.close();
      const response = await fetch(`${broken.url}/api/reviews/1`);
      expect(response.status).toBe(500);
      const body = (await response.json()) as any;
      expect(body).toEqual({ ok: false, status: 500, code: 'internal', error: 'Internal error: the server could not complete the request.' });
      expect(broken.log.join('\n')).toMatch(/GET \/api\/reviews\/1 error: .*database connection is not open[\s\S]*at /);
    } finally {
      await broken.close();
    }
  });

  test('when requests are logged, then the log has method, path, status and time but never a query string', async () => {
    await fetch(`${app.server.url}/api/search?q=secret+words`);
    const line = app.server.log.find((entry) => entry.startsWith('GET /api/search 200'));
    expect(line).toMatch(/^GET \/api\/search 200 \d+\.\dms$/);
    expect(app.server.log.join('\n')).not.toContain('secret');
  });
});
