import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SearchEngine } from '../../src/search/search.js';
import { fullTextInThread, type FullText } from '../../src/search/full-text.js';
import { searchRequest, type SearchInput } from '../../src/search/search-request.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { reviewWriter } from '../../src/store/reviews.js';
import { searchQueries } from '../../src/store/search-queries.js';
import type { ThemeId } from '../../src/model/themes.js';
import { reviewOf } from '../support/research-corpus.js';

/**
 * Words, OR, exclusions and prefixes ranked in memory from postings (src/search/bm25.ts) against
 * the plain path, FTS5's bm25() ranking the same searches on the same SQLite file: every answer
 * must be the same, scores, order among equal scores, totals and facets included. Frequent words'
 * best 40 are ranked ahead of time, so deeper pages and narrow filters go past them.
 */
const VOCABULARY = ['plan', 'planning', 'planned', 'planner', 'visit', 'visitor', 'visiting', 'health', 'school', 'nurse', 'drift', 'delay', 'escalation', 'escalated', 'interpreter', 'mother', 'assessment'];

let dir: string;
let db: Db;
/** FTS5 asked for match sets or rankings by the engine under test: none for a search ranked in memory. */
let ftsRankings = 0;
let inMemory: SearchEngine;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-in-memory-'));
  db = openDatabase(path.join(dir, 'ranking.db'));
  const writer = reviewWriter(db);
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let r = 0; r < 24; r++) {
    const passages = Array.from({ length: 60 }, (_, p) => {
      // Skewed word choice and repeats give a spread of term counts and passage lengths, and ties.
      // Filler words keep each term in fewer than half the passages, where BM25's idf is more than a floor.
      const words = Array.from({ length: 3 + Math.floor(random() * 20) }, () => (random() < 0.75 ? `filler${Math.floor(random() * 40)}` : VOCABULARY[Math.floor(random() * random() * VOCABULARY.length)]!));
      const flagged = random() < 0.2;
      return { paragraph: `${r}.${p}`, section: 'Findings', kind: (['finding', 'narrative', 'recommendation'] as const)[p % 3] as 'finding', text: `${words.join(' ')} note ${p}.${flagged ? ' concern' : ''}`, evidence: flagged ? ([['neglect', 'concern']] as Array<[ThemeId, string]>) : [] };
    });
    writer.save(reviewOf({ title: `Ranking review ${r}`, board: r % 2 ? 'Northmoor LSCB' : 'Eastbridge Partnership', year: 2009 + (r % 12), subject: `Subject ${r}` }, passages, `ranking-${r}`));
  }
  const inThread = fullTextInThread(searchQueries(db));
  const counting: FullText = { ...inThread, matchingIds: (fts) => (ftsRankings++, inThread.matchingIds(fts)), bestMatches: (fts, limit) => (ftsRankings++, inThread.bestMatches(fts, limit)) };
  inMemory = new SearchEngine(searchQueries(db), { background: true, fullText: counting, times: { checkEveryMs: 0, rebuildAtMostEveryMs: 0, warmWhenQuietMs: 0, warmMinDocs: 300, warmOrder: 40 } });
  // The worker reads BM25's basis once the database is quiet: until then searches go to FTS5.
  for (let attempt = 0; attempt < 100; attempt++) {
    ftsRankings = 0;
    inMemory.index();
    await inMemory.search(searchRequest({ q: `nurse -note${attempt}` }));
    if (ftsRankings === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the index worker never read the BM25 basis');
}, 60_000);

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('searches ranked in memory', () => {
  test.each<SearchInput>([
    { q: 'plan' },
    { q: 'plan', kind: 'finding', limit: '5' },
    { q: 'plan', kind: 'finding', page: '2' },
    { q: 'plan', yearFrom: '2015', yearTo: '2016', page: '3' },
    { q: 'planning', page: '5' },
    { q: 'visitor', limit: '100', page: '2' },
    { q: 'health visitor' },
    { q: 'health visitor', kind: 'recommendation', page: '3' },
    { q: 'drift OR delay', kind: 'finding' },
    { q: 'mother -school', yearFrom: '2012', yearTo: '2015' },
    { q: 'plan*' },
    { q: 'plan*', board: 'northmoor', page: '2', limit: '7' },
    { q: 'escalat* interpreter' },
    { q: 'visit* OR nurse -delay', theme: 'neglect' },
    { q: 'assessment', theme: 'neglect', themeMode: 'none', page: '4' },
    { q: 'mother mother school' },
    { q: 'zebra' },
    { q: 'zeb*' },
  ])('when the search is %j, then the answer is the one FTS5 ranks', async (input) => {
    ftsRankings = 0;
    const answer = await inMemory.search(searchRequest(input));
    expect(ftsRankings).toBe(0);
    expect(answer).toEqual(await new SearchEngine(searchQueries(db)).search(searchRequest(input)));
  });

  test('when the search has a phrase, then FTS5 ranks it as before', async () => {
    ftsRankings = 0;
    const input = { q: '"health visitor" plan' };
    const answer = await inMemory.search(searchRequest(input));
    expect(ftsRankings).toBeGreaterThan(0);
    expect(answer).toEqual(await new SearchEngine(searchQueries(db)).search(searchRequest(input)));
  });

  test('when a whole result set is exported, then its order is the one FTS5 ranks', async () => {
    const ids = async (engine: SearchEngine) => [...(await engine.exportable(searchRequest({ q: 'visit* -plan' }))).batches].flat().map((hit) => [hit.id, hit.score]);
    expect(await ids(inMemory)).toEqual(await ids(new SearchEngine(searchQueries(db))));
  });
});
