import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ARTIFACTS, browseForTests } from '../support/browser.js';
import { researchCorpus } from '../support/research-corpus.js';

const browse = browseForTests(researchCorpus);

const shot = (name: string) => browse.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
const width = async (selector: string) => (await browse.page.locator(selector).first().boundingBox())?.width ?? 0;

describe('a researcher drilling down in the browser', () => {
  test('when they follow a pair count on /themes, then they reach the reviews with both themes and then those passages', async () => {
    await browse.page.goto(`${browse.server.url}/themes`);
    await browse.page.getByRole('link', { name: /^1 review with both Accounts taken at face value and Professional drift/ }).click();
    await browse.page.waitForURL(/\/reviews\?theme=face_value&theme=professional_drift/);
    expect(await browse.page.locator('tbody tr').count()).toBe(1);
    await shot('pair-reviews');
    await browse.page.getByRole('link', { name: 'Its passages with either theme' }).click();
    await browse.page.waitForURL(/review=\d+.*theme_mode=any/);
    const chips = await browse.page.locator('.result').evaluateAll((results) => results.map((result) => result.querySelector('.chips')?.textContent ?? ''));
    expect(chips.length).toBe(3);
    for (const text of chips) expect(text).toMatch(/face value|drift/i);
    await shot('pair-passages');
  });

  test('when they follow a theme chip on a review page, then they see that review’s passages for the theme', async () => {
    await browse.page.goto(`${browse.server.url}/reviews/1`);
    await browse.page.locator('.profile a.chip', { hasText: 'face value' }).click();
    await browse.page.waitForURL(/\/search\?review=1&theme=face_value/);
    expect(await browse.page.locator('.result').count()).toBe(2);
    const boards = await browse.page.locator('.result .citation').allTextContents();
    for (const board of boards) expect(board).toContain('Northmoor LSCB');
    expect(await browse.page.locator('.active-filters').textContent()).toContain('Serious Case Review: Child S');
  });

  test('when the concordance is read at 1280 and 375 px, then no column is crushed', async () => {
    await browse.page.setViewportSize({ width: 1280, height: 900 });
    await browse.page.goto(`${browse.server.url}/concordance?q=home`);
    expect(await width('.kwic td.cite')).toBeGreaterThan(150);
    await shot('concordance-1280');
    await browse.page.setViewportSize({ width: 375, height: 812 });
    await browse.page.goto(`${browse.server.url}/concordance?q=home`);
    expect(await width('.kwic td.left')).toBeGreaterThan(80);
    expect(await width('.kwic td.right')).toBeGreaterThan(80);
    expect(await browse.page.locator('.kwic td.left').first().isVisible()).toBe(true);
    expect(await browse.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await shot('concordance-375');
  });

  test('when the pages are read at 1280 and 375 px, then none scrolls sideways', async () => {
    for (const viewport of [1280, 375]) {
      await browse.page.setViewportSize({ width: viewport, height: 900 });
      for (const [url, name] of [['/reviews', 'reviews'], ['/reviews?theme=face_value', 'reviews-theme'], ['/themes', 'themes'], ['/themes/face_value?bin=3', 'theme-bins'], ['/search?q=face+value', 'search'], ['/reviews/1', 'review']] as const) {
        await browse.page.goto(`${browse.server.url}${url}`);
        expect(await browse.page.evaluate('document.documentElement.scrollWidth'), `${url} at ${viewport}`).toBeLessThanOrEqual(viewport);
        await shot(`${name}-${viewport}`);
      }
    }
  });

  test('when a link carries an accessible name, then that name contains the text it shows, on every page', async () => {
    for (const url of ['/', '/search?q=face+value', '/reviews', '/reviews/1', '/reviews?theme=face_value', '/themes', '/themes/face_value', '/concordance?q=drift']) {
      await browse.page.goto(`${browse.server.url}${url}`);
      const mismatched = await browse.page.locator('a[aria-label]').evaluateAll((links) =>
        links.filter((link) => !link.getAttribute('aria-label')!.toLowerCase().includes((link.textContent ?? '').replace(/[✓✕]/g, '').trim().toLowerCase())).map((link) => link.outerHTML),
      );
      expect(mismatched, url).toEqual([]);
    }
  });
});
