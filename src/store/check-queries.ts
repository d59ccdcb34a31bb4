import { THEME_IDS, type ThemeId } from '../model/themes.js';
import type { Db } from './database.js';
import type { CorpusPassageRow } from './passage-rows.js';
import { askQueries, type AskQueries } from './recommendation-queries.js';

export interface RecommendationRow extends CorpusPassageRow {
  /** JSON [[start, end], ...]: sentence offsets inside text. */
  sentences: string;
}

export interface ReviewYear {
  id: number;
  year: number | null;
}

/**
 * FTS5 counts a word's documents by walking its whole posting list, and every check asks about
 * much the same few thousand words, so the counts are kept per database file and corpus version
 * (reviews, last passage, last ingest). Only words the corpus uses are kept: a word no passage
 * contains (a name in a draft) is not remembered beyond its check.
 */
const frequencyCaches = new Map<string, { version: string; frequencies: Map<string, number> }>();

function frequencyCache(db: Db): Map<string, number> {
  const version = db
    .prepare<[], string>("SELECT (SELECT count(*) FROM reviews) || ':' || (SELECT ifnull(max(id), 0) FROM passages) || ':' || (SELECT ifnull(max(ingested_at), '') FROM reviews)")
    .pluck()
    .get() ?? '';
  let cache = frequencyCaches.get(db.name);
  if (!cache || cache.version !== version) frequencyCaches.set(db.name, (cache = { version, frequencies: new Map() }));
  return cache.frequencies;
}

/**
 * What a connection reads of the corpus's themes, kept until the database changes: a check asks
 * whether its candidate passages carry a theme (reading every passage's themes for each check cost
 * a second at 10,000 reviews), which reviews found each failing (80 ms for a draft's dozen
 * failings), how many reviews and passages there are and their years. The version is the connection's
 * data_version (another connection committed: an ingest, retag or human code) with its own
 * total_changes (it wrote). Nothing of a draft is kept here.
 */
interface ThemeFacts {
  version: string;
  masks: Uint32Array | null;
  reviewsWithTheme: Map<string, number[]>;
  /** Counting 2 million passages takes 30 ms, and a check asks twice. */
  totals: { reviews: number; passages: number } | null;
  reviewYears: ReviewYear[] | null;
}

const themeFactCaches = new WeakMap<Db, ThemeFacts>();
/** Each connection's number: data_version counts per connection, so two connections' versions would otherwise meet. */
const connections = new WeakMap<Db, number>();
let connectionsSeen = 0;

function connectionVersion(db: Db): string {
  let connection = connections.get(db);
  if (connection === undefined) connections.set(db, (connection = connectionsSeen++));
  return `${connection}:${db.pragma('data_version', { simple: true }) as number}:${db.prepare('SELECT total_changes()').pluck().get() as number}`;
}

function themeFacts(db: Db): ThemeFacts {
  const version = connectionVersion(db);
  let facts = themeFactCaches.get(db);
  if (!facts || facts.version !== version) themeFactCaches.set(db, (facts = { version, masks: null, reviewsWithTheme: new Map(), totals: null, reviewYears: null }));
  return facts;
}

function readThemeMasks(db: Db): Uint32Array {
  const bits = new Map(THEME_IDS.map((theme, index) => [theme as string, 1 << index]));
  return db.transaction(() => {
    const masks = new Uint32Array((db.prepare('SELECT coalesce(max(id), 0) FROM passages').pluck().get() as number) + 1);
    for (const [id, theme] of db.prepare('SELECT passage_id, theme FROM passage_themes').raw().iterate() as IterableIterator<[number, string]>) masks[id]! |= bits.get(theme) ?? 0;
    return masks;
  })();
}

/** The read-only questions a draft check asks of the corpus, in words: no query syntax crosses this line. */
export interface CheckQueries {
  /** The stored asks of recommendations, grouped across reviews by the recommendations domain. */
  asks: AskQueries;
  /** The database file: the key under which the grouped asks are kept between checks. */
  file: string;
  totals(): { reviews: number; passages: number };
  /** Passages whose text contains the stem (0 when none does). */
  documentFrequency(stem: string): number;
  /** Every review's year of publication. Callers must not change it. */
  reviewYears(): readonly ReviewYear[];
  /** Ids of passages containing every one of the words (each stemmed as the index stems text), unranked, at most `limit`. */
  passagesWithAll(words: readonly string[], limit: number): number[];
  /** Ids of the passages containing any of the words, the best BM25 matches first. */
  passagesRankedByAny(words: readonly string[], limit: number): number[];
  /** Changes whenever the database does, and differs between connections: what is kept between checks of the corpus as it is (never of a draft) is keyed by it. */
  version(): string;
  /** Every passage's themes, indexed by passage id: bit i set for THEME_IDS[i]. Callers must not change it. */
  themeMasks(): Uint32Array;
  /** Ids of the reviews in which `theme` was found. Callers must not change it. */
  reviewsWithTheme(theme: ThemeId): readonly number[];
  /** Every recommendation of the corpus: about ten a review, few enough to compare a draft's with all of them. */
  recommendations(): RecommendationRow[];
  passages(ids: readonly number[]): CorpusPassageRow[];
}

/** A word as an FTS5 string: matched as a word (stemmed), never read as query syntax. */
const quoted = (word: string): string => `"${word.replaceAll('"', '""')}"`;

/**
 * Nothing here writes: the only schema object a check makes is an fts5vocab table in the
 * connection's in-memory temp schema, which lets it read how many passages contain each stem
 * (the document frequency behind TF-IDF).
 */
export function checkQueries(db: Db): CheckQueries {
  db.pragma('temp_store = MEMORY');
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.check_vocabulary USING fts5vocab(main, passages_fts, 'row')");
  const totals = db.prepare<[], { reviews: number; passages: number }>('SELECT (SELECT count(*) FROM reviews) AS reviews, (SELECT count(*) FROM passages) AS passages');
  const documentFrequency = db.prepare<[string], number>('SELECT doc FROM temp.check_vocabulary WHERE term = ?').pluck();
  const frequencies = frequencyCache(db);
  const reviewYears = db.prepare<[], ReviewYear>('SELECT id, year FROM reviews');
  const matching = db.prepare<[string, number], number>('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?').pluck();
  const ranked = db.prepare<[string, number], number>('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?').pluck();
  const reviewsWithTheme = db.prepare<[string], number>('SELECT DISTINCT review_id FROM passage_themes WHERE theme = ?').pluck();
  const recommendations = db.prepare<[], RecommendationRow>(
    `SELECT p.id, p.review_id, p.page, p.paragraph, p.section, p.kind, p.text, p.sentences, r.title, r.board, r.year
     FROM passages p JOIN reviews r ON r.id = p.review_id WHERE p.kind = 'recommendation'`,
  );
  const passages = db.prepare<[string], CorpusPassageRow>(
    `SELECT p.id, p.review_id, p.page, p.paragraph, p.section, p.kind, p.text, r.title, r.board, r.year
     FROM passages p JOIN reviews r ON r.id = p.review_id WHERE p.id IN (SELECT value FROM json_each(?))`,
  );

  return {
    asks: askQueries(db),
    file: db.name,
    totals() {
      const facts = themeFacts(db);
      return (facts.totals ??= totals.get() ?? { reviews: 0, passages: 0 });
    },
    documentFrequency(stem) {
      const known = frequencies.get(stem);
      if (known !== undefined) return known;
      const frequency = documentFrequency.get(stem) ?? 0;
      if (frequency > 0) frequencies.set(stem, frequency);
      return frequency;
    },
    reviewYears() {
      const facts = themeFacts(db);
      return (facts.reviewYears ??= reviewYears.all());
    },
    passagesWithAll: (words, limit) => matching.all(words.map(quoted).join(' AND '), limit),
    passagesRankedByAny: (words, limit) => ranked.all(words.map(quoted).join(' OR '), limit),
    version: () => themeFacts(db).version,
    themeMasks() {
      const facts = themeFacts(db);
      return (facts.masks ??= readThemeMasks(db));
    },
    reviewsWithTheme(theme) {
      const facts = themeFacts(db);
      let reviews = facts.reviewsWithTheme.get(theme);
      if (!reviews) facts.reviewsWithTheme.set(theme, (reviews = reviewsWithTheme.all(theme)));
      return reviews;
    },
    recommendations: () => recommendations.all(),
    passages: (ids) => passages.all(JSON.stringify(ids)),
  };
}
