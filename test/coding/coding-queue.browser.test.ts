import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, launchBrowser, type Browser } from '../support/browser.js';
import { makeReview } from '../support/reviews.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// 15 passages the machine tags with face_value (makeReview tags "face value") and 15 it does not.
const TAGGED = Array.from({ length: 15 }, (_, n) => `In visit ${n + 1} the worker accepted the mother's account at face value.`);
const UNTAGGED = Array.from({ length: 15 }, (_, n) => `In visit ${n + 1} the family kept the appointment and the plan was reviewed.`);

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer([makeReview({ file: '/r/a.pdf', sha256: 'a1', texts: [...TAGGED, ...UNTAGGED] })]);
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const json = async (url: string) => (await fetch(`${server.url}${url}`)).json() as Promise<any>;
const shown = async () => Number(await page.locator('.coding-passage').getAttribute('data-passage'));
const progress = () => page.locator('.coding-progress').textContent();

/** Judges the passage on screen with one key and waits for the queue to move on; returns the passage judged. */
async function judge(key: 'a' | 'r', judgedAfter: number, size: number): Promise<number> {
  const id = await shown();
  await page.keyboard.press(key);
  await expect.poll(progress).toContain(`${judgedAfter} of ${size} judged`);
  return id;
}

describe('a researcher codes from the queue by keyboard', () => {
  test('when 20 passages are judged with a, r and s, then the agreement page shows those 20, and search, facets and the CSV export follow them', async () => {
    const accepted: number[] = [];
    const rejected: number[] = [];

    // Precision: a sample of 10 of the 15 tagged passages. Seven accepted, three rejected, one skipped on the way.
    await page.goto(`${server.url}/code?theme=face_value&sample=tagged&seed=7&size=10&coder=ann`);
    expect(await progress()).toContain('0 of 10 judged');
    const first = await shown();
    await page.keyboard.press('s');
    await expect.poll(shown).not.toBe(first);
    expect(await progress()).toContain('0 of 10 judged');
    // Add another theme to this passage: t focuses the list, then the keyboard picks a theme and presses Add.
    const withNeglect = await shown();
    await page.keyboard.press('t');
    await page.locator('#add-theme').selectOption('neglect');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForLoadState('load');
    expect(await shown()).toBe(withNeglect);
    for (let n = 1; n <= 10; n++) (n <= 3 ? rejected : accepted).push(await judge(n <= 3 ? 'r' : 'a', n, 10));
    expect(accepted).toContain(first); // the skipped passage came back once the rest were judged
    await expect.poll(() => page.locator('.coding-done').count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'coding-queue-done.png'), fullPage: true });

    // Recall: a sample of 10 of the 15 untagged passages. Two had the theme after all.
    const added: number[] = [];
    await page.goto(`${server.url}/code?theme=face_value&sample=untagged&seed=7&size=10&coder=ann`);
    for (let n = 1; n <= 10; n++) {
      const id = await judge(n <= 2 ? 'a' : 'r', n, 10);
      if (n <= 2) added.push(id);
    }

    // The same seed draws the same sample: the JSON twin lists it, every item judged.
    const queue = await json('/api/code?theme=face_value&sample=tagged&seed=7&size=10&coder=ann');
    expect(queue.items.map((item: any) => item.passage_id).sort()).toEqual([...accepted, ...rejected].sort());
    expect(queue.judged).toBe(10);

    await page.goto(`${server.url}/agreement`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'agreement.png'), fullPage: true });
    // The 20 of face_value, and the neglect added on the way.
    expect(await page.locator('.agreement-summary').textContent()).toContain('21 judged');
    expect(await page.locator('tr[data-theme="neglect"] .judged').textContent()).toBe('1');
    const row = page.locator('tr[data-theme="face_value"]');
    expect(await row.locator('.judged').textContent()).toBe('20');
    expect(await row.textContent()).toContain('7 / 3 / 2 / 8');
    const report = await json('/api/agreement');
    const faceValue = report.themes.find((theme: any) => theme.theme === 'face_value');
    expect(faceValue).toMatchObject({ judged: 20, counts: { tp: 7, fp: 3, fn: 2, tn: 8 }, tagged: { population: 15, judged: 10 }, untagged: { population: 15, judged: 10 } });
    expect(faceValue.precision.value).toBe(0.7);
    // recall = 15 x 0.7 / (15 x 0.7 + 15 x 0.2)
    expect(faceValue.recall.value).toBeCloseTo(10.5 / 13.5, 3);

    const search = await json('/api/search?theme=face_value&limit=100');
    expect(search.total).toBe(15 - 3 + 2);
    expect(search.results.map((hit: any) => hit.id)).not.toContain(rejected[0]);
    expect(search.results.map((hit: any) => hit.id)).toContain(added[0]);
    const everything = await json('/api/search?limit=1');
    expect(everything.facets.theme).toEqual({ face_value: 14, neglect: 1 });
    expect(everything.facets.source.human).toBe(new Set([...accepted, ...added, withNeglect]).size);
    const confirmedOnly = await json('/api/search?theme=face_value&source=human&limit=100');
    expect(confirmedOnly.total).toBe(9);

    const csv = (await (await fetch(`${server.url}/api/export.csv?theme=face_value`)).text()).trim().split('\r\n');
    expect(csv.length - 1).toBe(14);

    await page.goto(`${server.url}/search?theme=face_value`);
    expect(await page.locator('.chip-added').count()).toBeGreaterThan(0);
    expect(await page.locator('.chip-confirmed').count()).toBeGreaterThan(0);
  });
});
