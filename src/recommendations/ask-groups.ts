import type { Ask } from './ask.js';
import { askTier, scoreAsks, type AskWeights } from './ask-similarity.js';

/**
 * Groups asks that make the same ask (a "same ask" or "similar ask" tier between them). An ask
 * joins the group of its most similar earlier ask when that reaches the tier, else starts one:
 * single-link, in the order given. Candidates are the asks sharing a concept, found through an
 * index by concept. An ask with the very words of an earlier one (the same ask made to another
 * board) joins its group unscored and stays out of the index: it would score as that one does, and
 * a corpus repeats its commonest asks hundreds of times.
 * groupAsks([a, reworded(a), b], weights) -> [0, 0, 1]
 */
export function groupAsks(asks: readonly Ask[], weights: AskWeights): number[] {
  const groupOf: number[] = [];
  const byConcept = new Map<string, number[]>();
  const byWords = new Map<string, number>();
  let groups = 0;
  asks.forEach((ask, index) => {
    const words = [...ask.stems].sort().join(' ');
    const twin = byWords.get(words);
    if (twin !== undefined) {
      groupOf.push(groupOf[twin] as number);
      return;
    }
    byWords.set(words, index);
    const candidates = new Set<number>();
    for (const concept of ask.concepts) for (const other of byConcept.get(concept) ?? []) candidates.add(other);
    let best = -1;
    let bestScore = 0;
    for (const other of candidates) {
      const scores = scoreAsks(ask, asks[other] as Ask, weights);
      const tier = askTier(scores);
      const score = Math.max(scores.same, scores.concepts);
      if ((tier === 'same ask' || tier === 'similar ask') && score > bestScore) [best, bestScore] = [other, score];
    }
    groupOf.push(best >= 0 ? (groupOf[best] as number) : groups++);
    for (const concept of ask.concepts) {
      const users = byConcept.get(concept) ?? [];
      users.push(index);
      byConcept.set(concept, users);
    }
  });
  return groupOf;
}
