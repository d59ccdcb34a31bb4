import { describe, expect, test } from 'vitest';
import { researchCorpus } from '../support/research-corpus.js';
import { serveForTests } from '../support/test-server.js';

const app = serveForTests(researchCorpus);
const { getJson } = app;
const page = async (path: string) => (await fetch(`${app.server.url}${path}`)).text();

describe('reviews carrying several themes', () => {
  test('when the list is filtered by two themes, then only reviews carrying both come', async () => {
    const { body } = await getJson('/api/reviews?theme=face_value&theme=professional_drift');
    expect(body.reviews.map((review: any) => review.title)).toEqual(['Serious Case Review: Child S']);
    const one = await getJson('/api/reviews?theme=face_value');
    expect(one.body.total).toBe(2);
  });

  test('when a pair count on /themes is followed, then it lists those reviews, each linking to its passages for either theme', async () => {
    const themes = await page('/themes');
    expect(themes).toContain('href="/reviews?theme=face_value&amp;theme=professional_drift" aria-label="1 review with both');
    const reviews = await page('/reviews?theme=face_value&theme=professional_drift');
    const href = /<a href="(\/search\?review=\d+&amp;[^"]+)">Its passages with either theme</.exec(reviews)?.[1]?.replace(/&amp;/g, '&');
    expect(href).toMatch(/theme=face_value&theme=professional_drift&theme_mode=any$/);
    const { body } = await getJson(`/api${href}`);
    expect(body.total).toBe(3);
    expect(body.results.every((hit: any) => hit.themes.includes('face_value') || hit.themes.includes('professional_drift'))).toBe(true);
  });

  test('when the heatmap is shown, then it has a legend and every value in a table whose links match their text', async () => {
    const themes = await page('/themes');
    expect(themes).toMatch(/<g class="legend">/);
    expect(themes).toMatch(/1 \(chance\)/);
    expect(themes).toMatch(/<summary>The map as a table/);
    for (const [, name, text] of themes.matchAll(/aria-label="([^"]+)">(\d+)<\/a>/g)) expect(name!.startsWith(text!)).toBe(true);
  });
});

describe('how themes combine in a search', () => {
  test('when theme_mode is any, all or none, then passages with any, every or none of the themes come', async () => {
    const total = (await getJson('/api/search')).body.total;
    const any = await getJson('/api/search?theme=professional_drift&theme=child_not_seen&theme_mode=any');
    const all = await getJson('/api/search?theme=professional_drift&theme=child_not_seen');
    const none = await getJson('/api/search?theme=face_value&theme_mode=none');
    const faceValue = await getJson('/api/search?theme=face_value');
    expect(any.body.total).toBe(2);
    expect(all.body.total).toBe(0);
    expect(none.body.total).toBe(total - faceValue.body.total);
    expect(none.body.results.some((hit: any) => hit.themes.includes('face_value'))).toBe(false);
  });

  test('when theme_mode is unknown, then 400 names the modes', async () => {
    const { status, body } = await getJson('/api/search?theme=face_value&theme_mode=some');
    expect(status).toBe(400);
    expect(body.error).toMatch(/use all .* any .* none/);
  });
});
