/**
 * Scores in words, for the report to say what each number means. The bands are those of the
 * TF-IDF cosine of two passages (similarity.ts) and of the ask scores (ask-similarity.ts).
 */

/** Two corpus passages are not shown as similar below this cosine: see the README, "Similar passages". */
export const SIMILAR_FLOOR = 0.15;

/** describePassageScore(0.42) -> "0.42: the two passages share several of their most specific words." */
export function describePassageScore(score: number): string {
  const value = score.toFixed(2);
  if (score >= 0.7) return `${value}: nearly the same words in the same proportions — a copy or a close paraphrase.`;
  if (score >= 0.4) return `${value}: the two passages share many of their most specific words.`;
  if (score >= 0.25) return `${value}: the two passages share several specific words besides the failing's usual ones.`;
  return `${value}: the two passages share a few specific words; the likeness is loose.`;
}

/**
 * What an ask score means. A same-ask score is the weighted share of the two asks' particular words
 * that are the very same; a similar or related one, the weighted share of their words that find the
 * same word, a synonym or a narrower word in the other ask (ask-similarity.ts).
 */
export function describeAskScore(score: number, tier: string | null): string {
  const value = score.toFixed(2);
  const percent = `${Math.round(score * 100)}%`;
  if (tier === 'same ask') return `${value}: ${percent} of the weight of the two asks' particular words is the very same words.`;
  const aligned = `${percent} of the weight of the two asks' words finds the same word, a synonym or a narrower word in the other`;
  if (tier === 'similar ask') return `${value}: ${aligned} — the same ask reworded.`;
  if (tier === 'related') return `${value}: ${aligned} — the same subject, a different ask.`;
  return `${value}: the asks share little (${aligned}).`;
}
