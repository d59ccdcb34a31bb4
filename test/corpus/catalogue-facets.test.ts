import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { readCatalogue } from '../../src/ingest/catalogue.js';
import { readSidecar } from '../../src/ingest/sources.js';
import { loadTagger } from '../../src/lexicon/index.js';
import { truthCorpus } from '../support/check-corpus.js';
import { CORPUS, corpusTruths, ingestCorpusReport } from '../support/corpus.js';
import { serveForTests } from '../support/test-server.js';

const tagger = loadTagger(loadConfig({}).lexicons);
const truths = corpusTruths();
const truthByTitle = new Map(truths.map((truth) => [truth.meta.title, truth]));
// The corpus from its ground-truth paragraphs, its catalogue fields read as ingest reads them.
const app = serveForTests(() => truthCorpus(tagger).map((review) => ({ ...review, catalogue: readCatalogue(review.meta, review.text) })));
const { getJson } = app;
const countBy = (values: string[]) => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});

describe('catalogue facets over the bundled corpus', () => {
  test('when the reviews are listed, then the area facet groups boards and the partnerships that replaced them, as the ground truth does', async () => {
    const { body } = await getJson('/api/reviews');
    expect(body.facets.area).toEqual(countBy(truths.map((truth) => truth.review.area)));
    expect(body.facets.area.Eastvale).toBe(5);
  });

  test('when the reviews are listed, then the review type facet counts the ground truth, a brief that names no type as unknown', async () => {
    const { body } = await getJson('/api/reviews');
    const stated = { ...body.facets.review_type };
    const unknown = stated.unknown ?? 0;
    delete stated.unknown;
    const truthCounts = countBy(truths.map((truth) => truth.review.type));
    expect(unknown).toBeLessThanOrEqual(truths.filter((truth) => truth.review.document === 'brief').length);
    for (const [type, count] of Object.entries(truthCounts)) expect(stated[type] ?? 0, type).toBeGreaterThanOrEqual(count - unknown);
    expect(Object.keys(stated).sort()).toEqual(Object.keys(truthCounts).sort());
  });

  test.each([
    ['review_type', 'SCR', 'type'],
    ['area', 'Eastvale', 'area'],
    ['harm', 'death', 'harm'],
    ['age_band', 'under 1', 'ageBand'],
  ] as const)('when the list is filtered by %s=%s, then every review listed has it in the ground truth', async (field, value, truthField) => {
    const { body } = await getJson(`/api/reviews?${field}=${encodeURIComponent(value)}&limit=500`);
    expect(body.total).toBeGreaterThan(0);
    expect(body.total).toBe(body.facets[field][value]);
    for (const review of body.reviews) expect(truthByTitle.get(review.title)!.review[truthField], review.title).toBe(value);
  });

  test('when search is filtered by harm and type, then its passages come only from such reviews, and the facets say how many', async () => {
    const { body } = await getJson('/api/search?harm=serious+harm&review_type=SCR&limit=100');
    expect(body.total).toBeGreaterThan(0);
    expect(body.facets.harm).toEqual({ 'serious harm': body.total });
    for (const hit of body.results) expect(truthByTitle.get(hit.review.title)!.review).toMatchObject({ harm: 'serious harm', type: 'SCR' });
    const all = await getJson('/api/search');
    expect(Object.values(all.body.facets.review_type).reduce((sum: number, n) => sum + (n as number), 0)).toBe(all.body.total);
  });

  test('when a facet value is not one of the list, then 400 names the values', async () => {
    const { status, body } = await getJson('/api/search?harm=minor');
    expect(status).toBe(400);
    expect(body.error).toMatch(/bad harm "minor": use one of death, serious harm/);
  });
});

describe('catalogue fields at ingest', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lessons-catalogue-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('when a report is ingested from its PDF, then its catalogue fields are read from the cover and text', async () => {
    const truth = truths.find((one) => one.file === 'ashworth-vale-2021-child-r.pdf')!;
    const review = await ingestCorpusReport(truth, tagger);
    expect(review.catalogue).toEqual({ review_type: 'CSPR', area: 'Ashworth Vale', region: null, age_band: 'under 1', sex: 'female', harm: 'death' });
  });

  test('when a sidecar sets catalogue fields, then they are checked against their lists', async () => {
    const file = path.join(dir, 'report.pdf');
    copyFileSync(path.join(CORPUS, 'ashworth-vale-2021-child-r.pdf'), file);
    writeFileSync(`${file}.json`, JSON.stringify({ region: 'North West', review_type: 'LCSPR' }));
    expect(await readSidecar(file)).toEqual({ region: 'North West', review_type: 'LCSPR' });
    writeFileSync(`${file}.json`, JSON.stringify({ harm: 'minor' }));
    await expect(readSidecar(file)).rejects.toThrow(/bad "harm" "minor": use one of death, serious harm/);
  });
});
