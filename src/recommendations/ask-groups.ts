import type { Ask } from './ask.js';
import { askTier, scoreAsks, type AskWeights } from './ask-similarity.js';

/**
 * Groups asks that make the same ask (a "same ask" or "similar ask" tier between them). An ask
 * joins the group of its most similar earlier ask when that reaches the tier, else starts one:
 * single-link, in the order given. Candidates are the asks sharing a concept, found through an
 * index by concept, so a corpus of thousands compares each ask with tens, not all.
 * groupAsks([a, reworded(a), b], weights) -> [0, 0, 1]
 */
export function groupAsks(asks: readonly Ask[], weights: AskWeights): number[] {
  const groupOf: number[] = [];
  const byConcept = new Map<string, number[]>();
  let groups = 0;
  asks.forEach((ask, index) => {
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
