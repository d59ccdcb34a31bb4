import type { LexiconInfo } from '../lexicon/index.js';
import type { AskCorpus } from '../recommendations/ask-corpus.js';
import type { ThemeId } from '../model/themes.js';
import { corpusPassageRef } from './citations.js';
import type { CorpusIndex, CorpusRecommendation } from './corpus-index.js';
import { cosine, roundScore, type TermVector } from './similarity.js';
import type { EarlierRecommendation } from './types.js';

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
  /** The recommendations grouped by ask (see /recommendations). */
  asks: AskCorpus;
  hasTheme: CorpusIndex['hasTheme'];
}

export function recommendationCorpus(index: CorpusIndex, lexicons: readonly LexiconInfo[], asks: AskCorpus): RecommendationCorpus {
  const profiles = themeProfiles(lexicons, index);
  const nearestTheme = nearestProfile(profiles);
  const all = index.recommendations();
  return { all, profiles, asks, hasTheme: index.hasTheme, nearest: new Map(all.map((recommendation) => [recommendation.row.id, nearestTheme(recommendation.lead)])) };
}

type ScoredRecommendation = CorpusRecommendation & { score: number };

/**
 * What earlier reviews recommended on a theme: the recommendations tagged with it, and those of
 * reviews that found it whose first sentence is closer to this theme's definition than to any
 * other's (or to the review process's). Recommendations making one ask (one group of
 * /recommendations) are counted together, and the asks most reviews made come first.
 */
export function earlierRecommendations(theme: ThemeId, reviewsWithTheme: ReadonlySet<number>, corpus: RecommendationCorpus, limit: number): EarlierRecommendation[] {
  const profile = corpus.profiles.get(theme);
  if (!profile) return [];
  const onTheme = corpus.all
    .filter((recommendation) => corpus.hasTheme(recommendation.row.id, theme) || (reviewsWithTheme.has(recommendation.row.review_id) && corpus.nearest.get(recommendation.row.id) === theme))
    .map((recommendation) => ({ ...recommendation, score: cosine(recommendation.lead, profile) }))
    .sort((a, b) => b.score - a.score || a.row.id - b.row.id);
  const byGroup = new Map<number, ScoredRecommendation[]>();
  for (const recommendation of onTheme) {
    // A recommendation without a stored ask (a database not yet retagged) is a group of its own.
    const key = corpus.asks.groupOfPassage.get(recommendation.row.id)?.id ?? -recommendation.row.id;
    const members = byGroup.get(key);
    if (members) members.push(recommendation);
    else byGroup.set(key, [recommendation]);
  }
  const groups = [...byGroup].map(([key, group]) => ({ key, group, reviews: new Set(group.map((member) => member.row.review_id)).size }));
  groups.sort((a, b) => b.reviews - a.reviews || (b.group[0]?.score ?? 0) - (a.group[0]?.score ?? 0));
  return groups.slice(0, limit).map(({ key, group, reviews }) => {
    const years = group.map((member) => member.row.year).filter((year): year is number => year !== null);
    const newest = [...group].sort((a, b) => (b.row.year ?? 0) - (a.row.year ?? 0) || b.score - a.score);
    const score = roundScore(group[0]?.score ?? 0);
    return {
      text: group[0]?.row.text ?? '',
      score,
      score_meaning: `${score.toFixed(2)}: how close the recommendation's first sentence is to this failing's definition (TF-IDF cosine, 0 to 1); it orders asks made equally often.`,
      reviews,
      group_url: key > 0 ? `/recommendations?group=${key}` : null,
      first_year: years.length > 0 ? Math.min(...years) : null,
      last_year: years.length > 0 ? Math.max(...years) : null,
      examples: newest.slice(0, EXAMPLES_SHOWN).map((member) => corpusPassageRef(member.row)),
    };
  });
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
