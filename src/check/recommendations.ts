import type { LexiconInfo } from '../lexicon/index.js';
import type { ThemeId } from '../model/themes.js';
import { corpusPassageRef, draftPassageRef } from './citations.js';
import type { CorpusIndex, CorpusRecommendation } from './corpus-index.js';
import type { DraftEntry } from './similar-passages.js';
import { cosine, roundScore, type TermVector } from './similarity.js';
import type { EarlierRecommendation, RepeatedRecommendation } from './types.js';

/**
 * Two recommendations "closely repeat" each other when the TF-IDF cosine of their lead sentences
 * reaches this. Over the bundled corpus (72 recommendations, 2,343 pairs from different reviews)
 * no pair falls between 0.6 and 0.8: the 64 pairs at 0.8 or more make the same ask in the same
 * words but for the board's name ("The Board should ..." / "The LSCB should ...", 0.87), and the
 * closest different pairs (0.43 to 0.53) are related asks in other words ("audit how its threshold
 * document is applied" / "review the application of its threshold document"). 0.7 sits in that gap,
 * leaving room for a reworded clause while keeping a merely related ask out.
 */
export const REPEAT_THRESHOLD = 0.7;
const MATCHES_SHOWN = 5;
const EXAMPLES_SHOWN = 3;

/**
 * Most reviews end with recommendations about the review itself: spread its learning, train
 * staff, report progress on the action plan. They are on no failing, so they get a definition of
 * their own, and a recommendation nearest to it is listed under none.
 */
const REVIEW_PROCESS = 'review_process';
const REVIEW_PROCESS_DEFINITION =
  'Learning from this review: its findings and learning are shared and disseminated to staff, included in training, briefings and the training programme; the action plan is implemented, monitored and evaluated, and progress and impact are reported back after publication.';

/** Each theme's definition (label and description) as a vector: what a recommendation on it talks about. */
export type ThemeProfiles = ReadonlyMap<ThemeId | typeof REVIEW_PROCESS, TermVector>;

function themeProfiles(lexicons: readonly LexiconInfo[], index: CorpusIndex): ThemeProfiles {
  const profiles = new Map<ThemeId | typeof REVIEW_PROCESS, TermVector>(lexicons.map((lexicon) => [lexicon.id, index.vectorOf(`${lexicon.label}. ${lexicon.description}`)]));
  return profiles.set(REVIEW_PROCESS, index.vectorOf(REVIEW_PROCESS_DEFINITION));
}

/**
 * The corpus's recommendations, each with the theme whose definition its lead sentence is nearest
 * (computed once per check: every theme section asks).
 */
export interface RecommendationCorpus {
  all: readonly CorpusRecommendation[];
  nearest: ReadonlyMap<number, string | null>;
  profiles: ThemeProfiles;
}

export function recommendationCorpus(index: CorpusIndex, lexicons: readonly LexiconInfo[]): RecommendationCorpus {
  const profiles = themeProfiles(lexicons, index);
  const nearestTheme = nearestProfile(profiles);
  const all = index.recommendations();
  return { all, profiles, nearest: new Map(all.map((recommendation) => [recommendation.row.id, nearestTheme(recommendation.lead)])) };
}

type ScoredRecommendation = CorpusRecommendation & { score: number };

/**
 * What earlier reviews that found the theme recommended about it. A recommendation is on the theme
 * when its lead sentence is closer to this theme's definition than to any other's (or to the
 * review process's); near-identical recommendations are counted together, and the most often made
 * come first.
 */
export function earlierRecommendations(theme: ThemeId, reviewsWithTheme: ReadonlySet<number>, corpus: RecommendationCorpus, limit: number): EarlierRecommendation[] {
  const profile = corpus.profiles.get(theme);
  if (!profile) return [];
  const onTheme = corpus.all
    .filter((recommendation) => reviewsWithTheme.has(recommendation.row.review_id) && corpus.nearest.get(recommendation.row.id) === theme)
    .map((recommendation) => ({ ...recommendation, score: cosine(recommendation.lead, profile) }))
    .sort((a, b) => b.score - a.score || a.row.id - b.row.id);
  const groups = groupRepeats(onTheme).map((group) => ({ group, reviews: new Set(group.map((member) => member.row.review_id)).size }));
  groups.sort((a, b) => b.reviews - a.reviews || (b.group[0]?.score ?? 0) - (a.group[0]?.score ?? 0));
  return groups.slice(0, limit).map(({ group, reviews }) => {
    const years = group.map((member) => member.row.year).filter((year): year is number => year !== null);
    const newest = [...group].sort((a, b) => (b.row.year ?? 0) - (a.row.year ?? 0) || b.score - a.score);
    return {
      text: group[0]?.row.text ?? '',
      score: roundScore(group[0]?.score ?? 0),
      reviews,
      first_year: years.length > 0 ? Math.min(...years) : null,
      last_year: years.length > 0 ? Math.max(...years) : null,
      examples: newest.slice(0, EXAMPLES_SHOWN).map((member) => corpusPassageRef(member.row)),
    };
  });
}

/**
 * The draft's recommendations that closely repeat recommendations of earlier reviews, with how
 * many reviews made them before and the closest of those, one per review. Every recommendation of
 * the corpus is compared, so the counts are exact.
 */
export function repeatedRecommendations(recommendations: readonly DraftEntry[], corpus: RecommendationCorpus, paginated: boolean): RepeatedRecommendation[] {
  const repeated: RepeatedRecommendation[] = [];
  for (const entry of recommendations) {
    const matches: ScoredRecommendation[] = [];
    for (const recommendation of corpus.all) {
      const score = cosine(entry.lead, recommendation.lead);
      if (score >= REPEAT_THRESHOLD) matches.push({ ...recommendation, score });
    }
    matches.sort((a, b) => b.score - a.score || a.row.id - b.row.id);
    const perReview = bestPerReview(matches);
    if (perReview.length === 0) continue;
    repeated.push({
      draft: draftPassageRef(entry.passage, paginated),
      earlier_reviews: perReview.length,
      matches: perReview.slice(0, MATCHES_SHOWN).map((match) => ({ ...corpusPassageRef(match.row), score: roundScore(match.score) })),
    });
  }
  return repeated;
}

/**
 * Finds the profile nearest a vector. Every recommendation of the corpus is placed, so the
 * profiles are indexed by term and a vector's cosines with all of them are summed in one pass.
 */
function nearestProfile(profiles: ThemeProfiles): (vector: TermVector) => string | null {
  const names = [...profiles.keys()];
  const byTerm = new Map<number, Array<{ profile: number; weight: number }>>();
  names.forEach((name, profile) => {
    const vector = profiles.get(name) as TermVector;
    vector.terms.forEach((term, at) => {
      const users = byTerm.get(term) ?? [];
      users.push({ profile, weight: vector.weights[at] as number });
      byTerm.set(term, users);
    });
  });
  const scores = new Float64Array(names.length);
  return (vector) => {
    scores.fill(0);
    vector.terms.forEach((term, at) => {
      for (const { profile, weight } of byTerm.get(term) ?? []) scores[profile] = (scores[profile] as number) + weight * (vector.weights[at] as number);
    });
    let best: string | null = null;
    let bestScore = 0;
    scores.forEach((score, profile) => {
      if (score > bestScore) [best, bestScore] = [names[profile] ?? null, score];
    });
    return best;
  };
}

/** Greedy grouping, best first: a recommendation joins the first group whose leader it closely repeats. */
function groupRepeats(scored: readonly ScoredRecommendation[]): ScoredRecommendation[][] {
  const groups: ScoredRecommendation[][] = [];
  for (const recommendation of scored) {
    const group = groups.find(([leader]) => leader !== undefined && cosine(leader.lead, recommendation.lead) >= REPEAT_THRESHOLD);
    if (group) group.push(recommendation);
    else groups.push([recommendation]);
  }
  return groups;
}

function bestPerReview(matches: readonly ScoredRecommendation[]): ScoredRecommendation[] {
  const seen = new Set<number>();
  return matches.filter((match) => !seen.has(match.row.review_id) && seen.add(match.row.review_id));
}
