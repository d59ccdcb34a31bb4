import type { Ask } from './ask.js';

/**
 * How alike two asks are, 0 to 1: the cosine of their sets of words, each weighing its rarity
 * among the recommendations compared, ln(1 + N / df). "same" compares the words themselves,
 * "concepts" the words' concept groups, so that a reworded ask still scores high.
 */
export interface AskScores {
  same: number;
  concepts: number;
}

/**
 * Document frequencies of stems and concepts over a set of asks: what a word's weight is measured
 * on. A word none of them uses (a draft's own phrasing) weighs as a common one, used by one ask in
 * UNSEEN_SHARE: it cannot say which earlier ask a draft makes, but it does say that the draft asks
 * something more, so it counts against a match, without counting as the rarest word of all.
 */
export interface AskWeights {
  weight(term: string): number;
}

const UNSEEN_SHARE = 0.1;

export function askWeights(asks: readonly Ask[]): AskWeights {
  const df = new Map<string, number>();
  for (const ask of asks) for (const term of new Set([...ask.stems, ...ask.concepts])) df.set(term, (df.get(term) ?? 0) + 1);
  const total = Math.max(1, asks.length);
  const unseen = Math.log(1 + 1 / UNSEEN_SHARE);
  return {
    weight(term) {
      const frequency = df.get(term);
      return frequency === undefined ? unseen : Math.log(1 + total / frequency);
    },
  };
}

/** scoreAsks(a, a, weights) -> { same: 1, concepts: 1 } */
export function scoreAsks(a: Ask, b: Ask, weights: AskWeights): AskScores {
  return { same: setCosine(a.stems, b.stems, weights), concepts: setCosine(a.concepts, b.concepts, weights) };
}

function setCosine(a: readonly string[], b: readonly string[], weights: AskWeights): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inB = new Set(b);
  let shared = 0;
  let normA = 0;
  for (const term of a) {
    const weight = weights.weight(term) ** 2;
    normA += weight;
    if (inB.has(term)) shared += weight;
  }
  let normB = 0;
  for (const term of b) normB += weights.weight(term) ** 2;
  return shared / Math.sqrt(normA * normB);
}

export type AskTier = 'same ask' | 'similar ask' | 'related';

/**
 * Thresholds chosen on the labelled pairs by scripts/eval-recommendations.ts (see the README,
 * "How recommendations are compared"): SAME_ASK on the words themselves, SIMILAR_ASK and RELATED
 * on their concepts.
 */
export const SAME_ASK = 0.7;
export const SIMILAR_ASK = 0.4;
export const RELATED_ASK = 0.2;

/** The tier of two asks' scores; `sharedTheme` when both are tagged with one failing. null: unrelated. */
export function askTier(scores: AskScores, sharedTheme = false): AskTier | null {
  if (scores.same >= SAME_ASK) return 'same ask';
  if (scores.concepts >= SIMILAR_ASK) return 'similar ask';
  if (scores.concepts >= RELATED_ASK || sharedTheme) return 'related';
  return null;
}
