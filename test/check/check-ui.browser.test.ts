import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadTagger } from '../../src/lexicon/index.js';
import type { ThemeId } from '../../src/model/themes.js';
import { ARTIFACTS, launchBrowser, type Browser } from '../support/browser.js';
import { truthCorpus } from '../support/check-corpus.js';
import { corpusTruths } from '../support/corpus.js';
import { writeDraftPdf } from '../support/drafts.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;
let page: Page;
let dir: string;
let draftPdf: string;
/** A draft with no family-involvement statement, nothing of the child's views and no dated recommendation. */
const VOICELESS = path.resolve(import.meta.dirname, '..', 'fixtures', 'quality-drafts', 'canal-no-voice.md');

beforeAll(async () => {
  const tagger = loadTagger(loadConfig({}).lexicons);
  server = await startTestServer(truthCorpus(tagger));
  browser = await launchBrowser();
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-check-ui-'));
  const copied = corpusTruths().flatMap((truth) => truth.paragraphs).find((paragraph) => paragraph.kind === 'finding' && paragraph.themes.length > 0 && paragraph.text.length > 300);
  const planted: ThemeId[] = ['face_value', 'child_not_seen', 'hidden_men', 'multi_agency', 'professional_drift'];
  ({ file: draftPdf } = await writeDraftPdf(dir, 7, { targetPages: 12, ageGroup: 'child', plantThemes: planted, ...(copied ? { nearDuplicateOf: { text: copied.text, themes: copied.themes } } : {}) }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  page = await browser.context.newPage();
  return () => page.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
// The callback runs in the browser: the window is its global, which Node's types do not declare.
const display = (selector: string) => page.locator(selector).first().evaluate((element) => (element.ownerDocument.defaultView as { getComputedStyle(node: unknown): { display: string } }).getComputedStyle(element).display);

describe('a board officer checks a draft in the browser', () => {
  test('when they upload a PDF draft through the form, then the report shows the summary, each failing with its evidence and the closest earlier passages', async () => {
    await page.goto(`${server.url}/check`);
    await page.getByLabel('Draft report').setInputFiles(draftPdf);
    await page.getByRole('button', { name: 'Check the draft' }).click();
    await page.waitForSelector('.check-summary');
    expect(await page.locator('.check-summary').textContent()).toMatch(/^This draft describes \d+ known failings; \d+ of its \d+ recommendations makes? an ask earlier reviews made/);
    expect(await page.locator('.check-theme').count()).toBeGreaterThanOrEqual(5);
    const first = page.locator('.check-theme').first();
    expect(await first.locator('.draft-passages mark').count()).toBeGreaterThan(0);
    expect(await first.locator('.similar-passages .score').first().textContent()).toMatch(/^[01]\.\d\d$/);
    expect(await first.locator('.recurrence').textContent()).toMatch(/Found in \d+ of \d+ earlier reviews/);
    expect(await page.locator('.check-method').textContent()).toContain('TF-IDF');
    await shot('check-report');
  });

  test('when the report is printed, then navigation, contents and form are left out and the findings stay', async () => {
    await page.goto(`${server.url}/check`);
    await page.getByLabel('Draft report').setInputFiles(draftPdf);
    await page.getByRole('button', { name: 'Check the draft' }).click();
    await page.waitForSelector('.check-summary');
    await page.emulateMedia({ media: 'print' });
    expect(await display('.site-header')).toBe('none');
    expect(await display('.check-contents')).toBe('none');
    expect(await display('.check-again')).toBe('none');
    expect(await display('.check-summary')).not.toBe('none');
    expect(await display('.check-theme')).not.toBe('none');
    await shot('check-report-print');
    await page.goto(`${server.url}/check`);
    await page.emulateMedia({ media: 'print' });
    expect(await display('.check-form')).toBe('none');
  });

  test('when their draft lacks the family-involvement statement, the child\'s views and dated recommendations, then the quality section shows "not found" on those three, each with advice', async () => {
    await page.goto(`${server.url}/check`);
    await page.getByLabel('Draft report').setInputFiles(VOICELESS);
    await page.getByRole('button', { name: 'Check the draft' }).click();
    await page.waitForSelector('.check-quality');
    expect(await page.locator('.quality-headline').textContent()).toMatch(/^Review quality: \d of 9 criteria met, \d partly, \d not found\./);
    for (const [id, label] of [['child_at_centre', 'The child at the centre'], ['family_involvement', 'Family involvement'], ['actionable_recommendations', 'Recommendations that can be acted on']]) {
      const block = page.locator(`#quality-${id}`);
      expect(await block.getByRole('heading', { level: 3 }).textContent()).toBe(`${label} not found`);
      expect(await block.locator('.quality-advice').isVisible()).toBe(true);
      expect(await block.locator('.quality-advice').textContent()).toMatch(/^Advice: \S.*\.$/);
    }
    const scores = page.locator('#quality-actionable_recommendations .quality-recommendations tbody tr');
    expect(await scores.count()).toBe(3);
    expect(await scores.first().textContent()).toContain('a timescale or review date');
    const independence = page.locator('#quality-independence');
    expect(await independence.locator('.verdict').textContent()).toBe('met');
    expect(await independence.locator('.quality-advice').count()).toBe(0);
    expect(await independence.locator('.quality-evidence mark').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'See each criterion' }).click();
    expect(await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toBe('#quality-heading');
    await shot('check-quality');
    await page.emulateMedia({ media: 'print' });
    expect(await display('.check-quality')).not.toBe('none');
  });

  test('when they upload a file that is not a draft, then the form comes back with a plain-English message', async () => {
    const image = path.join(dir, 'photo.png');
    writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    await page.goto(`${server.url}/check`);
    await page.getByLabel('Draft report').setInputFiles(image);
    const [response] = await Promise.all([page.waitForResponse((candidate) => candidate.url().endsWith('/check') && candidate.request().method() === 'POST'), page.getByRole('button', { name: 'Check the draft' }).click()]);
    expect(response.status()).toBe(415);
    expect(await page.getByRole('alert').textContent()).toMatch(/"photo\.png" is a PNG image, which cannot be checked\. Save the draft as PDF/);
    expect(await page.getByLabel('Draft report').count()).toBe(1);
    await shot('check-error');
  });
});
