import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadTagger } from '../../src/lexicon/index.js';
import type { GroupSummary } from '../../src/recommendations/group-listing.js';
import { truthCorpus } from '../support/check-corpus.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(truthCorpus(loadTagger(path.join(PROJECT_ROOT, 'lexicons'))));
}, 120_000);
afterAll(() => server.close());

const getJson = async (url: string) => (await fetch(`${server.url}${url}`)).json() as Promise<{ ok: boolean; groups: GroupSummary[]; groups_total: number; recommendations: number; status?: number; error?: string }>;

describe('the bundled corpus’s recommendations, grouped by ask', () => {
  test('when /api/recommendations is read, then groups span several reviews and each member is cited', async () => {
    const data = await getJson('/api/recommendations');
    const stored = server.db.prepare("SELECT count(*) FROM passages WHERE kind = 'recommendation'").pluck().get() as number;
    expect(data.recommendations).toBe(stored);
    const spanning = data.groups.filter((group) => group.reviews >= 3);
    expect(spanning.length).toBeGreaterThanOrEqual(5);
    for (const group of spanning) {
      expect(group.members.every((member) => member.citation.includes(member.review.board))).toBe(true);
      expect(group.by_year.reduce((sum, point) => sum + point.reviews, 0)).toBeGreaterThanOrEqual(group.reviews);
      expect(group.first_year).toBeLessThanOrEqual(group.last_year as number);
    }
  });

  test('when filtered by board and year, then every member is of that board and year', async () => {
    const all = await getJson('/api/recommendations');
    const member = all.groups[0]?.members[0];
    expect(member).toBeDefined();
    const { board, year } = member!.review;
    const data = await getJson(`/api/recommendations?board=${encodeURIComponent(board)}&year=${year}`);
    expect(data.groups.length).toBeGreaterThan(0);
    for (const group of data.groups) for (const each of group.members) expect([each.review.board, each.review.year]).toEqual([board, year]);
  });

  test('when the theme is unknown, then 400 with the known themes', async () => {
    const response = await fetch(`${server.url}/api/recommendations?theme=nonsense`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/unknown theme "nonsense".*child_not_seen/);
  });

  test('when the page and the CSV are read, then they list the same groups as the JSON', async () => {
    const data = await getJson('/api/recommendations');
    const page = await (await fetch(`${server.url}/recommendations`)).text();
    for (const group of data.groups) expect(page).toContain(`id="group-${group.id}"`);
    const csv = await (await fetch(`${server.url}/api/recommendations.csv`)).text();
    expect(csv.trim().split('\r\n')).toHaveLength(1 + data.recommendations);
  });

  test('when a review page is read, then its recommendations link to their group with how many reviews asked it', async () => {
    const data = await getJson('/api/recommendations');
    const group = data.groups[0] as GroupSummary;
    const member = group.members[0]!;
    const review = (await (await fetch(`${server.url}/api/reviews/${member.review.id}`)).json()) as { passages: Array<{ id: number; ask_group?: { group: number; line: string } }> };
    const passage = review.passages.find((each) => each.id === member.id);
    expect(passage?.ask_group).toEqual({ group: group.id, line: `asked by ${group.reviews} reviews since ${group.first_year}` });
    const page = await (await fetch(`${server.url}/reviews/${member.review.id}`)).text();
    expect(page).toContain(`href="/recommendations?group=${group.id}"`);
  });
});
