import type { Ask, AskWord } from './ask.js';
import { meaningsOf, type WordMeanings } from './wordnet.js';

/**
 * How alike two asks are, 0 to 1. "same": the cosine of the two asks' sets of particular words
 * (addressee, verb and object), each weighing its rarity among the recommendations compared,
 * ln(1 + N / df). "reworded": each content word of one ask is aligned with its closest word in
 * the other (the same stem 1, a concept group or WordNet synonym SYNONYM, a WordNet hypernym
 * NARROWER, else 0); the closeness of each word, weighted by its rarity (and less outside the ask
 * itself, ask.ts), is averaged over the ask, and the two directions are averaged (the text
 * similarity of Mihalcea, Corley and Strapparava, 2006).
 */
export interface AskScores {
  same: number;
  reworded: number;
}

/** Word closeness in the alignment: chosen with the thresholds on the tuning asks (see the README). */
const SYNONYM = 1;
const NARROWER = 0.5;
/** A derivationally related form or a verb of one group in WordNet: "provision" and "provide", "verify" and "verification". */
const DERIVED = 0.5;
/**
 * Taken off the reworded score of two asks whose actions are of known, different classes
 * (ask-action.ts): one subject, another ask ("use the escalation policy", "audit its use"). Chosen
 * on the tuning asks (README).
 */
const OTHER_ACTION = 0.3;

/**
 * What words weigh, from their document frequencies over a set of asks, and what they mean. A
 * word none of them uses (a draft's own phrasing) weighs as a common one, used by one ask in
 * UNSEEN_SHARE: it cannot say which earlier ask a draft makes, but it does say that the draft asks
 * something more, so it counts against a match, without counting as the rarest word of all.
 */
export interface AskWeights {
  weight(term: string): number;
  /** A word's WordNet meanings: kept for the words of the asks weighed, looked up for others. */
  meanings(word: string): WordMeanings;
}

const UNSEEN_SHARE = 0.1;

export function askWeights(asks: readonly Ask[]): AskWeights {
  const df = new Map<string, number>();
  for (const ask of asks) for (const term of new Set([...ask.stems, ...ask.words.map((word) => word.stem)])) df.set(term, (df.get(term) ?? 0) + 1);
  const total = Math.max(1, asks.length);
  const unseen = Math.log(1 + 1 / UNSEEN_SHARE);
  return {
    weight(term) {
      const frequency = df.get(term);
      return frequency === undefined ? unseen : Math.log(1 + total / frequency);
    },
    meanings: knownMeanings(asks, meaningsOf),
  };
}

/**
 * The weights of a corpus, with the meanings of a draft's words looked up once: for one check
 * only, so that a draft's words are not kept after it.
 */
export function withDraftAsks(weights: AskWeights, drafts: readonly Ask[]): AskWeights {
  return { weight: weights.weight, meanings: knownMeanings(drafts, weights.meanings) };
}

function knownMeanings(asks: readonly Ask[], fallback: (word: string) => WordMeanings): (word: string) => WordMeanings {
  const known = new Map<string, WordMeanings>();
  for (const ask of asks) for (const { word } of ask.words) if (!known.has(word)) known.set(word, fallback(word));
  return (word) => known.get(word) ?? fallback(word);
}

/** scoreAsks(a, a, weights) -> { same: 1, reworded: 1 } */
export function scoreAsks(a: Ask, b: Ask, weights: AskWeights): AskScores {
  const reworded = (aligned(a.words, b.words, weights) + aligned(b.words, a.words, weights)) / 2;
  const otherAction = a.action !== null && b.action !== null && a.action !== b.action;
  return { same: setCosine(a.stems, b.stems, weights), reworded: otherAction ? Math.max(0, reworded - OTHER_ACTION) : reworded };
}

/** How close two words of two asks are: 1 (one stem), SYNONYM, NARROWER or 0. */
export function wordCloseness(a: AskWord, b: AskWord, weights: AskWeights): number {
  if (a.stem === b.stem) return 1;
  if (a.concept === b.concept) return SYNONYM;
  const left = weights.meanings(a.word);
  const right = weights.meanings(b.word);
  if (shares(left.synsets, right.synsets)) return SYNONYM;
  if (shares(left.synsets, right.related) || shares(left.related, right.synsets)) return DERIVED;
  if (shares(left.synsets, right.hypernyms) || shares(left.hypernyms, right.synsets)) return NARROWER;
  return 0;
}

const shares = (a: readonly number[], b: readonly number[]): boolean => a.some((id) => b.includes(id));

/** The share of the weight of `a`'s words that finds a close word in `b`. */
function aligned(a: readonly AskWord[], b: readonly AskWord[], weights: AskWeights): number {
  let found = 0;
  let total = 0;
  for (const word of a) {
    const weight = weights.weight(word.stem) * word.weight;
    let best = 0;
    for (const other of b) if (best < 1) best = Math.max(best, wordCloseness(word, other, weights));
    found += weight * best;
    total += weight;
  }
  return total === 0 ? 0 : found / total;
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
 * Thresholds chosen on the tuning asks by scripts/eval-recommendations.ts (see the README, "How
 * recommendations are compared"): SAME_ASK on the particular words themselves, SIMILAR_ASK and
 * RELATED on the aligned words.
 */
export const SAME_ASK = 0.7;
export const SIMILAR_ASK = 0.4;
export const RELATED_ASK = 0.35;

/** The tier of two asks' scores; `sharedTheme` when both are tagged with one failing. null: unrelated. */
export function askTier(scores: AskScores, sharedTheme = false): AskTier | null {
  if (scores.same >= SAME_ASK) return 'same ask';
  if (scores.reworded >= SIMILAR_ASK) return 'similar ask';
  if (scores.reworded >= RELATED_ASK || sharedTheme) return 'related';
  return null;
}
