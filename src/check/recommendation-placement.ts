import type { AskCorpus, AskGroup, AskWording } from '../recommendations/ask-corpus.js';
import { fromParts, readAsk, type Ask } from '../recommendations/ask.js';
import { scoreAsks, withDraftAsks, wordCloseness, type AskScores, type AskTier, type AskWeights } from '../recommendations/ask-similarity.js';
import { linkStrength, PLACED_SHARE } from '../recommendations/ask-groups.js';
import { reviewSpan } from '../recommendations/group-listing.js';
import { corpusPassageRef, draftPassageRef } from './citations.js';
import { roundScore } from './similarity.js';
import { describeAskScore } from './score-meaning.js';
import { bestCandidates, strength, type Candidate } from './placement-candidates.js';
import type { DraftEntry } from './similar-passages.js';
import type { PlacedRecommendation } from './types.js';

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
    const span = group && spanOf(group);
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

/** How many reviews made a group's ask and when: a group of a common ask has thousands of members, and the corpus's groups are kept between checks, so each is counted once. */
const spans = new WeakMap<AskGroup, ReturnType<typeof reviewSpan>>();

function spanOf(group: AskGroup): ReturnType<typeof reviewSpan> {
  let span = spans.get(group);
  if (!span) spans.set(group, (span = reviewSpan(group.members)));
  return span;
}

/** The groups a draft's ask is placed in when it makes the same or a similar ask of a member: those whose wordings it matches on PLACED_SHARE of their number. */
function joinedGroups(scores: ReadonlyMap<AskWording, AskScores>): Set<AskGroup> {
  const links = new Map<AskGroup, number>();
  for (const [wording, scored] of scores) links.set(wording.group, (links.get(wording.group) ?? 0) + linkStrength(scored));
  return new Set([...links].filter(([group, total]) => total / group.wordings >= PLACED_SHARE).map(([group]) => group));
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
