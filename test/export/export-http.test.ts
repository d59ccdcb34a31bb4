import { describe, expect, test } from 'vitest';
import { researchCorpus } from '../support/research-corpus.js';
import { serveForTests } from '../support/test-server.js';
import { unzip } from './qdpx-fixture.js';

const app = serveForTests(researchCorpus);

describe('exports over HTTP', () => {
  test('when a search is exported as CSV, then links are absolute and the query, filters, lexicon version and time are in a header, not a row', async () => {
    const response = await fetch(`${app.server.url}/api/export.csv?q=face+value&kind=finding&year_from=2010`);
    expect(response.status).toBe(200);
    const meta = JSON.parse(response.headers.get('lessons-export')!);
    expect(meta).toMatchObject({ query: 'face value', filters: { kind: 'finding', year_from: 2010, themes: [] }, lexicon_version: 'fixture', base_url: app.server.url, total: 3 });
    expect(Date.now() - Date.parse(meta.exported_at)).toBeLessThan(60_000);
    const lines = (await response.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 3);
    expect(lines[0]).toMatch(/^passage_id,/);
    expect(lines[1]).toContain(`,${app.server.url}/reviews/`);
  });

  test('when the query has characters past ASCII, then the header still carries them, escaped', async () => {
    const response = await fetch(`${app.server.url}/api/export.csv?q=${encodeURIComponent('café')}`);
    expect(response.headers.get('lessons-export')).toContain('caf\\u00e9');
    expect(JSON.parse(response.headers.get('lessons-export')!).query).toBe('café');
  });

  test('when a search is exported as JSON, then a meta object says what it holds', async () => {
    const body = (await (await fetch(`${app.server.url}/api/export.json?theme=child_not_seen`)).json()) as any;
    expect(body.meta).toMatchObject({ query: '', filters: { themes: ['child_not_seen'] }, lexicon_version: 'fixture', total: 1 });
    expect(body.results[0].url).toMatch(new RegExp(`^${app.server.url}/reviews/\\d+#p-3\\.5$`));
  });

  test('when the search page offers downloads, then a REFI-QDA project is one of them, and it is a ZIP with the project and its sources', async () => {
    const page = await (await fetch(`${app.server.url}/search?q=face+value`)).text();
    const link = /href="(\/api\/export\.qdpx\?[^"]*)"/.exec(page)?.[1];
    expect(link).toBeDefined();
    const response = await fetch(`${app.server.url}${link!.replace(/&amp;/g, '&')}`);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/lessons-search\.qdpx/);
    const files = await unzip(new Uint8Array(await response.arrayBuffer()));
    expect([...files.keys()].filter((name) => name.startsWith('Sources/'))).toHaveLength(2);
    expect(files.get('project.qde')).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<Project xmlns="urn:QDA-XML:project:1\.0"/);
  });

  test('when the export search is malformed, then the qdpx export is a 400 JSON error, not a broken file', async () => {
    const response = await fetch(`${app.server.url}/api/export.qdpx?q=%22open`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false });
  });
});
