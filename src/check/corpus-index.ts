import type { CheckQueries } from '../store/check-queries.js';
import type { CorpusPassageRow } from '../store/passage-rows.js';
import { THEME_IDS, type ThemeId } from '../model/themes.js';
import { leadSentence } from './lead-sentence.js';
import { cosine, createVocabulary, salientTerms, weighTerms, type TermVector } from './similarity.js';
import { createTermReader } from './terms.js';
import type { GroupMatcher } from './match-pool.js';

/**
 * Candidate search: a paragraph's nine most specific words in groups that must all match, three
 * groups of three, then (when they find too little) four pairs. A passage that contains every word
 * of a group shares something particular with the paragraph; one that matches every group is
 * usually a copy. Several small groups rather than one query of nine words, so that a near-copy
 * with a few words changed still matches the groups those words are not in.
 */
const SALIENT_TERMS = 9;
const GROUP_SIZES = [3, 2];
/** Fewer candidates than this and the next, looser, kind of group is tried. */
const ENOUGH_CANDIDATES = 10;
/** Matches read per group at most: a group of common words must not read half the corpus. */
const PASSAGES_PER_GROUP = 2000;
/** The BM25 fallback reads more than it needs, as some of its passages are on other themes. */
const FALLBACK_FACTOR = 3;

export interface CorpusPassage {
  row: CorpusPassageRow;
  vector: TermVector;
}

export interface ScoredPassage extends CorpusPassage {
  /** TF-IDF cosine to the query vector, 0 to 1. */
  score: number;
}

/** A recommendation is compared by its lead sentence, what it asks (see lead-sentence.ts). */
export interface CorpusRecommendation {
  row: CorpusPassageRow;
  lead: TermVector;
}

/**
 * The corpus as a draft check sees it: TF-IDF weights from the full-text index's document
 * frequencies; candidate passages found through FTS5 and scored by cosine; and every
 * recommendation, compared exhaustively. Passages and weights are cached for one check, so a corpus
 * passage met by several draft paragraphs is read once.
 *
 * Why candidates come from groups that must all match rather than from BM25 over the salient words:
 * on a corpus of 250,000 passages, a ranked FTS5 query of a paragraph's dozen salient words scores
 * every passage that contains any of them (tens of thousands) and takes 50 to 150 ms, and a draft
 * has a hundred paragraphs with failings. A group of three specific words reads short posting
 * lists and needs no scoring (about 1 ms). BM25 is kept as the fallback for a small corpus, where
 * it is cheap and where groups of three may match nothing.
 */
export function corpusIndex(queries: CheckQueries) {
  const { passages: total } = queries.totals();
  const frequencies = new Map<string, number>();
  const vocabulary = createVocabulary();
  const reader = createTermReader();
  const cache = new Map<number, CorpusPassage>();
  const version = queries.version();
  const masks = queries.themeMasks();
  const hits = hitCounter(masks.length);
  /** Draft paragraphs that share sentences ask the same groups: each is asked once. */
  const matches = new Map<string, number[]>();
  let recommendations: CorpusRecommendation[] | null = null;

  const documentFrequency = (stem: string): number => {
    let frequency = frequencies.get(stem);
    if (frequency === undefined) frequencies.set(stem, (frequency = queries.documentFrequency(stem)));
    return frequency;
  };
  const idf = (stem: string): number => Math.log(Math.max(1, total) / Math.max(1, documentFrequency(stem)));
  const vectorOf = (text: string): TermVector => weighTerms(reader.stems(text), idf, vocabulary);
  const onAny = (themes: readonly ThemeId[]): number => themes.reduce((mask, theme) => mask | (1 << THEME_IDS.indexOf(theme)), 0);
  const hasAny = (id: number, mask: number): boolean => ((masks[id] ?? 0) & mask) !== 0;
  const matching = (words: readonly string[]): number[] => {
    const key = words.join(' ');
    let ids = matches.get(key);
    if (!ids) matches.set(key, (ids = queries.passagesWithAll(words, PASSAGES_PER_GROUP)));
    return ids;
  };
  /** Each word as its first-seen form, which the index stems back to the same stem. */
  const searchWords = (vector: TermVector): string[] => salientTerms(vector, SALIENT_TERMS, vocabulary, (stem) => documentFrequency(stem) > 0).map((term) => reader.queryWord(term));
  const groupsOf = (words: readonly string[], size: number): string[][] => {
    const groups: string[][] = [];
    for (let at = 0; at + size <= words.length; at += size) groups.push(words.slice(at, at + size));
    return groups;
  };
  const load = (ids: number[]): CorpusPassage[] => {
    const missing = ids.filter((id) => !cache.has(id));
    if (missing.length > 0) for (const row of queries.passages(missing)) cache.set(row.id, { row, vector: vectorOf(row.text) });
    return ids.flatMap((id) => cache.get(id) ?? []);
  };

  return {
    /** The database's version when the check began, which the theme masks were read at. */
    version,
    vectorOf,
    /** Whether the corpus passage is tagged with the theme. */
    hasTheme: (id: number, theme: ThemeId): boolean => hasAny(id, onAny([theme])),

    /**
     * The passages tagged with any of `themes` most like the vector, best first: candidates that
     * match the most groups of its specific words (words no corpus passage uses, such as the
     * draft's own names, cannot find anything and are left out), scored by cosine.
     */
    passagesOnThemes(vector: TermVector, themes: readonly ThemeId[], limit: number): ScoredPassage[] {
      const onThemes = onAny(themes);
      const count = (ids: number[], weight: number) => {
        for (const id of ids) if (hasAny(id, onThemes)) hits.add(id, weight);
      };
      const words = searchWords(vector);
      for (const size of GROUP_SIZES) {
        if (hits.size() >= ENOUGH_CANDIDATES) break;
        for (const group of groupsOf(words, size)) count(matching(group), 1);
      }
      // In a small corpus even pairs may match nothing; BM25 over any of the words, cheap there, fills the list.
      if (hits.size() < ENOUGH_CANDIDATES && words.length > 0) count(queries.passagesRankedByAny(words, limit * FALLBACK_FACTOR), 0);
      return load(hits.best(limit))
        .map((passage) => ({ ...passage, score: cosine(vector, passage.vector) }))
        .sort((a, b) => b.score - a.score || a.row.id - b.row.id);
    },

    /**
     * Starts asking, on `matcher`'s thread, the first groups that passagesOnThemes will ask for
     * each vector, and returns what asks the rest here, sharing them with that thread; once it has
     * run, passagesOnThemes finds their answers kept. Call it before any corpus text is read, so
     * that each stem's query word is the draft's own, as passagesOnThemes will choose it.
     */
    matchAhead(vectors: readonly TermVector[], matcher: GroupMatcher): () => Promise<void> {
      const asked = new Set<string>();
      const groups = vectors.flatMap((vector) => groupsOf(searchWords(vector), GROUP_SIZES[0] as number)).filter((group) => {
        const key = group.join(' ');
        return !matches.has(key) && !asked.has(key) && asked.add(key);
      });
      const next = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
      // A failed thread costs only time: a group it took and did not answer is asked when needed.
      const helped = groups.length > 0 ? matcher({ groups, limit: PASSAGES_PER_GROUP, next }).catch(() => []) : Promise.resolve([]);
      return async () => {
        for (let at = Atomics.add(next, 0, 1); at < groups.length; at = Atomics.add(next, 0, 1)) matching(groups[at] as string[]);
        // A thread still busy with another check's groups took none of these: do not wait for it.
        if (Atomics.load(next, 1) === 0) return;
        for (const [at, ids] of await helped) matches.set((groups[at] as string[]).join(' '), Array.from(ids));
      };
    },

    /** Every recommendation of the corpus with its lead sentence's vector, read once per check. */
    recommendations(): CorpusRecommendation[] {
      recommendations ??= queries.recommendations().map((row) => ({ row, lead: vectorOf(leadSentence(row.text, JSON.parse(row.sentences) as Array<[number, number]>)) }));
      return recommendations;
    },
  };
}

export type CorpusIndex = ReturnType<typeof corpusIndex>;

/**
 * Counts the groups each candidate passage matches, for one paragraph at a time: a typed array
 * over passage ids rather than a map, as a paragraph's groups read thousands of ids, and a check
 * has a hundred paragraphs. `best` hands back the counted ids and clears them.
 */
function hitCounter(passages: number) {
  // A group's weight is 0 or 1 and a paragraph asks at most seven groups: one plus the count fits a byte, 0 marking an id not met.
  const counts = new Uint8Array(passages);
  let met: number[] = [];
  return {
    add(id: number, weight: number): void {
      if (counts[id] === 0) met.push(id);
      counts[id] = (counts[id] as number) + weight + (counts[id] === 0 ? 1 : 0);
    },
    size: (): number => met.length,
    /** The `limit` ids met most often, ties the highest id first. */
    best(limit: number): number[] {
      const byCount = new Map<number, number[]>();
      for (const id of met) {
        const count = counts[id] as number;
        counts[id] = 0;
        const ids = byCount.get(count);
        if (ids) ids.push(id);
        else byCount.set(count, [id]);
      }
      met = [];
      const chosen: number[] = [];
      for (const count of [...byCount.keys()].sort((a, b) => b - a)) {
        // Passage ids are positive 32-bit integers, which a typed array sorts natively.
        const ids = Int32Array.from(byCount.get(count) ?? []).sort().reverse();
        for (const id of ids.subarray(0, limit - chosen.length)) chosen.push(id);
        if (chosen.length >= limit) break;
      }
      return chosen;
    },
  };
}

