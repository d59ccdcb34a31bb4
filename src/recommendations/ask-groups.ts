import type { Ask } from './ask.js';
import { askTier, scoreAsks, SIMILAR_ASK, type AskScores, type AskWeights } from './ask-similarity.js';

/**
 * How much of a group an ask must match to join it: each of the group's wordings counts 1 when the
 * ask makes the same ask, its reworded score over SIMILAR_ASK (at most 1) otherwise, 0 when it
 * shares no concept. Chosen on the tuning asks (purity and completeness, README).
 */
export const LINKED_SHARE = 0.9;

/**
 * How much of a group a draft's ask must match to be placed in it, when the group's member it is
 * closest to makes the same or a similar ask: less than to join it while grouping (a draft founds
 * no group, and is placed with its closest ask), but a single close member among many that it does
 * not match is not enough. Chosen on the tuning asks (README).
 */
export const PLACED_SHARE = 0.7;

/** What one wording of a group counts toward an ask joining it: 1 for the same ask, else its reworded score over SIMILAR_ASK, at most 1. */
export function linkStrength(scores: AskScores): number {
  return askTier(scores) === 'same ask' ? 1 : Math.min(1, scores.reworded / SIMILAR_ASK);
}

/**
 * The group an ask joins, from what its candidates count toward each group and how
 * many distinct wordings each group has: the largest share, if at least `share`; else null.
 */
function joinedGroup(links: ReadonlyMap<number, number>, wordings: readonly number[], share: number): number | null {
  let best: number | null = null;
  let bestShare = share;
  for (const [group, total] of links) {
    const part = total / (wordings[group] as number);
    if (part >= bestShare) [best, bestShare] = [group, part];
  }
  return best;
}

/**
 * Groups asks that make the same ask. An ask joins the group it matches best when it matches
 * LINKED_SHARE of the group's distinct wordings (average linkage: one close member is not enough,
 * so that a chain of rewordings does not join two asks), else starts one, in the order given.
 * Candidates are the asks sharing a concept, found through an index by concept. An ask with the
 * very words of an earlier one (the same ask made to another board) joins its group unscored and
 * stays out of the index: it would score as that one does, and a corpus repeats its commonest asks
 * hundreds of times.
 * `share` is LINKED_SHARE but for the eval script's sweep, and `score` scoreAsks but for the eval
 * script, which groups the same asks many times and scores each pair once.
 * groupAsks([a, reworded(a), b], weights) -> [0, 0, 1]
 */
export function groupAsks(asks: readonly Ask[], weights: AskWeights, share = LINKED_SHARE, score: (a: Ask, b: Ask) => AskScores = (a, b) => scoreAsks(a, b, weights)): number[] {
  const groupOf: number[] = [];
  const byConcept = new Map<string, number[]>();
  const byWords = new Map<string, number>();
  let groups = 0;
  const wordingsOf: number[] = [];
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
    const linked = new Map<number, number>();
    for (const other of candidates) {
      const group = groupOf[other] as number;
      linked.set(group, (linked.get(group) ?? 0) + linkStrength(score(ask, asks[other] as Ask)));
    }
    const group = joinedGroup(linked, wordingsOf, share) ?? groups++;
    groupOf.push(group);
    wordingsOf[group] = (wordingsOf[group] ?? 0) + 1;
    for (const concept of ask.concepts) {
      const users = byConcept.get(concept) ?? [];
      users.push(index);
      byConcept.set(concept, users);
    }
  });
  return groupOf;
}
