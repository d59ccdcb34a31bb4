import type { LexiconInfo } from '../lexicon/index.js';
import type { AskCorpus } from '../recommendations/ask-corpus.js';
import type { ThemeId } from '../model/themes.js';
import { corpusPassageRef } from './citations.js';
import type { CorpusPassageRow } from '../store/passage-rows.js';
import type { CorpusIndex } from './corpus-index.js';
import { roundScore, type TermVector } from './similarity.js';
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
type ThemeProfiles = ReadonlyMap<ThemeId | typeof REVIEW_PROCESS, TermVector>;

function themeProfiles(lexicons: readonly LexiconInfo[], index: CorpusIndex): ThemeProfiles {
  const profiles = new Map<ThemeId | typeof REVIEW_PROCESS, TermVector>(lexicons.map((lexicon) => [lexicon.id, index.vectorOf(`${lexicon.label}. ${lexicon.description}`)]));
  return profiles.set(REVIEW_PROCESS, index.vectorOf(REVIEW_PROCESS_DEFINITION));
}

/** A corpus recommendation with how close its lead sentence is to each theme's definition, and the nearest. */
interface ThemedRecommendation {
  row: CorpusPassageRow;
  /** Cosine of its lead sentence with each profile, in the order of RecommendationCorpus.themes. */
  closeness: Float64Array;
  nearest: string | null;
}

/**
 * The corpus's recommendations, each with the theme whose definition its lead sentence is nearest,
 * and the recommendations grouped by ask. It depends on the corpus and the lexicons alone (no word
 * of a draft), so it is made once per corpus version and kept between checks.
 */
export interface RecommendationCorpus {
  all: readonly ThemedRecommendation[];
  /** The profiles' names, in the order of each recommendation's closeness. */
  themes: ReadonlyMap<string, number>;
  /** The recommendations grouped by ask (see /recommendations). */
  asks: AskCorpus;
  hasTheme: CorpusIndex['hasTheme'];
  /** earlierRecommendations' answers by theme and limit, kept while the corpus, its groups and its themes stay as they are. */
  answers: Map<string, EarlierRecommendation[]>;
}

interface Kept {
  key: string;
  all: readonly ThemedRecommendation[];
  themes: ReadonlyMap<string, number>;
  /** The answers for each grouping of the asks, at one version of the database (its themes, and so the reviews that found each). */
  answers: WeakMap<AskCorpus, { version: string; byTheme: Map<string, EarlierRecommendation[]> }>;
}

const kept = new WeakMap<readonly LexiconInfo[], Kept>();

/** `version` names the corpus as it is (the database file and its version): when it changes, the recommendations are read again. */
export function recommendationCorpus(index: CorpusIndex, lexicons: readonly LexiconInfo[], asks: AskCorpus, version: string): RecommendationCorpus {
  let known = kept.get(lexicons);
  if (known?.key !== version) {
    const profiles = themeProfiles(lexicons, index);
    const names = [...profiles.keys()];
    const closeness = closenessToProfiles(names.map((name) => profiles.get(name) as TermVector));
    const all = index.recommendations().map(({ row, lead }) => {
      const scores = closeness(lead);
      const best = scores.reduce((top, score, at) => (score > (scores[top] as number) ? at : top), 0);
      return { row, closeness: scores, nearest: (scores[best] as number) > 0 ? (names[best] as string) : null };
    });
    known = { key: version, all, themes: new Map(names.map((name, at) => [name, at])), answers: new WeakMap() };
    kept.set(lexicons, known);
  }
  let answers = known.answers.get(asks);
  if (answers?.version !== index.version) known.answers.set(asks, (answers = { version: index.version, byTheme: new Map() }));
  return { all: known.all, themes: known.themes, asks, hasTheme: index.hasTheme, answers: answers.byTheme };
}

type ScoredRecommendation = ThemedRecommendation & { score: number };

/**
 * What earlier reviews recommended on a theme: the recommendations tagged with it, and those of
 * reviews that found it whose first sentence is closer to this theme's definition than to any
 * other's (or to the review process's). Recommendations making one ask (one group of
 * /recommendations) are counted together, and the asks most reviews made come first. The answer
 * depends on the corpus alone (a tenth of a second a failing at 10,000 reviews), so it is kept in
 * `corpus.answers`: `reviewsWithTheme` must be the corpus's own, as the check queries give it.
 */
export function earlierRecommendations(theme: ThemeId, reviewsWithTheme: ReadonlySet<number>, corpus: RecommendationCorpus, limit: number): EarlierRecommendation[] {
  const key = `${theme} ${limit}`;
  let answer = corpus.answers.get(key);
  if (!answer) corpus.answers.set(key, (answer = findEarlierRecommendations(theme, reviewsWithTheme, corpus, limit)));
  return answer;
}

function findEarlierRecommendations(theme: ThemeId, reviewsWithTheme: ReadonlySet<number>, corpus: RecommendationCorpus, limit: number): EarlierRecommendation[] {
  const profile = corpus.themes.get(theme);
  if (profile === undefined) return [];
  const onTheme = corpus.all
    .filter((recommendation) => corpus.hasTheme(recommendation.row.id, theme) || (reviewsWithTheme.has(recommendation.row.review_id) && recommendation.nearest === theme))
    .map((recommendation) => ({ ...recommendation, score: recommendation.closeness[profile] as number }))
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
 * A vector's cosines with every profile. Every recommendation of the corpus is placed, so the
 * profiles are indexed by term and the cosines summed in one pass over the vector.
 */
function closenessToProfiles(profiles: readonly TermVector[]): (vector: TermVector) => Float64Array {
  const byTerm = new Map<number, Array<{ profile: number; weight: number }>>();
  profiles.forEach((vector, profile) => {
    vector.terms.forEach((term, at) => {
      const users = byTerm.get(term) ?? [];
      users.push({ profile, weight: vector.weights[at] as number });
      byTerm.set(term, users);
    });
  });
  return (vector) => {
    const scores = new Float64Array(profiles.length);
    vector.terms.forEach((term, at) => {
      for (const { profile, weight } of byTerm.get(term) ?? []) scores[profile] = (scores[profile] as number) + weight * (vector.weights[at] as number);
    });
    return scores;
  };
}
