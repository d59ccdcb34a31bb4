import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SearchEngine, type SearchResponse } from '../../src/search/search.js';
import type { FullText } from '../../src/search/full-text.js';
import { fullTextInThread } from '../../src/search/full-text.js';
import { codeStore } from '../../src/store/code-store.js';
import { searchRequest, type SearchInput } from '../../src/search/search-request.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { reviewWriter } from '../../src/store/reviews.js';
import { searchQueries } from '../../src/store/search-queries.js';
import type { ThemeId } from '../../src/model/themes.js';
import { reviewOf } from '../support/research-corpus.js';

/**
 * The engine's shortcuts (facets from the in-memory index, BM25 scored only as deep as a page
 * needs, cached match sets) against a naive oracle: FTS5's full ranking, then the filters applied
 * row by row from SQL, then the page cut.
 */
const WORDS = ['visit', 'mother', 'plan', 'drift', 'school', 'nurse', 'escalate', 'bruise', 'home', 'record'];
const THEMES: ThemeId[] = ['face_value', 'professional_drift', 'neglect'];
const BOARDS = ['Northmoor LSCB', 'Eastbridge Partnership', 'Westvale LSCB'];

let dir: string;
let db: Db;
let engine: SearchEngine;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-engine-'));
  db = openDatabase(path.join(dir, 'engine.db'));
  const writer = reviewWriter(db);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let r = 0; r < 30; r++) {
    const passages = Array.from({ length: 50 }, (_, p) => {
      // Every passage says "case"; the other words come with varying frequency and repetition.
      const words = ['case', ...Array.from({ length: 4 + Math.floor(random() * 12) }, () => WORDS[Math.floor(random() * random() * WORDS.length)]!)];
      const text = `${words.join(' ')} paragraph ${p}.`;
      const theme = random() < 0.15 ? THEMES[Math.floor(random() * THEMES.length)]! : null;
      return { paragraph: `${r}.${p}`, section: 'Analysis', kind: (p % 3 === 0 ? 'finding' : p % 3 === 1 ? 'narrative' : 'recommendation') as 'finding', text: theme ? `${text} flagged` : text, evidence: theme ? ([[theme, 'flagged']] as Array<[ThemeId, string]>) : [] };
    });
    writer.save(reviewOf({ title: `Review ${r}`, board: BOARDS[r % 3]!, year: 2008 + (r % 15), subject: `Child ${r}` }, passages, `engine-${r}`));
  }
  engine = new SearchEngine(searchQueries(db));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Row {
  id: number;
  kind: string;
  year: number;
  board: string;
  themes: string | null;
}

function oracle(input: SearchInput): { ids: number[]; total: number; kinds: Record<string, number> } {
  const request = searchRequest(input);
  const rows = db
    .prepare<[string], Row>(
      `SELECT f.rowid AS id, p.kind, r.year, r.board, (SELECT group_concat(theme) FROM passage_themes t WHERE t.passage_id = p.id) AS themes
       FROM passages_fts f JOIN passages p ON p.id = f.rowid JOIN reviews r ON r.id = p.review_id WHERE passages_fts MATCH ? ORDER BY f.rank, f.rowid`,
    )
    .all(`"${request.q}"`)
    .filter((row) => (!request.kind || row.kind === request.kind) && (request.yearFrom === null || row.year >= request.yearFrom) && (request.yearTo === null || row.year <= request.yearTo))
    .filter((row) => !request.board || row.board.toLowerCase().includes(request.board.toLowerCase()))
    .filter((row) => request.themes.every((theme) => (row.themes ?? '').split(',').includes(theme)));
  const kinds: Record<string, number> = {};
  for (const row of rows) kinds[row.kind] = (kinds[row.kind] ?? 0) + 1;
  const from = (request.page - 1) * request.limit;
  return { ids: rows.slice(from, from + request.limit).map((row) => row.id), total: rows.length, kinds };
}

describe('the search engine against a naive oracle', () => {
  test.each<SearchInput>([
    { q: 'case' },
    { q: 'case', page: '7' },
    { q: 'case', theme: 'neglect' },
    { q: 'case', theme: 'neglect', page: '2', limit: '5' },
    { q: 'case', kind: 'finding', yearFrom: '2010', yearTo: '2012', page: '3' },
    { q: 'case', board: 'eastbridge', theme: 'face_value' },
    { q: 'drift', kind: 'recommendation' },
    { q: 'escalate', limit: '100', page: '2' },
    { q: 'case', page: '400' },
  ])('when the search is %j, then the page, total and facets are the ones the full ranking gives', async (input) => {
    const expected = oracle(input);
    const response = await engine.search(searchRequest(input));
    expect(response.total).toBe(expected.total);
    expect(response.facets.kind).toEqual(expected.kinds);
    // Equal BM25 scores may come in either order: compare scores where ids differ.
    const scores = new Map(response.results.map((hit) => [hit.id, hit.score]));
    expect(response.results.map((hit) => hit.id).sort()).toEqual([...expected.ids].sort());
    expect([...scores.values()]).toEqual([...scores.values()].sort((a, b) => b - a));
  });

  test('when the same search is asked again after a deeper page, then the first page is unchanged', async () => {
    const first = (await engine.search(searchRequest({ q: 'case', theme: 'professional_drift' }))).results.map((hit) => hit.id);
    await engine.search(searchRequest({ q: 'case', theme: 'professional_drift', page: '3', limit: '10' }));
    expect((await engine.search(searchRequest({ q: 'case', theme: 'professional_drift' }))).results.map((hit) => hit.id)).toEqual(first);
  });
});

interface FacetRow {
  kind: string;
  year: number | null;
  board: string;
  review_type: string | null;
  themes: string | null;
  sources: string | null;
}

/** Every facet of a search counted row by row in SQL and JavaScript, with none of the engine's arrays or caches. */
function oracleFacets(input: SearchInput): Record<string, Record<string, number>> {
  const request = searchRequest(input);
  const rows = db
    .prepare<[string], FacetRow>(
      `SELECT p.kind, r.year, r.board, r.review_type,
         (SELECT group_concat(theme) FROM passage_themes t WHERE t.passage_id = p.id) AS themes,
         (SELECT group_concat(CASE WHEN confirmed THEN 'human' ELSE source END) FROM passage_themes t WHERE t.passage_id = p.id) AS sources
       FROM passages_fts f JOIN passages p ON p.id = f.rowid JOIN reviews r ON r.id = p.review_id WHERE passages_fts MATCH ?`,
    )
    .all(`"${request.q}"`)
    .filter((row) => (!request.kind || row.kind === request.kind) && request.themes.every((theme) => (row.themes ?? '').split(',').includes(theme)));
  const facets: Record<string, Record<string, number>> = { theme: {}, year: {}, board: {}, kind: {}, source: {}, review_type: {} };
  const add = (facet: string, value: string) => (facets[facet]![value] = (facets[facet]![value] ?? 0) + 1);
  for (const row of rows) {
    add('kind', row.kind);
    add('year', String(row.year ?? 'unknown'));
    add('board', row.board);
    add('review_type', row.review_type ?? 'unknown');
    for (const theme of row.themes?.split(',') ?? []) add('theme', theme);
    for (const source of new Set(row.sources?.split(',') ?? [])) add('source', source);
  }
  return facets;
}

describe('answers kept between searches', () => {
  test.each<SearchInput>([{ q: 'case' }, { q: 'mother', theme: 'neglect' }, { q: 'case', kind: 'finding', page: '2' }, { q: 'school' }])(
    'when the search is %j, then every facet is the count of the passages it keeps',
    async (input) => {
      const { facets } = await engine.search(searchRequest(input));
      const expected = oracleFacets(input);
      for (const facet of ['theme', 'year', 'board', 'kind', 'source', 'review_type'] as const) expect(facets[facet]).toEqual(expected[facet]);
    },
  );

  test.each<SearchInput>([{ q: 'case' }, { q: 'case', page: '2' }, { q: 'visit', theme: 'face_value', themeMode: 'any' }, { theme: 'neglect' }, { q: 'plan*', board: 'Westvale' }])(
    'when %j is asked again, then the answer is the one a new engine gives',
    async (input) => {
      const first = await engine.search(searchRequest(input));
      expect(await engine.search(searchRequest(input))).toEqual(first);
      expect(first).toEqual(await new SearchEngine(searchQueries(db)).search(searchRequest(input)));
    },
  );

  test('when a coder rejects a theme of a result, then the same search asked again shows it rejected', async () => {
    const request = searchRequest({ q: 'flagged', theme: 'neglect' });
    const before = await engine.search(request);
    const hit = before.results[0]!;
    expect(hit.tags).toContainEqual({ theme: 'neglect', origin: 'pattern' });
    codeStore(db).record([{ passage_id: hit.id, theme: 'neglect', decision: 'reject', coder: 'Ada' }], { lexicon_version: 'fixture', model_version: null });
    engine.refreshPassages([hit.id]);
    const after = await engine.search(searchRequest({ q: 'flagged' }));
    expect(after.results.find((result) => result.id === hit.id)?.tags).toContainEqual({ theme: 'neglect', origin: 'rejected' });
    expect((await engine.search(request)).total).toBe(before.total - 1);
  });

  test('when a frequent word was ranked ahead of time, then its first search asks FTS5 for nothing and answers as a cold engine does', async () => {
    let asked = 0;
    const inThread = fullTextInThread(searchQueries(db));
    const counting: FullText = { ...inThread, matchingIds: (fts) => (asked++, inThread.matchingIds(fts)), bestMatches: (fts, limit) => (asked++, inThread.bestMatches(fts, limit)) };
    const warm = new SearchEngine(searchQueries(db), { background: true, fullText: counting, times: { checkEveryMs: 0, rebuildAtMostEveryMs: 0, warmWhenQuietMs: 0, warmMinDocs: 1000 } });
    // Each spelling is a new FTS5 query for the same term "case": the first answered without FTS5 shows the warm ranking arrived.
    let answer: SearchResponse | null = null;
    for (const word of ['CASE', 'Case', 'cases', 'Cases', 'CASES', 'cAse', 'caSe', 'casE', 'CAse', 'cASE', 'CaSe', 'cAsE', 'CASe', 'casES', 'CaSES', 'caSES']) {
      asked = 0;
      warm.index();
      const response = await warm.search(searchRequest({ q: word, page: '2' }));
      if (asked === 0) {
        answer = response;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(answer).not.toBeNull();
    const cold = await new SearchEngine(searchQueries(db)).search(searchRequest({ q: 'case', page: '2' }));
    expect(answer!.total).toBe(cold.total);
    expect(answer!.facets).toEqual(cold.facets);
    expect(answer!.results.map((hit) => hit.score)).toEqual(cold.results.map((hit) => hit.score));
  }, 30_000);
});
