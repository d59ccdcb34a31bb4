import type { TaggedPassage } from '../model/review.js';
import type { ThemeId } from '../model/themes.js';
import { corpusPassageRef, draftPassageRef } from './citations.js';
import type { CorpusIndex, ScoredPassage } from './corpus-index.js';
import { describePassageScore, SIMILAR_FLOOR } from './score-meaning.js';
import { roundScore, type TermVector } from './similarity.js';
import type { SimilarPassage } from './types.js';

/** A draft paragraph ready for comparison: its themes and its TF-IDF vectors. */
export interface DraftEntry {
  passage: TaggedPassage;
  themes: ThemeId[];
  vector: TermVector;
  /** For a recommendation, its lead sentence's vector (see lead-sentence.ts); otherwise `vector`. */
  lead: TermVector;
}

/** Candidates fetched per draft paragraph: enough that a near-copy is always among them. */
const CANDIDATES_PER_PASSAGE = 30;

/**
 * For each draft finding with a theme, the corpus passages tagged with one of its themes that are
 * most like it; one search per paragraph serves all of its themes. Findings say how a failing
 * came about, so they are what earlier reviews are searched with; a theme the draft names only in
 * narrative or recommendations is searched with those paragraphs instead.
 */
export function searchSimilar(entries: readonly DraftEntry[], index: CorpusIndex): Map<number, ScoredPassage[]> {
  const found = new Map<number, ScoredPassage[]>();
  for (const entry of searchedEntries(entries)) found.set(entry.passage.seq, index.passagesOnThemes(entry.vector, entry.themes, CANDIDATES_PER_PASSAGE));
  return found;
}

/** The paragraphs searchSimilar searches with, in its order. */
export function searchedEntries(entries: readonly DraftEntry[]): DraftEntry[] {
  const findings = entries.filter((entry) => entry.themes.length > 0 && entry.passage.kind === 'finding');
  const covered = new Set(findings.flatMap((entry) => entry.themes));
  return [...findings, ...entries.filter((entry) => entry.passage.kind !== 'finding' && entry.themes.some((theme) => !covered.has(theme)))];
}

/**
 * The corpus passages on `theme` most like any of the draft's paragraphs on it, each listed once
 * with the draft paragraph it is closest to, best first: at most one per review (five passages of
 * one review say less than one each of five), and none below SIMILAR_FLOOR.
 */
export function mostSimilar(theme: ThemeId, entries: readonly DraftEntry[], found: ReadonlyMap<number, ScoredPassage[]>, index: CorpusIndex, paginated: boolean, limit: number): SimilarPassage[] {
  const best = new Map<number, { match: ScoredPassage; entry: DraftEntry }>();
  for (const entry of entries) {
    if (!entry.themes.includes(theme)) continue;
    for (const match of found.get(entry.passage.seq) ?? []) {
      if (match.score < SIMILAR_FLOOR || !index.hasTheme(match.row.id, theme)) continue;
      const previous = best.get(match.row.id);
      if (!previous || match.score > previous.match.score) best.set(match.row.id, { match, entry });
    }
  }
  const reviews = new Set<number>();
  return [...best.values()]
    .sort((a, b) => b.match.score - a.match.score || a.match.row.id - b.match.row.id)
    .filter(({ match }) => !reviews.has(match.row.review_id) && reviews.add(match.row.review_id))
    .slice(0, limit)
    .map(({ match, entry }) => ({
      ...corpusPassageRef(match.row),
      score: roundScore(match.score),
      score_meaning: describePassageScore(roundScore(match.score)),
      draft_citation: draftPassageRef(entry.passage, paginated).citation,
      draft_seq: entry.passage.seq,
    }));
}
