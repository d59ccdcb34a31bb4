import { describe, expect, test } from 'vitest';
import { researchCorpus } from '../support/research-corpus.js';
import { serveForTests } from '../support/test-server.js';

const app = serveForTests(researchCorpus);

const { getJson } = app;

describe('GET /api/search', () => {
  test('when a researcher searches "face value", then every passage with both words comes back cited, with hits marked and facets over the whole result set', async () => {
    const { status, body } = await getJson('/api/search?q=face+value');
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.total).toBe(4);
    const first = body.results.find((hit: any) => hit.paragraph === '4.12');
    expect(first).toMatchObject({
      review: { title: 'Serious Case Review: Child S', board: 'Northmoor LSCB', year: 2013 },
      page: expect.any(Number),
      section: 'Analysis',
      kind: 'finding',
      themes: ['face_value', 'health_coordination'],
      url: expect.stringMatching(/^\/reviews\/\d+#p-4\.12$/),
    });
    expect(first.snippet).toContain('<mark>face</mark> <mark>value</mark>');
    expect(body.facets).toEqual({
      theme: { face_value: 3, health_coordination: 1 },
      year: { 2013: 3, 2020: 1 },
      board: { 'Eastbridge Safeguarding Children Partnership': 1, 'Northmoor LSCB': 3 },
      kind: { finding: 3, recommendation: 1 },
      source: { pattern: 3 },
      // The fixtures carry no catalogue fields.
      ...Object.fromEntries(['review_type', 'area', 'region', 'age_band', 'sex', 'harm'].map((field) => [field, { unknown: 4 }])),
    });
  });

  test('when the words fall in a passage with evidence, then the evidence is marked beside them, the marks nested', async () => {
    const { body } = await getJson('/api/search?q=GP');
    expect(body.results[0].snippet).toContain(`<mark class="evidence">accepted the mother&#39;s explanation of the bruising at face value</mark> and <mark class="evidence">did not check it with the <mark>GP</mark></mark>`);
  });

  test('when the words name a theme, then a hint points to the theme with its number of passages', async () => {
    const { body } = await getJson('/api/search?q=face+value');
    const all = await getJson('/api/search?theme=face_value');
    expect(body.theme_hints).toEqual([{ theme: 'face_value', label: 'Accounts taken at face value', passages: all.body.total, url: '/search?theme=face_value' }]);
    const page = await (await fetch(`${app.server.url}/search?q=face+value`)).text();
    expect(page).toContain(`Accounts taken at face value: ${all.body.total} passages</a>`);
    expect((await getJson('/api/search?q=face+value&theme=face_value')).body.theme_hints).toEqual([]);
    expect((await getJson('/api/search?q=home')).body.theme_hints).toEqual([]);
  });

  test('when several passages match, then each snippet is cut from its own passage', async () => {
    const { body } = await getJson('/api/search?q=face+value');
    for (const hit of body.results) {
      const plain = hit.snippet.replace(/<\/?mark[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      for (const piece of plain.split('…').filter(Boolean)) expect(hit.text).toContain(piece);
    }
  });

  test('when the results are filtered to findings from 2010-2015, then only those remain and the facets count only them', async () => {
    const { body } = await getJson('/api/search?q=face+value&kind=finding&year_from=2010&year_to=2015');
    expect(body.results.map((hit: any) => hit.paragraph).sort()).toEqual(['4.12', '4.14']);
    expect(body.total).toBe(2);
    expect(body.facets.year).toEqual({ 2013: 2 });
  });

  test('when two themes are given, then only passages carrying both are listed', async () => {
    const { body } = await getJson('/api/search?q=face+value&theme=face_value&theme=health_coordination');
    expect(body.results.map((hit: any) => hit.paragraph)).toEqual(['4.12']);
  });

  test('when a board is given, then the search keeps that board\'s reviews only', async () => {
    const { body } = await getJson('/api/search?q=face+value&board=eastbridge');
    expect(body.results.map((hit: any) => hit.review.title)).toEqual(['Child Safeguarding Practice Review: Baby F']);
  });

  test('when a theme is chosen without words, then its tagged passages are listed with the evidence highlighted', async () => {
    const { body } = await getJson('/api/search?theme=child_not_seen');
    expect(body.total).toBe(1);
    expect(body.results[0].snippet).toContain('<mark>not seen alone</mark>');
    expect(body.results[0].snippet).toContain('<mark>voice of the child was absent</mark>');
  });

  test('when the results run to several pages, then each page holds the next results and the total stays the same', async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => getJson(`/api/search?q=visit&limit=10&page=${page}`)));
    expect(pages.map(({ body }) => body.total)).toEqual([32, 32, 32, 32]);
    expect(pages.map(({ body }) => body.results.length)).toEqual([10, 10, 10, 2]);
    const ids = pages.flatMap(({ body }) => body.results.map((hit: any) => hit.id));
    expect(new Set(ids).size).toBe(32);
  });

  test('when two passages hold the words equally often, then BM25 ranks the shorter one first', async () => {
    // Only 4.12 and 3.4 hold all three words, once each: 3.4 wins because it is the shorter passage.
    const { body } = await getJson('/api/search?q=mother+face+value');
    expect(body.results.map((hit: any) => hit.paragraph)).toEqual(['3.4', '4.12']);
    expect(body.results[0].score).toBeGreaterThan(body.results[1].score);
  });

  test.each([
    ['an unbalanced quote', '/api/search?q=%22face+value', /unbalanced quote/],
    ['a dangling OR', '/api/search?q=drift+OR', /OR must stand between two search terms/],
    ['only exclusions', '/api/search?q=-drift', /cannot only exclude/],
    ['malformed raw FTS5', '/api/search?raw=1&q=face+AND+OR', /could not be understood/],
    ['raw FTS5 naming a column that does not exist', '/api/search?raw=1&q=nosuch:drift', /could not be understood/],
    ['a raw NEAR whose distance is not a number', '/api/search?raw=1&q=NEAR(a+b,+x)', /NEAR's distance must be a whole number/],
    ['330 one-letter prefixes', `/api/search?q=${'t*+'.repeat(330)}`, /at most 32 are allowed/],
    ['a one-letter prefix', '/api/search?q=t*', /prefix "t\*" is too short/],
    ['five prefixes', '/api/search?q=plan*+OR+chil*+OR+moth*+OR+agen*+OR+hous*', /5 prefix terms.*at most 4/],
    ['a raw NEAR of 250 prefixes', `/api/search?raw=1&q=NEAR(${'a*+'.repeat(250)},+99999)`, /NEAR group cannot hold prefix terms/],
    ['a raw NEAR of many words', `/api/search?raw=1&q=NEAR(${'child+'.repeat(20)},+5)`, /NEAR group has 20 terms; at most 6/],
    ['a raw NEAR over a long distance', '/api/search?raw=1&q=NEAR(child+mother,+99999)', /distance 99999 is over the limit of 100/],
    ['an unknown theme', '/api/search?theme=drift', /unknown theme "drift"/],
    ['a year that is not a year', '/api/search?q=drift&year_from=20x0', /bad year_from/],
    ['a backwards year range', '/api/search?q=drift&year_from=2015&year_to=2010', /backwards/],
    ['a page that is not a number', '/api/search?q=drift&page=two', /bad page/],
    ['a repeated q', '/api/search?q=a&q=b', /give "q" once/],
  ])('when the query has %s, then 400 with a message saying what to fix', async (_, path, message) => {
    const { status, body } = await getJson(path);
    expect(status).toBe(400);
    expect(body).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(message) });
  });

  test('when the user types FTS5 syntax without raw mode, then it is searched as plain words', async () => {
    const { status, body } = await getJson('/api/search?q=NEAR(face+value)+text:drift');
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
  });

  test('when a passage holds markup, then its snippet in the JSON is escaped text', async () => {
    const { body } = await getJson('/api/search?q=%22case+note%22');
    expect(body.results[0].snippet).toContain('&lt;script&gt;');
    expect(body.results[0].snippet).not.toMatch(/<script|<img/);
    expect(body.results[0].text).toContain('<script>');
  });
});
