import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { readCatalogue } from '../../src/ingest/catalogue.js';
import { loadTagger } from '../../src/lexicon/index.js';
import { browseForTests } from '../support/browser.js';
import { truthCorpus } from '../support/check-corpus.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** A draft to check, so that the check report is checked too. */
const DRAFT = path.resolve(import.meta.dirname, '..', 'fixtures', 'quality-drafts', 'canal-no-voice.md');

/** Every HTML page, each with data to show: words and a theme, a review, a theme, a concordance, the coding queue. */
const PAGES = [
  '/',
  '/search?q=face+value&theme=face_value',
  '/reviews',
  '/reviews/1',
  '/themes',
  '/themes/face_value',
  '/concordance?q=home',
  '/recommendations',
  '/check',
  '/code?theme=face_value',
  '/agreement',
];

// The bundled corpus, from its ground-truth paragraphs, its catalogue fields read as ingest reads them.
const app = browseForTests(() => {
  const tagger = loadTagger(loadConfig({}).lexicons);
  return truthCorpus(tagger).map((review) => ({ ...review, catalogue: readCatalogue(review.meta, review.text) }));
});

/**
 * axe's serious and critical violations on the page, one line each. axe is evaluated through the
 * devtools protocol, which the app's `script-src 'self'` does not block, as a script tag would be.
 */
async function seriousViolations(): Promise<string[]> {
  const { page } = app;
  // What a disclosure hides is checked too.
  await page.locator('details').evaluateAll((disclosures) => disclosures.forEach((disclosure) => disclosure.setAttribute('open', '')));
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run(): Promise<AxeResults> } };
    const results = await axe.run();
    return results.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id} (${violation.help}) on ${violation.targets.length}: ${violation.targets.join(', ')}`);
}

const WIDTHS = [1280, 375];

describe('every page, checked by axe-core', () => {
  test.each(PAGES.flatMap((url) => WIDTHS.map((width) => [url, width] as const)))('when %s is checked at %i px, then axe finds no serious or critical violation', async (url, width) => {
    const { page, server } = app;
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(`${server.url}${url}`);
    expect(response?.status(), url).toBe(200);
    expect(await seriousViolations(), url).toEqual([]);
  });

  test.each(WIDTHS)('when the report on a checked draft is checked at %i px, then axe finds no serious or critical violation', async (width) => {
    const { page, server } = app;
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${server.url}/check`);
    await page.getByLabel('Draft report').setInputFiles(DRAFT);
    await page.getByRole('button', { name: 'Check the draft' }).click();
    await page.waitForSelector('.check-quality');
    expect(await seriousViolations()).toEqual([]);
  });
});
