import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { search } from '../../src/search/search.js';
import { searchRequest } from '../../src/search/search-request.js';
import { openDatabase } from '../../src/store/database.js';
import { searchQueries } from '../../src/store/search-queries.js';
import { writeDatabase } from '../support/check-corpus.js';
import { ocrAccuracy } from '../support/ocr-accuracy.js';
import { startTestServer } from '../support/test-server.js';
import { normaliseLine } from '../../src/ingest/normalise.js';
import type { IngestedReview } from '../../src/model/review.js';
import { loadTagger } from '../../src/lexicon/index.js';
import { loadConfig } from '../../src/config.js';
import { corpusTruths, ingestCorpusReport, type Truth } from '../support/corpus.js';
import { passageViolations } from '../support/passage-invariants.js';

const allTruths = corpusTruths();
/** Reports with a text layer, held to the parser's own standard; scanned ones are held to OCR's (below). */
const truths = allTruths.filter((truth) => !truth.scanned);
const ingested = new Map<string, IngestedReview>();

// Scanned reports are read by OCR, seconds a page when not cached (test/support/corpus.ts).
beforeAll(async () => {
  const tagger = loadTagger(loadConfig({}).lexicons);
  for (const truth of allTruths) ingested.set(truth.file, await ingestCorpusReport(truth, tagger));
}, 600_000);

const reviewOf = (truth: Truth): IngestedReview => ingested.get(truth.file) as IngestedReview;

describe('the bundled corpus against its ground truth', () => {
  test('when the corpus is read, then it holds about a dozen reports from both generators', () => {
    expect(truths.length).toBeGreaterThanOrEqual(10);
    expect(new Set(truths.map((truth) => truth.generator))).toEqual(new Set(['pdfkit', 'libreoffice']));
  });

  test('when every report is ingested, then at least 98% of numbered paragraphs have the right page, number and kind', () => {
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const truth of truths) {
      const found = new Map(reviewOf(truth).passages.filter((p) => p.paragraph).map((p) => [p.paragraph, p]));
      for (const paragraph of truth.paragraphs) {
        total += 1;
        const passage = found.get(paragraph.number);
        if (passage && passage.page === paragraph.page && passage.kind === paragraph.kind) right += 1;
        else wrong.push(`${truth.file} ${paragraph.number}: ${passage ? `page ${passage.page} kind ${passage.kind}` : 'missing'}, expected page ${paragraph.page} kind ${paragraph.kind}`);
      }
    }
    expect(right / total, wrong.slice(0, 10).join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  test.each(truths.map((truth) => [truth.file, truth] as const))('when %s is ingested, then its metadata is right', (_, truth) => {
    expect(reviewOf(truth).meta).toEqual(truth.meta);
    expect(reviewOf(truth).pages).toBe(truth.pages);
  });

  test('when passages are stored, then no running header, footer or page number is inside any of them', () => {
    const leaks: string[] = [];
    for (const truth of truths) {
      for (const passage of reviewOf(truth).passages) {
        for (const running of truth.running) if (passage.text.includes(normaliseLine(running))) leaks.push(`${truth.file} p${passage.page}: ${running}`);
        if (/\bPage \d+ of \d+\b/.test(passage.text)) leaks.push(`${truth.file} p${passage.page}: page number`);
      }
    }
    expect(leaks).toEqual([]);
  });

  test('when paragraphs wrapped with line-end hyphens, then no word is left split', () => {
    const split: string[] = [];
    for (const truth of truths) {
      const found = new Map(reviewOf(truth).passages.map((p) => [p.paragraph, p.text]));
      for (const paragraph of truth.paragraphs) {
        const text = found.get(paragraph.number);
        if (text === undefined) continue;
        const expected = new Set(normaliseLine(paragraph.text).match(/[\p{L}\p{N}'-]+/gu));
        const foreign = (text.match(/[\p{L}\p{N}'-]+/gu) ?? []).filter((word) => !expected.has(word));
        if (foreign.length > 0) split.push(`${truth.file} ${paragraph.number}: ${foreign.join(', ')}`);
      }
    }
    expect(split).toEqual([]);
  });

  // Scanned reports among them (when the corpus holds any) are read by OCR; test/ingest/ocr.test.ts holds a scan to the same invariants.
  test('when passages are built, then they tile the review text in order without gaps or overlaps, and every span lies inside its passage', () => {
    expect(allTruths.flatMap((truth) => passageViolations(reviewOf(truth), truth.file))).toEqual([]);
  });

  test('when the contents page is read, then none of its entries becomes a passage', () => {
    for (const truth of truths) {
      expect(reviewOf(truth).passages.filter((passage) => /\.{4,}\s*\d+$/.test(passage.text))).toEqual([]);
    }
  });
});

const scanned = allTruths.filter((truth) => truth.scanned);

// Two reports of the corpus are scans, marked `"scanned": true` by scripts/make-scanned.ts (corpus/README.md).
describe('the scanned reports of the corpus, read by OCR', () => {
  let dir: string;
  let dbFile: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lessons-scanned-'));
    dbFile = path.join(dir, 'lessons.db');
    writeDatabase(dbFile, [...ingested.values()]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('when the corpus is read, then two of its reports are scans without a text layer', () => {
    expect(scanned.length).toBe(2);
  });

  test.each(scanned.map((truth) => [truth.file, truth] as const))('when %s is read, then every page is read by OCR and its text is within 2% of the truth, with 95% of paragraph numbers', (_, truth) => {
    const review = reviewOf(truth);
    expect(review.pages).toBe(truth.pages);
    expect(review.ocrPages).toBe(truth.pages);
    const accuracy = ocrAccuracy(review, truth);
    expect(accuracy.cer, accuracy.worst.join('\n')).toBeLessThanOrEqual(0.02);
    expect(accuracy.numbersFound, accuracy.worst.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  test.each(scanned.map((truth) => [truth.file, truth] as const))('when %s is read, then its paragraphs have the right page and kind, and each passage its OCR confidence', (_, truth) => {
    const found = new Map(reviewOf(truth).passages.map((passage) => [passage.paragraph, passage]));
    const right = truth.paragraphs.filter((paragraph) => found.get(paragraph.number)?.page === paragraph.page && found.get(paragraph.number)?.kind === paragraph.kind);
    expect(right.length / truth.paragraphs.length).toBeGreaterThanOrEqual(0.95);
    for (const passage of reviewOf(truth).passages) expect(passage.ocrConfidence).toSatisfy((confidence: number) => confidence > 50 && confidence <= 100);
  });

  test.each(scanned.map((truth) => [truth.file, truth] as const))('when %s is read, then its title, board, subject, year and author are read from its title page', (_, truth) => {
    expect(reviewOf(truth).meta).toEqual(truth.meta);
  });

  test.each(scanned.map((truth) => [truth.file, truth] as const))('when a sentence of %s is searched for, then its passage is found, cited by page and paragraph, and marked as read by OCR', async (_, truth) => {
    const db = openDatabase(dbFile, { readonly: true });
    try {
      const queries = searchQueries(db);
      // The longest paragraph's first six words, as a phrase.
      const paragraph = [...truth.paragraphs].sort((a, b) => b.text.length - a.text.length)[0]!;
      const phrase = normaliseLine(paragraph.text).split(/\s+/).slice(0, 6).join(' ').replace(/["“”]/g, '');
      const hits = (await search(queries, searchRequest({ q: `"${phrase}"`, ocr: 'only' }))).results;
      expect(hits.map((hit) => [hit.review.title, hit.page, hit.paragraph, hit.ocr])).toContainEqual([reviewOf(truth).meta.title, paragraph.page, paragraph.number, true]);
      expect(hits.every((hit) => hit.ocr && hit.ocr_confidence !== null)).toBe(true);
      expect((await search(queries, searchRequest({ q: `"${phrase}"`, ocr: 'exclude' }))).results.filter((hit) => hit.review.title === reviewOf(truth).meta.title)).toEqual([]);
    } finally {
      db.close();
    }
  });

  test('when the API is asked for OCR passages only, and for a scanned review, then they say they were read by OCR, and the page says so too', async () => {
    const server = await startTestServer(scanned.map(reviewOf));
    try {
      const search = (await (await fetch(`${server.url}/api/search?ocr=only&limit=100`)).json()) as { total: number; results: Array<{ ocr: boolean; ocr_confidence: number | null }> };
      expect(search.total).toBe(scanned.reduce((sum, truth) => sum + reviewOf(truth).passages.length, 0));
      expect(search.results.every((hit) => hit.ocr && hit.ocr_confidence !== null)).toBe(true);
      expect(((await (await fetch(`${server.url}/api/search?ocr=exclude`)).json()) as { total: number }).total).toBe(0);
      expect((await fetch(`${server.url}/api/search?ocr=maybe`)).status).toBe(400);
      const page = await (await fetch(`${server.url}/reviews/1`)).text();
      expect(page).toMatch(/Read by OCR from a scanned page, confidence \d+%/);
    } finally {
      await server.close();
    }
  });
});
