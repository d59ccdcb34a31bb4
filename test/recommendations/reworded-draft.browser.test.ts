import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadTagger } from '../../src/lexicon/index.js';
import { ARTIFACTS, launchBrowser, type Browser } from '../support/browser.js';
import { truthCorpus } from '../support/check-corpus.js';
import { SOURCE_ASKS, REWORDED_DRAFT } from '../support/reworded-draft.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer(truthCorpus(loadTagger(path.join(PROJECT_ROOT, 'lexicons'))));
  browser = await launchBrowser();
  page = await browser.context.newPage();
}, 120_000);
afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
});

describe('a board officer checks reworded recommendations in the browser', () => {
  test('when the draft is uploaded on /check, then at least five of its six recommendations show as a same or similar ask of their group, with the earlier recommendation they reword', async () => {
    await page.goto(`${server.url}/check`);
    await page.getByLabel('Draft report').setInputFiles(REWORDED_DRAFT);
    await page.getByRole('button', { name: 'Check the draft' }).click();
    await page.waitForSelector('.placed-recommendation');
    const items = await page.locator('.placed-recommendation').evaluateAll((elements) =>
      elements.map((element) => ({
        placement: element.getAttribute('data-placement'),
        tier: element.getAttribute('data-tier'),
        citation: element.querySelector('.citation')?.textContent ?? '',
        reason: element.querySelector('.reason')?.textContent ?? '',
        closest: element.querySelector('.repeat-matches li')?.textContent ?? '',
      })),
    );
    expect(items).toHaveLength(6);
    const placed = Object.entries(SOURCE_ASKS).filter(([paragraph, source]) =>
      items.some((item) => item.citation.startsWith(`para ${paragraph}`) && item.placement === 'group' && (item.tier === 'same ask' || item.tier === 'similar ask') && item.closest.includes(source) && item.reason !== ''),
    );
    expect(placed.length).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: path.join(ARTIFACTS, 'check-reworded-recommendations.png'), fullPage: true });
  });
});
