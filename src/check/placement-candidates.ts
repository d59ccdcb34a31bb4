import type { AskGroup, AskWording, GroupedAsk } from '../recommendations/ask-corpus.js';
import { askTier, type AskScores, type AskTier } from '../recommendations/ask-similarity.js';

export interface Candidate {
  member: GroupedAsk;
  group: AskGroup;
  scores: AskScores;
  tier: AskTier | null;
}

const PLACES_SHOWN = 5;
const TIER_RANK: Record<AskTier, number> = { 'same ask': 3, 'similar ask': 2, related: 1 };

const rank = (tier: AskTier | null): number => (tier ? TIER_RANK[tier] : 0);
export const strength = (candidate: Pick<Candidate, 'scores' | 'tier'>): number => (candidate.tier === 'same ask' ? candidate.scores.same : candidate.scores.reworded);

/** Best first: the higher tier, then the stronger score, then the earlier recommendation. */
const compare = (a: Candidate, b: Candidate): number => rank(b.tier) - rank(a.tier) || strength(b) - strength(a) || a.member.row.id - b.member.row.id;

/**
 * The members of one wording that are candidates with one tier: all of them, or (when sharing a
 * failing with the draft's paragraph raises the tier) those that do or do not share one. They
 * share their scores, so they rank by recommendation id alone.
 */
interface Variant {
  wording: AskWording;
  scores: AskScores;
  tier: AskTier | null;
  rank: number;
  strength: number;
  keep: ((member: GroupedAsk) => boolean) | null;
}

/** Each wording's members in recommendation order, kept with the corpus (the wordings are its own objects). */
const membersById = new WeakMap<AskWording, readonly GroupedAsk[]>();

function ordered(wording: AskWording): readonly GroupedAsk[] {
  let members = membersById.get(wording);
  if (!members) membersById.set(wording, (members = [...wording.members].sort((a, b) => a.row.id - b.row.id)));
  return members;
}

/**
 * The best candidate, and the best of each review among those shown (same and similar asks when the
 * best is one, else every tier), best first, PLACES_SHOWN at most. A common ask has tens of
 * thousands of members at 10,000 reviews, too many to rank one by one for every draft
 * recommendation; but the members of one wording share their scores, so the wordings are ranked,
 * and members are read, in recommendation order, only from the best wordings until enough reviews
 * are found. It is the order `compare` gives every member, read from its top.
 */
export function bestCandidates(scores: ReadonlyMap<AskWording, AskScores>, joined: ReadonlySet<AskGroup>, themes: readonly string[]): { best: Candidate | undefined; shown: Candidate[] } {
  const sharesTheme = (member: GroupedAsk): boolean => member.themes.some((theme) => themes.includes(theme));
  const variants: Variant[] = [];
  for (const [wording, wordingScores] of scores) {
    const [alone, sharingTheme] = [false, true].map((shared) => {
      const tier = askTier(wordingScores, shared);
      // A same or similar ask of one member of a group whose other wordings it does not match is related to it, not placed in it.
      return (tier === 'same ask' || tier === 'similar ask') && !joined.has(wording.group) ? 'related' : (tier ?? null);
    }) as [AskTier | null, AskTier | null];
    const variant = (tier: AskTier | null, keep: Variant['keep']): Variant => ({ wording, scores: wordingScores, tier, rank: rank(tier), strength: strength({ scores: wordingScores, tier }), keep });
    if (alone === sharingTheme) variants.push(variant(alone, null));
    else variants.push(variant(sharingTheme, sharesTheme), variant(alone, (member) => !sharesTheme(member)));
  }
  variants.sort((a, b) => b.rank - a.rank || b.strength - a.strength);
  let best: Candidate | undefined;
  const shown: Candidate[] = [];
  const reviews = new Set<number>();
  for (const candidate of inOrder(variants)) {
    best ??= candidate;
    const repeats = best.tier === 'same ask' || best.tier === 'similar ask';
    if (!candidate.tier || (repeats && candidate.tier === 'related') || shown.length >= PLACES_SHOWN) break;
    if (reviews.has(candidate.member.row.review_id)) continue;
    reviews.add(candidate.member.row.review_id);
    shown.push(candidate);
  }
  return { best, shown };
}

/** Every member of the ranked variants as a candidate, in the order `compare` gives them: variants of equal tier and score are merged by recommendation id. */
function* inOrder(variants: readonly Variant[]): Generator<Candidate> {
  for (let start = 0; start < variants.length; ) {
    let end = start + 1;
    while (end < variants.length && variants[end]!.rank === variants[start]!.rank && variants[end]!.strength === variants[start]!.strength) end += 1;
    const tied = variants.slice(start, end).map((variant) => members(variant));
    start = end;
    if (tied.length === 1) yield* tied[0]!;
    else yield* [...tied.flatMap((candidates) => [...candidates])].sort(compare);
  }
}

function* members({ wording, scores, tier, keep }: Variant): Generator<Candidate> {
  for (const member of ordered(wording)) if (keep === null || keep(member)) yield { member, group: wording.group, scores, tier };
}
