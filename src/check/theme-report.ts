import type { LexiconInfo } from '../lexicon/index.js';
import type { CheckQueries } from '../store/check-queries.js';
import { THEME_IDS, type ThemeId } from '../model/themes.js';
import { draftPassageRef } from './citations.js';
import type { CorpusIndex } from './corpus-index.js';
import { earlierRecommendations, type RecommendationCorpus } from './recommendations.js';
import { recurrence } from './recurrence.js';
import { mostSimilar, searchSimilar, type DraftEntry } from './similar-passages.js';
import type { ThemeReport } from './types.js';

export const SIMILAR_SHOWN = 5;
const RECOMMENDATIONS_SHOWN = 5;

export interface ThemeContext {
  entries: readonly DraftEntry[];
  index: CorpusIndex;
  queries: CheckQueries;
  recommendations: RecommendationCorpus;
  lexicons: readonly LexiconInfo[];
  paginated: boolean;
}

/**
 * One section of the report per failing the draft describes, most described first: the draft's
 * paragraphs on it with their evidence, how often earlier reviews found it, their passages most
 * like the draft's, and what they recommended about it.
 */
export function reportThemes(context: ThemeContext): ThemeReport[] {
  const { entries, index, queries, paginated } = context;
  const found = searchSimilar(entries, index);
  const reviews = queries.reviewYears();
  return themesByMention(entries).map((theme) => {
    const on = entries.filter((entry) => entry.themes.includes(theme));
    const info = context.lexicons.find((lexicon) => lexicon.id === theme);
    const reviewsWithTheme = new Set(queries.reviewsWithTheme(theme));
    return {
      theme,
      label: info?.label ?? theme,
      description: info?.description ?? '',
      passages: on.map((entry) => draftPassageRef(entry.passage, paginated, theme)),
      ...recurrence(reviews, reviewsWithTheme),
      similar: mostSimilar(theme, entries, found, index, paginated, SIMILAR_SHOWN),
      recommendations: earlierRecommendations(theme, reviewsWithTheme, context.recommendations, RECOMMENDATIONS_SHOWN),
    };
  });
}

function themesByMention(entries: readonly DraftEntry[]): ThemeId[] {
  const mentions = new Map<ThemeId, number>();
  for (const entry of entries) for (const theme of entry.themes) mentions.set(theme, (mentions.get(theme) ?? 0) + 1);
  return [...mentions.keys()].sort((a, b) => (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || THEME_IDS.indexOf(a) - THEME_IDS.indexOf(b));
}
