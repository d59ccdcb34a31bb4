import { describe, expect, test } from 'vitest';
import { researchCorpus } from '../support/research-corpus.js';
import { serveForTests } from '../support/test-server.js';

const app = serveForTests(researchCorpus);

const { getJson } = app;

async function reviewId(title: string): Promise<number> {
  const { body } = await getJson('/api/reviews');
  return body.reviews.find((review: any) => review.title === title).id;
}

describe('GET /api/reviews', () => {
  test('when the list is asked for, then every review comes with its size and themes, newest first', async () => {
    const { body } = await getJson('/api/reviews');
    expect(body.total).toBe(3);
    expect(body.reviews.map((review: any) => review.year)).toEqual([2020, 2013, 2011]);
    expect(body.reviews[1]).toMatchObject({ title: 'Serious Case Review: Child S', passages: 5, findings: 4, themes: ['face_value', 'professional_drift', 'health_coordination'] });
    expect(body.reviews[1]).not.toHaveProperty('file');
  });

  test('when sorted by title and filtered by theme, then only matching reviews come, in that order', async () => {
    const { body } = await getJson('/api/reviews?sort=title&order=asc&theme=face_value');
    expect(body.reviews.map((review: any) => review.title)).toEqual(['Child Safeguarding Practice Review: Baby F', 'Serious Case Review: Child S']);
  });

  test('when the sort is unknown, then 400 naming the sorts there are', async () => {
    const { status, body } = await getJson('/api/reviews?sort=colour');
    expect(status).toBe(400);
    expect(body.error).toMatch(/bad sort "colour": use one of year, title/);
  });
});

describe('GET /api/reviews/:id', () => {
  test('when one review is opened, then its passages come in order with anchors, themes and evidence spans', async () => {
    const { body } = await getJson(`/api/reviews/${await reviewId('Serious Case Review: Child S')}`);
    expect(body.review).toMatchObject({ title: 'Serious Case Review: Child S', year: 2013, board: 'Northmoor LSCB' });
    expect(body.passages.map((passage: any) => passage.anchor)).toEqual(['p-1.1', 'p-4.12', 'p-4.13', 'p-4.14', 'p-5.1']);
    expect(body.passages[1].evidence[0]).toMatchObject({ theme: 'face_value', text: "accepted the mother's explanation of the bruising at face value" });
    expect(body.profile[0]).toEqual({ theme: 'face_value', passages: 2, findings: 2 });
  });

  test('when review 999 does not exist, then 404 in the shared error body', async () => {
    const { status, body } = await getJson('/api/reviews/999');
    expect(status).toBe(404);
    expect(body).toEqual({ ok: false, status: 404, code: 'not_found', error: expect.stringMatching(/no review/) });
  });
});

describe('GET /api/themes', () => {
  test('when the overview is asked for, then each theme has its share of reviews by year and pairs have counts and lift', async () => {
    const { body } = await getJson('/api/themes');
    expect(body.reviews).toBe(3);
    const faceValue = body.themes.find((theme: any) => theme.id === 'face_value');
    expect(faceValue).toMatchObject({ reviews: 2, share: 0.667, label: expect.any(String) });
    // Every year from the first review to the last: the years without reviews are there, empty.
    expect(faceValue.prevalence.map((point: any) => point.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(faceValue.prevalence[0]).toEqual({ year: 2011, to_year: 2011, reviews: 1, with_theme: 0, share: 0, low: 0, high: 0.793 });
    expect(faceValue.prevalence[1]).toEqual({ year: 2012, to_year: 2012, reviews: 0, with_theme: 0, share: null, low: null, high: null });
    expect(faceValue.prevalence[2]).toEqual({ year: 2013, to_year: 2013, reviews: 1, with_theme: 1, share: 1, low: 0.207, high: 1 });
    // 3 reviews; face_value in 2, child_not_seen in 1, both in 1: lift = 3 * 1 / (2 * 1).
    expect(body.cooccurrence).toContainEqual({ theme: 'face_value', other: 'child_not_seen', both: 1, lift: 1.5 });
    expect(body.cooccurrence).toContainEqual({ theme: 'face_value', other: 'neglect', both: 0, lift: null });
  });

  test('when one theme is opened, then its definition, trend, partners and strongest findings come back', async () => {
    const { body } = await getJson('/api/themes/child_not_seen');
    expect(body.theme.description.length).toBeGreaterThan(20);
    expect(body).toMatchObject({ with_theme: 1, reviews: 3, passages: 1 });
    expect(body.examples.map((hit: any) => [hit.paragraph, hit.score])).toEqual([['3.5', 2]]); // two pieces of its evidence
    expect(body.examples[0].snippet).toContain('<mark>not seen alone</mark>');
    expect(body.cooccurring[0]).toMatchObject({ other: 'face_value', both: 1, lift: 1.5 });
  });

  test('when a theme is binned by 5 years, then each bin sums its years, and its CSV holds the same figures', async () => {
    const { body } = await getJson('/api/themes/face_value?bin=5');
    expect(body.prevalence.map((point: any) => [point.year, point.to_year, point.reviews, point.with_theme])).toEqual([[2011, 2015, 2, 1], [2016, 2020, 1, 1]]);
    const csv = await (await fetch(`${app.server.url}/api/themes/face_value.csv?bin=5`)).text();
    expect(csv.replace(/^\uFEFF/, '').trim().split('\r\n')).toEqual(['theme,year,to_year,reviews,with_theme,share,low_95,high_95', `face_value,2011,2015,2,1,0.5,${body.prevalence[0].low},${body.prevalence[0].high}`, `face_value,2016,2020,1,1,1,0.207,1`]);
    expect((await getJson('/api/themes/face_value?bin=4')).status).toBe(400);
    const all = await (await fetch(`${app.server.url}/api/themes.csv`)).text();
    expect(all.split('\r\n').filter((line) => line.startsWith('face_value,')).length).toBe(10);
  });

  test('when a theme page is drawn, then its chart has titled axes, whiskers, reviews per year and its figures beside it', async () => {
    const page = await (await fetch(`${app.server.url}/themes/face_value`)).text();
    expect(page).toContain('>Share of reviews</text>');
    expect(page).toContain('>Year (n = reviews that year)</text>');
    expect((page.match(/class="whisker"/g) ?? []).length).toBe(3);
    expect(page).toMatch(/<caption>The figures<\/caption>/);
    expect(page).toMatch(/<td>2012<\/td><td class="number">0<\/td>/);
    expect(page).toContain('href="/api/themes/face_value.csv?bin=1"');
  });

  test('when the theme does not exist, then 404 with the known themes', async () => {
    const { status, body } = await getJson('/api/themes/drift');
    expect(status).toBe(404);
    expect(body.error).toMatch(/no theme "drift".*face_value/);
  });
});

describe('GET /api/concordance', () => {
  test('when a word is given, then each occurrence is a line with left context, match, right context and citation', async () => {
    const { body } = await getJson('/api/concordance?q=drift');
    expect(body.lines).toEqual([
      expect.objectContaining({ left: 'The case was allowed to ', match: 'drift', right: ' for five months without purposeful action.', passage: expect.objectContaining({ paragraph: '4.13', page: expect.any(Number) }) }),
    ]);
  });

  test('when a word occurs in many passages, then each line carries its own passage\'s context', async () => {
    const { body } = await getJson('/api/concordance?q=home+visit&limit=50');
    expect(body.lines).toHaveLength(30 * 3); // "home" twice and "visit" once in each
    const numbers = body.lines.filter((line: any) => line.match === 'visit').map((line: any) => /^ number (\d+)/.exec(line.right)?.[1]);
    expect(new Set(numbers).size).toBe(30);
  });

  test('when a theme is given without words, then each piece of its evidence is a line', async () => {
    const { body } = await getJson('/api/concordance?theme=child_not_seen');
    expect(body.lines.map((line: any) => line.match)).toEqual(['not seen alone', 'voice of the child was absent']);
  });
});
