import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SearchEngine } from '../../src/search/search.js';
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
