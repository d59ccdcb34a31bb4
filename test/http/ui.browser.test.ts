import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ARTIFACTS, launchBrowser, type Browser } from '../support/browser.js';
import { researchCorpus } from '../support/research-corpus.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  server = await startTestServer(researchCorpus());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  dialogs.length = 0;
  page = await browser.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return () => page.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

describe('a researcher in the browser', () => {
  test('when they search for words, then cited results show with the hits highlighted', async () => {
    await page.goto(server.url);
    await page.getByLabel('Words').fill('face value');
    await page.getByLabel('Words').press('Enter');
    await page.waitForURL(/q=face\+value/);
    await expect.poll(() => page.locator('.result').count()).toBe(4);
    expect(await page.locator('.result mark:not(.evidence)').first().textContent()).toMatch(/face|value/i);
    expect(await page.locator('#results-heading').textContent()).toMatch(/^4 passages/);
    expect(await page.locator('.result .citation').first().textContent()).toMatch(/p\. \d+ · para /);
    await shot('search-face-value');
  });

  test('when they filter by a theme, then the URL holds the whole state and reloading it restores the same results', async () => {
    await page.goto(`${server.url}/search?q=face+value`);
    await page.getByRole('link', { name: /^Filter by Accounts taken at face value/ }).click();
    await page.waitForURL(/theme=face_value/);
    await expect.poll(() => page.locator('.result').count()).toBe(3);
    const url = page.url();
    const second = await browser.context.newPage();
    await second.goto(url);
    expect(await second.locator('.result').count()).toBe(3);
    expect(await second.getByLabel('Words').inputValue()).toBe('face value');
    expect(await second.getByRole('link', { name: /^Remove filter Accounts taken at face value$/ }).count()).toBe(1);
    await second.close();
  });

  test('when they open a result, then the review opens at that paragraph with its evidence highlighted and theme chips', async () => {
    await page.goto(`${server.url}/search?q=bruising`);
    await page.locator('.result h3 a').first().click();
    await page.waitForURL(/\/reviews\/\d+#p-4\.12$/);
    const paragraph = page.locator('[id="p-4.12"]');
    await expect.poll(() => paragraph.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await paragraph.locator('mark').first().textContent()).toBe("accepted the mother's explanation of the bruising at face value");
    expect(await paragraph.locator('.chip').allTextContents()).toHaveLength(2);
    await shot('review-deep-link');
  });

  test('when they follow a deep link to a paragraph, then that paragraph is the target and has focus', async () => {
    await page.goto(`${server.url}/reviews/1#p-4.13`);
    await expect.poll(() => page.locator(':focus').getAttribute('id')).toBe('p-4.13');
    expect(await page.locator('[id="p-4.13"]').textContent()).toContain('allowed to drift');
  });

  test('when the link has a malformed fragment, then the page throws no script error and a later good link still takes focus', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/reviews/1#p-%E0%A4`);
    await page.waitForLoadState('load');
    await page.evaluate('location.hash = "p-4.13"');
    await expect.poll(() => page.locator(':focus').getAttribute('id')).toBe('p-4.13');
    expect(errors).toEqual([]);
  });

  test('when a passage holds <script> and an <img onerror>, then both show as text and neither runs', async () => {
    for (const url of [`${server.url}/reviews/1`, `${server.url}/search?q=%22case+note%22`, `${server.url}/concordance?q=%22case+note%22`]) {
      await page.goto(url);
      await page.waitForLoadState('load');
      expect(await page.evaluate('window.__xss')).toBeUndefined();
      expect(await page.locator('main').textContent()).toContain('<script>window.__xss');
      expect(await page.locator('main img').count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
    await shot('hostile-passage-as-text');
  });

  test('when they use only the keyboard, then the skip link comes first and leads into the main content', async () => {
    await page.goto(server.url);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Skip to main content');
    expect((await page.locator('.skip-link').boundingBox())?.x).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('id')).toBe('q');
    await page.keyboard.type('drift');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=drift/);
    expect(await page.locator('.result').count()).toBe(1);
  });

  test('when they look at the themes, then prevalence and co-occurrence are drawn as charts', async () => {
    await page.goto(`${server.url}/themes`);
    expect(await page.locator("svg.heatmap > rect").count()).toBe(21 * 21);
    expect(await page.locator('table svg.sparkline').count()).toBe(21);
    await shot('themes');
    await page.getByRole('link', { name: 'Accounts taken at face value' }).first().click();
    await page.waitForURL(/\/themes\/face_value$/);
    expect(await page.locator('svg.chart rect.bar').count()).toBe(3);
    await shot('theme-face-value');
  });

  test('when every kind of page loads, then the browser reports no error and no Content-Security-Policy violation', async () => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    for (const path of ['/', '/search?q=face+value&theme=face_value', '/reviews', '/reviews/1', '/themes', '/themes/face_value', '/concordance?q=drift', '/search?q=%22broken']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('load');
    }
    expect(problems.filter((problem) => !/status of 400/.test(problem))).toEqual([]);
  });

  test('when the screen is as narrow as a phone, then the page fits without sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const [url, name] of [[`${server.url}/search?q=face+value`, 'phone-search'], [`${server.url}/reviews/1`, 'phone-review']] as const) {
      await page.goto(url);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
      await shot(name);
    }
  });
});
