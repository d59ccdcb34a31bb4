import { describe, expect, test } from 'vitest';
import { researchCorpus } from '../support/research-corpus.js';
import { serveForTests } from '../support/test-server.js';

const app = serveForTests(researchCorpus);

/** A minimal RFC 4180 reader, enough to check what Excel or R would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const ch = text[at]!;
    if (quoted) {
      if (ch === '"' && text[at + 1] === '"') (cell += '"'), at++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[at + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), at++;
    else cell += ch;
  }
  return rows;
}

describe('GET /api/export.csv', () => {
  test('when a search is exported, then every result (not one page) is a row, behind a BOM, with citation and theme columns', async () => {
    const response = await fetch(`${app.server.url}/api/export.csv?q=visit&limit=5&page=2`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="lessons-search\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    const [header, ...records] = rows;
    expect(header!.slice(0, 14)).toEqual(['passage_id', 'review_id', 'review_title', 'board', 'year', 'page', 'paragraph', 'section', 'kind', 'citation', 'url', 'text', 'themes', 'evidence']);
    expect(header).toContain('face_value');
    expect(records).toHaveLength(32);
    expect(records.every((record) => record.length === header!.length)).toBe(true);
  });

  test('when a passage holds quotes, commas and markup, then its cell survives RFC 4180 quoting intact', async () => {
    const text = await (await fetch(`${app.server.url}/api/export.csv?q=%22case+note%22`)).text();
    const [header, record] = parseCsv(text.slice(1));
    const cell = (name: string) => record![header!.indexOf(name)];
    expect(cell('text')).toContain('<script>window.__xss = "script"; alert("script")</script>');
    expect(cell('citation')).toBe('Serious Case Review: Child S, Northmoor LSCB, 2013, p. 3, para 4.14, Analysis');
    expect(cell('themes')).toBe('face_value');
    expect(cell('face_value')).toBe('1');
    expect(cell('neglect')).toBe('0');
  });

  test('when a cell would start with a formula character, then it is prefixed with a quote so a spreadsheet shows it as text', async () => {
    const text = await (await fetch(`${app.server.url}/api/export.csv?q=practitioners+should`)).text();
    const [header, record] = parseCsv(text.slice(1));
    expect(record![header!.indexOf('text')]).toMatch(/^'=HYPERLINK/);
  });

  test('when the search is malformed, then the export is a 400 JSON error, not a broken file', async () => {
    const response = await fetch(`${app.server.url}/api/export.csv?q=%22open`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: expect.stringMatching(/unbalanced quote/) });
  });
});

describe('GET /api/export.json', () => {
  test('when a search is exported as JSON, then the document holds every result with its citation and link', async () => {
    const response = await fetch(`${app.server.url}/api/export.json?q=visit&theme=`);
    expect(response.headers.get('content-disposition')).toMatch(/lessons-search\.json/);
    const body = (await response.json()) as any;
    expect(body).toMatchObject({ ok: true, total: 32, query: { q: 'visit' } });
    expect(body.results).toHaveLength(32);
    expect(body.results[0]).toMatchObject({ citation: expect.stringContaining(', p. '), url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/reviews\/\d+#p-/), themes: expect.any(Array) });
    expect(body.results[0]).not.toHaveProperty('snippet');
  });
});
