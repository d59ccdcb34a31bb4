import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { researchCorpus } from '../support/research-corpus.js';
import { serveForTests } from '../support/test-server.js';

// Child S's PDF is a real file; the others were ingested from paths that no longer exist.
const pdfDir = mkdtempSync(path.join(tmpdir(), 'lessons-pdf-'));
const pdfFile = path.join(pdfDir, 'child s.pdf');
const PDF_BYTES = '%PDF-1.4\n% a stand-in for the report\n%%EOF\n';
writeFileSync(pdfFile, PDF_BYTES);
afterAll(() => rmSync(pdfDir, { recursive: true, force: true }));

const app = serveForTests(() => researchCorpus().map((review) => (review.meta.title === 'Serious Case Review: Child S' ? { ...review, file: pdfFile } : review)));
const { getJson } = app;

async function reviewId(title: string): Promise<number> {
  const { body } = await getJson('/api/reviews');
  return body.reviews.find((review: any) => review.title === title).id;
}

describe('the review filter', () => {
  test('when search is narrowed to one review, then only its passages come, and facets count only them', async () => {
    const id = await reviewId('Serious Case Review: Child S');
    const all = await getJson('/api/search?theme=face_value');
    const one = await getJson(`/api/search?theme=face_value&review=${id}`);
    expect(all.body.total).toBeGreaterThan(one.body.total);
    expect(one.body.total).toBe(2);
    expect(one.body.results.every((hit: any) => hit.review.id === id)).toBe(true);
    expect(one.body.facets.board).toEqual({ 'Northmoor LSCB': 2 });
  });

  test('when review repeats, then passages of either review come', async () => {
    const childS = await reviewId('Serious Case Review: Child S');
    const babyF = await reviewId('Child Safeguarding Practice Review: Baby F');
    const { body } = await getJson(`/api/search?theme=face_value&review=${childS}&review=${babyF}`);
    expect(new Set(body.results.map((hit: any) => hit.review.id))).toEqual(new Set([childS, babyF]));
  });

  test('when the concordance is narrowed to a review, then every line cites that review', async () => {
    const id = await reviewId('Serious Case Review: Child W');
    const { body } = await getJson(`/api/concordance?q=home&review=${id}`);
    expect(body.lines.length).toBeGreaterThan(0);
    expect(body.lines.every((line: any) => line.passage.review.id === id)).toBe(true);
  });

  test('when the export is narrowed to a review, then it holds only that review', async () => {
    const id = await reviewId('Child Safeguarding Practice Review: Baby F');
    const { body } = await getJson(`/api/export.json?review=${id}`);
    expect(body.results.length).toBe(3);
    expect(body.results.every((hit: any) => hit.review.id === id)).toBe(true);
  });

  test('when the review is not a number, then 400 says so', async () => {
    const { status, body } = await getJson('/api/search?review=abc');
    expect(status).toBe(400);
    expect(body.error).toMatch(/review "abc"/);
  });
});

describe('a review page', () => {
  test('when a theme chip is followed, then it opens that review’s passages for the theme', async () => {
    const id = await reviewId('Serious Case Review: Child S');
    const page = await (await fetch(`${app.server.url}/reviews/${id}`)).text();
    const href = /<a class="chip" href="([^"]+)">Accounts taken at face value: 2 passages</.exec(page)?.[1]?.replace(/&amp;/g, '&');
    expect(href).toBe(`/search?review=${id}&theme=face_value`);
    const { body } = await getJson(`/api${href}`);
    expect(body.total).toBe(2);
  });

  test('when it is read, then each passage shows its page, linked to the PDF at that page', async () => {
    const id = await reviewId('Serious Case Review: Child S');
    const page = await (await fetch(`${app.server.url}/reviews/${id}`)).text();
    expect(page).toContain(`href="/reviews/${id}/pdf#page=2"`);
    expect(page).toMatch(/>page 2</);
  });

  test('when the id is not a number, then 400 says it is not a number', async () => {
    const { status, body } = await getJson('/api/reviews/abc');
    expect(status).toBe(400);
    expect(body.error).toMatch(/"abc" is not a number/);
  });
});

describe('the source PDF', () => {
  test('when the file is still where it was ingested, then it is served as a PDF', async () => {
    const id = await reviewId('Serious Case Review: Child S');
    const { body } = await getJson(`/api/reviews/${id}`);
    expect(body.pdf).toEqual({ available: true, url: `/reviews/${id}/pdf`, file_name: 'child s.pdf', ingested_from: null });
    const response = await fetch(`${app.server.url}/reviews/${id}/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(await response.text()).toBe(PDF_BYTES);
  });

  test('when the file has gone, then the page says where it was and the PDF address answers 404', async () => {
    const id = await reviewId('Serious Case Review: Child W');
    const { body } = await getJson(`/api/reviews/${id}`);
    expect(body.pdf).toMatchObject({ available: false, url: null, ingested_from: '/fixtures/Serious Case Review: Child W.pdf' });
    const page = await (await fetch(`${app.server.url}/reviews/${id}`)).text();
    expect(page).toMatch(/gone: it was ingested from <code>\/fixtures\/Serious Case Review: Child W.pdf<\/code>/);
    const response = await fetch(`${app.server.url}/reviews/${id}/pdf`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/no longer there/);
  });

  test('when a search result is cited, then its page links to the PDF at that page', async () => {
    const page = await (await fetch(`${app.server.url}/search?q=bruising`)).text();
    expect(page).toMatch(/<a class="page-link" href="\/reviews\/\d+\/pdf#page=2"[^>]*>p\. 2<\/a>/);
  });
});
