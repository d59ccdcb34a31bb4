import { groupFindings } from '../store/group-findings.js';
import type { FindingRow } from '../store/passage-rows.js';
import { HIT_END, HIT_START, type PassageRow, type SearchQueries } from '../store/search-queries.js';
import type { TagOrigin } from '../model/codes.js';
import type { QuotedEvidence } from '../model/review.js';
import type { CatalogueFacets } from './catalogue-filter.js';
import { reviewProfiles } from './review-profiles.js';
import { ReviewScope } from './review-scope.js';
import { THEME_IDS, type PassageKind, type ThemeId } from '../model/themes.js';
import { parseUserQuery, toFts5, type ParsedQuery } from './fts-query.js';
import { bestByBm25, bestInOrder } from './bm25.js';
import { matchesInMemory } from './in-memory-ranking.js';
import { fullTextInThread, type FullText } from './full-text.js';
import { markSnippet, markSpans, type Span } from './highlight.js';
import { IndexSnapshots, type RefreshTimes, type Snapshot } from './index-snapshot.js';
import { MatchCache, type MatchSet } from './match-cache.js';
import { LruCache } from './lru-cache.js';
import { queryHits } from './query-hits.js';
import { facetsToRecords, type Facets, type PassageFilter, type PassageIndex } from './passage-index.js';
import { assertQueryBudget, assertRawBudget } from './query-budget.js';
import { searchRequest, type SearchInput, type SearchRequest } from './search-request.js';

export type EvidenceSpan = QuotedEvidence;

/** One cited passage: the shape of `lessons search --json` results and of the API. */
export interface SearchHit {
  id: number;
  review: { id: number; title: string; board: string; year: number | null };
  page: number;
  paragraph: string | null;
  section: string;
  kind: PassageKind;
  text: string;
  /** Read by OCR from a page picture (a scanned report), with its words' mean confidence, 0-100. */
  ocr: boolean;
  ocr_confidence: number | null;
  /** HTML: the passage text escaped, hits (or, without words, the evidence) in <mark>. */
  snippet: string;
  /** The themes it counts as carrying: the machine's, less those a coder rejected, plus those a coder added. */
  themes: ThemeId[];
  /** Each theme of `themes` or of `evidence` with where it came from; a rejected one is listed too. */
  tags: Array<{ theme: ThemeId; origin: TagOrigin }>;
  evidence: EvidenceSpan[];
  /** BM25 (higher is better) for a search with words; the number of findings without. */
  score: number;
}

export type { Facets };

export interface SearchResponse {
  results: SearchHit[];
  total: number;
  facets: Facets & CatalogueFacets;
  page: number;
  limit: number;
}

/** A search before any row is read: what it matches and how to rank it. */
interface Ranking {
  snapshot: Snapshot;
  fts: string | null;
  /** Where the words occur in a text; null without words, or in raw mode (FTS5 marks them then). */
  hits: ((text: string) => Span[]) | null;
  /** Every candidate passage, in no particular order: what totals and facets count. */
  candidates: Int32Array;
  /** The FTS5 match set, for a search with words. */
  matches: MatchSet | null;
  accepts: (id: number) => boolean;
}

interface Ranked {
  id: number;
  score: number;
}

/** Totals and facets of recent searches, and their pages of hits, by the search (its page left out for the first). */
interface Answers {
  counts: LruCache<{ total: number; facets: SearchResponse['facets'] }>;
  pages: LruCache<SearchResponse>;
}

/** Searches whose totals and facets are kept (a few KB each). */
const COUNTS_HELD = 1000;
/** Hits kept in answered pages: some 3 KB each, so about 15 MB. */
const HITS_HELD = 5000;

/** Counting passes run on a new index (see prepare): a first search's loop is then compiled already. */
const WARM_UP_PASSAGES = 50_000;
const NO_FILTER: PassageFilter = { themes: [], kind: null, source: null, yearFrom: null, yearTo: null, board: null };
const WARM_UP_FILTERS: PassageFilter[] = [NO_FILTER, { ...NO_FILTER, kind: 'finding' }, { ...NO_FILTER, yearFrom: 2010, yearTo: 2015 }, { ...NO_FILTER, board: 'a' }, { ...NO_FILTER, themes: ['neglect'] }];

/** Rank at least this many matches at once, so the next few pages need no new scoring. */
const MIN_RANKED = 200;

const SNIPPET_WIDTH = 320;

export interface EngineOptions {
  /**
   * Rebuild the index and rank frequent terms in a worker thread (a server); without, everything
   * happens on the caller's thread (a command that searches once).
   */
  background?: boolean;
  times?: RefreshTimes;
  /** Where FTS5 queries run: a pool of threads with a deadline (a server), else this thread. */
  fullText?: FullText;
}

/**
 * Cross-review search: the user's words as a safe FTS5 query, filters, BM25 ranking, one page of
 * cited results with highlighted snippets and evidence, and facet counts over the whole result set.
 *
 * Words and prefixes are matched from their postings and scored in memory with FTS5's bm25, only
 * the passages the filters keep (src/search/bm25.ts); phrases and raw queries get the ids of every
 * match from FTS5 (cheap) and are scored by it only as deep as the page needs (a bounded sort,
 * cached per query); filters and facets are one
 * pass over the match ids against the in-memory passage index; only the page shown is read from
 * the passages table.
 * new SearchEngine(searchQueries(db)).search(searchRequest({ q: 'face value', kind: 'finding' }))
 */
export class SearchEngine {
  private readonly snapshots: IndexSnapshots;
  private readonly fullText: FullText;
  private readonly scope: ReviewScope;
  /** Answers given against each state of the index: a new index (a new corpus, a human code) starts afresh. */
  private readonly answers = new WeakMap<PassageIndex, Answers>();

  constructor(
    private readonly queries: SearchQueries,
    options: EngineOptions = {},
  ) {
    this.snapshots = new IndexSnapshots(queries, options.background ? queries.file : null, options.times, Date.now, (index) => this.prepare(index), (snapshot) => void this.rehearse(snapshot));
    this.fullText = options.fullText ?? fullTextInThread(queries);
    this.scope = new ReviewScope(queries);
  }

  /** The passage index as of now (rebuilt when the database changed). */
  index(): PassageIndex {
    return this.snapshots.current().index;
  }

  /**
   * What a new index's first requests would otherwise pay for, as steps run one at a time between
   * requests: the evidence order (all, then by theme: theme filters and the theme hints' counts),
   * the review profiles, the reviews' catalogue, the passages' facet keys, and a counting pass of each kind of filter, so
   * that V8 has compiled the counting loop before a first search runs it over 100,000 matches.
   */
  private prepare(index: PassageIndex): Array<() => void> {
    const sample = () => index.byEvidence().subarray(0, WARM_UP_PASSAGES);
    return [
      () => index.byEvidence(),
      ...THEME_IDS.map((theme) => () => index.byEvidenceWithTheme(theme)),
      () => reviewProfiles(index),
      () => this.scope.facets(index, new Uint32Array(0)),
      () => index.facetKeys(),
      // FTS5's tokenizer in memory, which a first search with words would otherwise open.
      () => this.queries.ftsTerms('lessons'),
      ...WARM_UP_FILTERS.map((filter) => () => index.countMatches(sample(), index.accepts(filter))),
    ];
  }

  /** Call after this process changed passages' themes (a human code): the index reads them again at once. */
  refreshPassages(ids: readonly number[]): void {
    this.snapshots.refreshPassages(ids);
  }

  /**
   * One page of a search. Answers are kept per state of the index (LRU): asking again, or for
   * another page of the same search, costs no new counting. Callers must not change what they get.
   */
  search(request: SearchRequest): Promise<SearchResponse> {
    const snapshot = this.snapshots.current();
    return this.answer(request, snapshot, this.answersOf(snapshot.index));
  }

  /**
   * Once the worker has read the frequent terms: the two least frequent searched through every step
   * of a first search ranked in memory (alone, as a prefix, with OR and filters), traces kept apart, so
   * a real first search finds the code compiled (it paid some 40 CPU ms at 3,000 reviews).
   */
  private async rehearse(snapshot: Snapshot): Promise<void> {
    const [a, b] = [...snapshot.terms.warm.keys()].reverse().filter((term) => /^[a-z]+$/.test(term));
    if (!a || !b) return;
    const apart: Snapshot = { ...snapshot, matches: new MatchCache(), terms: snapshot.terms.apart() };
    const inputs: SearchInput[] = [{ q: a }, { q: `${a}*` }, { q: `${a} OR ${b}`, kind: 'finding', yearFrom: 2010, yearTo: 2020, page: 2 }];
    // V8 optimises a loop after a few runs of it, not during the first: hence rounds.
    for (const input of [...inputs, ...inputs, ...inputs]) await this.answer(searchRequest(input), apart, newAnswers()).catch((err: Error) => /not open/.test(err.message) || process.emitWarning(`rehearsing a search failed: ${err.message}`));
  }

  private async answer(request: SearchRequest, snapshot: Snapshot, answers: Answers): Promise<SearchResponse> {
    const key = JSON.stringify(request);
    const known = answers.pages.get(key);
    if (known) return known;
    const ranking = await this.rank(request, snapshot);
    const { index } = snapshot;
    const countKey = JSON.stringify({ ...request, page: 0, limit: 0 });
    let counted = answers.counts.get(countKey);
    if (!counted) {
      const { counts, perReview } = index.countMatches(ranking.candidates, ranking.accepts);
      counted = { total: counts.total, facets: { ...facetsToRecords(index, counts), ...this.scope.facets(index, perReview) } };
      answers.counts.set(countKey, counted);
    }
    const offset = (request.page - 1) * request.limit;
    const page = (await this.bestFirst(ranking, Math.min(offset + request.limit, counted.total), counted.total)).slice(offset);
    const results = await this.hydrate(ranking, page, request.themes);
    const response = { results, total: counted.total, facets: counted.facets, page: request.page, limit: request.limit };
    answers.pages.set(key, response);
    return response;
  }

  /**
   * The whole result set in rank order, for exports: ranked (and so validated) now, then read a
   * batch of hits at a time as the caller iterates; no snippets.
   */
  async exportable(request: SearchRequest, size = 200): Promise<{ total: number; batches: Generator<SearchHit[]> }> {
    const ranking = await this.rank(request);
    const total = ranking.candidates.reduce((n, id) => (ranking.accepts(id) ? n + 1 : n), 0);
    const all = await this.bestFirst(ranking, total, total);
    const hydrate = (from: number) => this.read(all.slice(from, from + size)).map(({ row, found, score, index }) => toHit(row, found, '', score, index));
    function* batches(): Generator<SearchHit[]> {
      for (let from = 0; from < all.length; from += size) yield hydrate(from);
    }
    return { total: all.length, batches: batches() };
  }

  /**
   * A theme's strongest examples: the findings (not recommendations or narrative) with the most
   * evidence for that theme, the evidence marked; score is that number of findings.
   */
  strongest(theme: ThemeId, limit: number): SearchHit[] {
    const snapshot = this.snapshots.current();
    const finding = snapshot.index.accepts({ themes: [theme], kind: 'finding', source: null, yearFrom: null, yearTo: null, board: null });
    // Most passages with a theme's evidence are findings; ten times the need leaves room for the rest.
    const ranked = this.queries
      .themeEvidence(theme, limit * 10)
      .filter(([id]) => finding(id))
      .slice(0, limit)
      .map(([id, score]) => ({ id, score }));
    return this.read(ranked).map(({ row, found, score, index }) => toHit(row, found, evidenceSnippet(row, found, [theme]), score, index));
  }

  /**
   * Where the search's words occur in each of these passages (offsets in the passage text), for
   * concordance lines; empty when the search has no words.
   */
  async hitSpans(request: SearchRequest, passages: ReadonlyArray<{ id: number; text: string }>): Promise<Map<number, Span[]>> {
    const { fts, hits } = ftsQuery(request);
    const spans = new Map<number, Span[]>();
    for (const passage of passages) {
      if (hits) spans.set(passage.id, hits(passage.text));
      else if (fts) spans.set(passage.id, markedSpans((await this.fullText.highlighted(fts, passage.id)) ?? ''));
    }
    return spans;
  }

  private answersOf(index: PassageIndex): Answers {
    let answers = this.answers.get(index);
    if (!answers) {
      answers = newAnswers();
      this.answers.set(index, answers);
    }
    return answers;
  }

  private async rank(request: SearchRequest, snapshot = this.snapshots.current()): Promise<Ranking> {
    const { fts, hits, parsed } = ftsQuery(request);
    const filter: PassageFilter = { themes: request.themes, themeMode: request.themeMode, kind: request.kind, source: request.source, yearFrom: request.yearFrom, yearTo: request.yearTo, board: request.board, ocr: request.ocr, reviews: this.scope.reviews(snapshot.index, request) };
    const accepts = snapshot.index.accepts(filter);
    if (!fts) return { snapshot, fts, hits, candidates: this.candidatesWithout(snapshot.index, filter), matches: null, accepts };
    let matches = snapshot.matches.get(fts);
    if (!matches) {
      // Words and prefixes whose postings are known are matched and scored in memory; phrases and raw queries by FTS5.
      const read = (terms: string[]) => this.fullText.occurrences(terms);
      matches = (parsed && (await matchesInMemory(parsed, snapshot.terms, (word) => this.queries.ftsTerms(word), read))) || { ids: await this.fullText.matchingIds(fts), best: { ids: new Int32Array(0), ranks: new Float64Array(0) }, complete: false, inMemory: null };
      snapshot.matches.set(fts, matches);
    }
    return { snapshot, fts, hits, candidates: matches.ids, matches, accepts };
  }

  /** Without words, the passages to scan: those of the filter's least common theme (when all must hold), or all. */
  private candidatesWithout(index: PassageIndex, filter: PassageFilter): Int32Array {
    if ((filter.themeMode ?? 'all') !== 'all') return index.byEvidence();
    const orders = filter.themes.map((theme) => index.byEvidenceWithTheme(theme));
    return orders.reduce<Int32Array>((smallest, order) => (order.length < smallest.length ? order : smallest), index.byEvidence());
  }

  /**
   * The first `wanted` accepted passages, best first. Without words: most evidence first. With
   * words: BM25, in memory when the postings are known, else scored by FTS5 only as deep as the filters' selectivity says the page needs
   * (a filter keeping 5% of matches needs about 20 times the page), deepened if that fell short.
   */
  private async bestFirst(ranking: Ranking, wanted: number, total: number): Promise<Ranked[]> {
    const { accepts, matches, fts } = ranking;
    if (!matches || !fts) {
      const evidence = ranking.snapshot.index.evidence;
      return take(ranking.candidates, accepts, wanted, (id) => evidence[id]!);
    }
    if (matches.inMemory) {
      const { basis, phrases, order } = matches.inMemory;
      const inOrder = order ? bestInOrder(basis, order, phrases, accepts, wanted) : [];
      return inOrder.length >= wanted || (order && order.length >= matches.ids.length) ? inOrder : bestByBm25(basis, matches.ids, phrases, accepts, wanted);
    }
    let best = takeBest(matches, accepts, wanted);
    while (best.length < wanted && !matches.complete) {
      const selectivity = Math.max(total, 1) / Math.max(matches.ids.length, 1);
      let depth = Math.max(MIN_RANKED, matches.best.ids.length * 2, Math.ceil((wanted / selectivity) * 1.5) + 50);
      // Past half of the matches, a bounded sort saves little: score them all, once.
      if (depth * 2 >= matches.ids.length) depth = matches.ids.length;
      matches.best = await this.fullText.bestMatches(fts, depth);
      matches.complete = matches.best.ids.length >= matches.ids.length || depth >= matches.ids.length;
      ranking.snapshot.matches.evict();
      best = takeBest(matches, accepts, wanted);
    }
    return best;
  }

  /** Reads these passages and turns them into cited hits with snippets, in the order given. */
  private async hydrate(ranking: Ranking, ranked: Ranked[], themes: readonly ThemeId[]): Promise<SearchHit[]> {
    const hits: SearchHit[] = [];
    for (const { row, found, score, index } of this.read(ranked)) hits.push(toHit(row, found, await this.snippet(ranking, row, found, themes), score, index));
    return hits;
  }

  /** The rows and findings of these passages, in the order given, with the index their themes are read from. */
  private read(ranked: Ranked[]): Array<{ row: PassageRow; found: FindingRow[]; score: number; index: PassageIndex }> {
    const ids = ranked.map((entry) => entry.id);
    if (ids.length === 0) return [];
    const { index } = this.snapshots.current();
    const rows = new Map(this.queries.passages(ids).map((row) => [row.id, row]));
    const evidence = groupFindings(this.queries.findings(ids));
    // A row missing was deleted by an ingest since the ranking was made.
    return ranked.flatMap(({ id, score }) => {
      const row = rows.get(id);
      return row ? [{ row, found: evidence.get(id) ?? [], score, index }] : [];
    });
  }

  private async snippet(ranking: Ranking, row: PassageRow, found: FindingRow[], themes: readonly ThemeId[]): Promise<string> {
    const { fts, hits } = ranking;
    // The words searched for, and beside them the evidence of the passage's themes (of those asked for, if any).
    if (hits) return markSpans(row.text, hits(row.text), SNIPPET_WIDTH, themes.length > 0 ? found.filter((finding) => themes.includes(finding.theme)) : found);
    const fromFts = fts ? await this.fullText.snippet(fts, row.id) : null;
    return fromFts !== null ? markSnippet(fromFts) : evidenceSnippet(row, found, themes);
  }
}

function newAnswers(): Answers {
  return { counts: new LruCache(COUNTS_HELD, () => 1), pages: new LruCache(HITS_HELD, (response) => response.results.length + 1) };
}

/** Without words to mark, a snippet marks the evidence (for the themes asked for, if any). */
function evidenceSnippet(row: PassageRow, found: FindingRow[], themes: readonly ThemeId[]): string {
  const shown = themes.length > 0 ? found.filter((finding) => themes.includes(finding.theme)) : found;
  return markSpans(row.text, shown, SNIPPET_WIDTH);
}

/** The first `wanted` ids of `order` that `accepts` keeps, with their scores. */
function take(order: Int32Array, accepts: (id: number) => boolean, wanted: number, score: (id: number, at: number) => number): Ranked[] {
  const kept: Ranked[] = [];
  for (let at = 0; at < order.length && kept.length < wanted; at++) {
    const id = order[at]!;
    if (accepts(id)) kept.push({ id, score: score(id, at) });
  }
  return kept;
}

/** BM25 scores are FTS5 ranks negated, so that higher is better. */
function takeBest(matches: MatchSet, accepts: (id: number) => boolean, wanted: number): Ranked[] {
  return take(matches.best.ids, accepts, wanted, (_, at) => -matches.best.ranks[at]!);
}

/**
 * The FTS5 query of a search: the user's words made safe (with a matcher that finds them in a
 * text, for snippets), or the raw text when raw mode is asked for.
 */
function ftsQuery(request: SearchRequest): { fts: string | null; hits: ((text: string) => Span[]) | null; parsed: ParsedQuery | null } {
  if (request.raw) {
    assertRawBudget(request.q);
    return { fts: request.q || null, hits: null, parsed: null };
  }
  const parsed = parseUserQuery(request.q);
  assertQueryBudget(parsed);
  const fts = toFts5(parsed) || null;
  return { fts, hits: fts ? queryHits(parsed) : null, parsed };
}

/** Offsets of the HIT_START/HIT_END-wrapped runs, in the text without the markers. */
function markedSpans(marked: string): Span[] {
  const spans: Span[] = [];
  let removed = 0;
  for (const match of marked.matchAll(new RegExp(`${HIT_START}([^${HIT_END}]*)${HIT_END}`, 'g'))) {
    const start = match.index - removed;
    spans.push({ start, end: start + match[1]!.length });
    removed += 2;
  }
  return spans;
}

/** One-off search, for a command that runs once: `lessons search` builds the index for one query. */
export function search(queries: SearchQueries, request: SearchRequest): Promise<SearchResponse> {
  return new SearchEngine(queries).search(request);
}

function toHit(row: PassageRow, found: FindingRow[], snippet: string, score: number, index: PassageIndex): SearchHit {
  const { themes, tags } = index.tagsOf(row.id, found);
  return {
    id: row.id,
    review: { id: row.review_id, title: row.title, board: row.board, year: row.year },
    page: row.page,
    paragraph: row.paragraph,
    section: row.section,
    kind: row.kind,
    text: row.text,
    ocr: row.ocr_confidence !== null,
    ocr_confidence: row.ocr_confidence,
    snippet,
    themes: themes.sort(),
    tags,
    evidence: found.map((finding) => ({ theme: finding.theme, start: finding.start, end: finding.end, text: row.text.slice(finding.start, finding.end), pattern: finding.pattern, source: finding.source, score: finding.score })),
    score: Math.round(score * 1000) / 1000,
  };
}
