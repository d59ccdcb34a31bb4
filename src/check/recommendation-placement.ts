import type { AskCorpus, AskGroup, AskWording, GroupedAsk } from '../recommendations/ask-corpus.js';
import { fromParts, readAsk, type Ask } from '../recommendations/ask.js';
import { askTier, scoreAsks, withDraftAsks, wordCloseness, type AskScores, type AskTier, type AskWeights } from '../recommendations/ask-similarity.js';
import { linkStrength, PLACED_SHARE } from '../recommendations/ask-groups.js';
import { reviewSpan } from '../recommendations/group-listing.js';
import { corpusPassageRef, draftPassageRef } from './citations.js';
import { roundScore } from './similarity.js';
import { describeAskScore } from './score-meaning.js';
import type { DraftEntry } from './similar-passages.js';
import type { PlacedRecommendation } from './types.js';

const PLACES_SHOWN = 5;
const TIER_RANK: Record<AskTier, number> = { 'same ask': 3, 'similar ask': 2, related: 1 };

interface Candidate {
  member: GroupedAsk;
  group: AskGroup;
  scores: AskScores;
  tier: AskTier | null;
}

/**
 * Places each draft recommendation in the group of the corpus recommendation whose ask is closest
 * (a same or similar ask), or marks it new, naming the nearest related group when there is one.
 * Candidates are the corpus asks sharing a concept with the draft's, each wording scored once; one
 * match per review is shown.
 */
export function placeRecommendations(entries: readonly DraftEntry[], corpus: AskCorpus, paginated: boolean): PlacedRecommendation[] {
  // The ask was read where the passage was tagged (tag-with-layers.ts): not read again.
  const asks = entries.map(({ passage }) => (passage.ask ? fromParts(passage.ask.sentence, passage.ask.parts) : readAsk(passage.text)));
  const weights = withDraftAsks(corpus.weights, asks);
  return entries.map((entry, at) => {
    const ask = asks[at] as Ask;
    const candidates = new Set<AskWording>();
    for (const concept of ask.concepts) for (const wording of corpus.byConcept.get(concept) ?? []) candidates.add(wording);
    const scores = new Map([...candidates].map((wording) => [wording, scoreAsks(ask, wording.ask, weights)]));
    const { best, shown } = bestCandidates(scores, joinedGroups(scores), entry.themes);
    const tier = best?.tier ?? null;
    const group = best && tier ? best.group : undefined;
    const repeats = tier === 'same ask' || tier === 'similar ask';
    const score = roundScore(best ? strength(best) : 0);
    const span = group && reviewSpan(group.members);
    return {
      draft: draftPassageRef(entry.passage, paginated),
      ask: ask.parts,
      placement: repeats ? 'group' : 'new',
      tier,
      reason: best && tier ? reason(ask, best, weights) : 'No earlier recommendation shares this ask’s particular words or their synonyms: a new ask for this corpus.',
      score,
      score_meaning: describeAskScore(score, tier),
      group: group && span ? { id: group.id, wording: group.typical.ask.sentence, ...span, url: `/recommendations?group=${group.id}` } : null,
      earlier_reviews: repeats && span ? span.reviews : 0,
      matches: shown.map((candidate) => ({ ...corpusPassageRef(candidate.member.row), score: roundScore(strength(candidate)), tier: candidate.tier as AskTier })),
    };
  });
}

/** The groups a draft's ask is placed in when it makes the same or a similar ask of a member: those whose wordings it matches on PLACED_SHARE of their number. */
function joinedGroups(scores: ReadonlyMap<AskWording, AskScores>): Set<AskGroup> {
  const links = new Map<AskGroup, number>();
  for (const [wording, scored] of scores) links.set(wording.group, (links.get(wording.group) ?? 0) + linkStrength(scored));
  return new Set([...links].filter(([group, total]) => total / group.wordings >= PLACED_SHARE).map(([group]) => group));
}

const rank = (candidate: Candidate): number => (candidate.tier ? TIER_RANK[candidate.tier] : 0);
const strength = (candidate: Candidate): number => (candidate.tier === 'same ask' ? candidate.scores.same : candidate.scores.reworded);

/**
 * The best candidate, and the best of each review among those shown (same and similar asks when the
 * best is one, else every tier), best first, PLACES_SHOWN at most. One pass over the members: a
 * common ask has thousands of them at 10,000 reviews, too many to sort for every draft recommendation.
 */
function bestCandidates(scores: ReadonlyMap<AskWording, AskScores>, joined: ReadonlySet<AskGroup>, themes: readonly string[]): { best: Candidate | undefined; shown: Candidate[] } {
  let best: Candidate | undefined;
  const anyTier = new Map<number, Candidate>();
  const repeating = new Map<number, Candidate>();
  for (const [wording, wordingScores] of scores) {
    const [alone, sharingTheme] = [false, true].map((shared) => {
      const tier = askTier(wordingScores, shared);
      // A same or similar ask of one member of a group whose other wordings it does not match is related to it, not placed in it.
      return (tier === 'same ask' || tier === 'similar ask') && !joined.has(wording.group) ? 'related' : tier;
    });
    for (const member of wording.members) {
      const tier = member.themes.some((theme) => themes.includes(theme)) ? sharingTheme : alone;
      const candidate: Candidate = { member, group: wording.group, scores: wordingScores, tier: tier ?? null };
      if (!best || compare(candidate, best) < 0) best = candidate;
      if (!candidate.tier) continue;
      keepReviewBest(anyTier, candidate);
      if (candidate.tier !== 'related') keepReviewBest(repeating, candidate);
    }
  }
  const repeats = best?.tier === 'same ask' || best?.tier === 'similar ask';
  return { best, shown: [...(repeats ? repeating : anyTier).values()].sort(compare).slice(0, PLACES_SHOWN) };
}

/** Best first: the higher tier, then the stronger score, then the earlier recommendation. */
const compare = (a: Candidate, b: Candidate): number => rank(b) - rank(a) || strength(b) - strength(a) || a.member.row.id - b.member.row.id;

function keepReviewBest(bestOfReview: Map<number, Candidate>, candidate: Candidate): void {
  const review = candidate.member.row.review_id;
  const known = bestOfReview.get(review);
  if (!known || compare(candidate, known) < 0) bestOfReview.set(review, candidate);
}

/** The tier in words: the shared sentence, or the shared verb and the words (or synonyms) the asks have in common. */
function reason(ask: Ask, best: Candidate, weights: AskWeights): string {
  const citation = corpusPassageRef(best.member.row).citation;
  if (best.tier === 'same ask') return `Same ask: nearly the same sentence as ${citation} (“${best.member.ask.sentence}”).`;
  const shared = sharedWords(ask, best.member.ask, weights);
  const verbs = ask.parts.verb && best.member.ask.parts.verb ? (ask.parts.verb === best.member.ask.parts.verb ? `both ask to ${ask.parts.verb}` : `“${ask.parts.verb}” here, “${best.member.ask.parts.verb}” there`) : null;
  const words = shared.length > 0 ? `they share ${shared.map((pair) => (pair[0] === pair[1] ? `“${pair[0]}”` : `“${pair[0]}” / “${pair[1]}”`)).join(', ')}` : null;
  const detail = [verbs, words].filter(Boolean).join('; ');
  if (best.tier === 'similar ask') return `Similar ask, reworded: ${detail} (${citation}).`;
  return `Related: the same subject, a different ask; ${detail || 'the same failing is tagged in both'} (${citation}).`;
}

/** Each word of `a` with its closest word in `b` (the same, a synonym or a narrower word), as written: [['spoken', 'seen'], ['alone', 'alone']]. */
function sharedWords(a: Ask, b: Ask, weights: AskWeights): Array<[string, string]> {
  return a.words.flatMap((word) => {
    let best: [string, string] | null = null;
    let closest = 0;
    for (const other of b.words) {
      const closeness = wordCloseness(word, other, weights);
      if (closeness > closest) [best, closest] = [[word.word, other.word], closeness];
    }
    return best ? [best] : [];
  });
}
