import type { TokenTable } from './token-table.js';
import { DETERMINERS } from './clauses.js';
import { wordFlag } from './word-flags.js';

/**
 * Negation scope. wink-nlp recognises the common cues (not, n't, never, no, neither, nor, cannot)
 * and flags every token after a cue up to the next punctuation mark; the cue itself is unflagged.
 * That scope is too wide for report prose, where one sentence joins clauses with "and", "because"
 * or "which": "information was not shared and the case drifted" would negate "drifted". So wink's
 * flags are used only to find where a cue stands (an unflagged token followed by a flagged one),
 * and the scope is cut at the clause boundaries below. wink misses some cues that reports lean
 * on ("nobody checked", "failed to share", "a lack of challenge", "without seeing"); those are
 * added from CUE_WORDS. Two constructions of report prose are read as negation too:
 * - a counterfactual states that something did not happen: "the explanation should have been
 *   tested" (it was not), so "have" after "should" or "ought to" opens a scope;
 * - a negated finding about a clause negates the clause: "there is no evidence that the case was
 *   discussed in supervision", "the review does not consider that professionals were
 *   over-optimistic", so the scope of a cue that governs such a word runs on past "that".
 */

/** Words that negate what follows them, beyond those wink knows. */
const CUE_WORDS = wordFlag(new Set(['not', "n't", 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'seldom', 'rarely', 'scarcely']));
/** Quantities that deny what follows them as "nothing" does: "little was known about him", "few of the visits included ..." (not "a few"). */
const SCANT_SUBJECTS = new Set(['little', 'few']);
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have']);
/** Cues that carry an open negation on rather than undo it: "neither the school nor the GP was told". */
const CARRIERS = wordFlag(new Set(['nor', 'neither', 'or']));
/**
 * Failure words, negative in meaning: close after a cue ("was not overlooked in the assessment",
 * "did not hesitate to challenge") or inside a denial ("no evidence of weak supervision") they undo
 * the negation as a second cue does, so what follows them is affirmed and the failure denied.
 */
const FAILURE_WORDS = wordFlag(new Set([
  'weak', 'poor', 'limited', 'insufficient', 'inadequate', 'ineffective', 'minimal', 'absent', 'missing', 'lacking', 'patchy',
  'superficial', 'cursory', 'infrequent', 'incomplete', 'little', 'late', 'hesitate', 'hesitated', 'hesitation', 'overlooked', 'ignored', 'missed',
  'underestimated', 'overestimated', 'overstated', 'minimised', 'dismissed', 'tolerated', 'withheld', 'stalled', 'delayed', 'neglected',
  'excluded', 'disregarded', 'discounted', 'reluctant', 'unwilling',
]));
/** How far after "no" or "never" a failure word is still the one denied: "at no point was there a failure to ...". */
const NEAR_DENIAL = 5;
/** Words that negate what follows when the next word is "to" or "of": "failed to", "lack of". */
const CUE_BEFORE_TO_OR_OF = wordFlag(new Set([
  'fail', 'failed', 'fails', 'failing', 'failure', 'failures', 'unable', 'inability', 'lack', 'lacked', 'lacking', 'absence', 'omitted', 'refused',
  'declined',
]));
/**
 * Judgements that deny the claim they introduce: "it would be wrong to conclude that the assessment
 * was flawed", "it is unfair to say the child was not heard". Followed by "to" and a verb of
 * saying or concluding (CLAUSE_TAKING), they open a denial as "does not consider that" does.
 */
const DENYING_JUDGEMENTS = wordFlag(new Set(['wrong', 'unfair', 'mistaken', 'misleading', 'inaccurate', 'incorrect', 'simplistic']));
/** Words that deny like "no" before "evidence that": "there is little evidence that the father was assessed". */
const SCANT = wordFlag(new Set(['little', 'scant', 'limited', 'minimal', 'insufficient', 'inadequate']));
/**
 * After a SCANT word, nouns of attending to something are negated: "little consideration was given
 * to the impact of his drinking", "her views received scant attention". Only the noun: what was
 * attended to stays affirmed, so a concept marked `+` still reads.
 */
const REGARD_NOUNS = new Set(['consideration', 'attention', 'thought', 'weight', 'regard', 'heed', 'priority', 'emphasis', 'focus']);
/** What is done with a REGARD noun: "consideration was not given to", "weight was not attached to". */
const REGARD_VERBS = new Set(['given', 'paid', 'attached', 'placed', 'afforded']);
/** After "no", words that make the scope a denial of what follows: "at no point was there a failure to ...". */
const OCCASIONS = wordFlag(new Set(['point', 'time', 'stage', 'visit', 'occasion']));
/** Quantifiers that deny a clause's subject: "no adult in the household went unchecked" (every adult was checked). */
const SUBJECT_DENIALS = wordFlag(new Set(['no', 'none', 'nobody', 'nothing']));
/** Verbs that link a denied subject to an un-word, as "went" in "no adult went unchecked"; another verb ends the link. */
const LINKING_VERBS = wordFlag(new Set(['go', 'goes', 'went', 'gone', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'remain', 'remains', 'remained', 'stay', 'stayed', 'has', 'have', 'had']));

/** After "not", these make a focus, not a negation: "did not simply sign it off but read it", "not only ...". */
const FOCUS_WORDS = wordFlag(new Set(['simply', 'just', 'merely', 'only']));

/** Words that make "should ... have" a counterfactual; "must have" is a guess, not a failure. */
const COUNTERFACTUAL_MODALS = new Set(['should', 'ought']);
/** Words whose negation reaches into the clause after "that". */
const CLAUSE_TAKING = wordFlag(new Set([
  'evidence', 'indication', 'sign', 'suggestion', 'suggest', 'consider', 'considered', 'find', 'found', 'think', 'believe',
  'show', 'shows', 'shown', 'identify', 'identified', 'appear', 'clear', 'evident', 'record', 'recorded', 'indicate', 'indicates', 'suggests',
  'accept', 'accepts', 'agree', 'agrees', 'conclude', 'concluded', 'say', 'said',
]));

/**
 * Words of knowing that, negated, make the question after them a hedged finding: "it is not clear
 * whether the child was seen alone", "it is not known if the partner was checked". Not before
 * "that" unless CLAUSE_TAKING: "it was not known that he had moved back" says he had.
 */
const HEDGES = new Set(['clear', 'known', 'evident', 'apparent', 'certain', 'recorded', 'documented']);
/** A hedge in one word, before "whether" or "if": "it is unclear whether the risk was assessed". */
const UN_HEDGES = new Set(['unclear', 'unknown', 'uncertain']);
const QUESTION_OPENERS = new Set(['whether', 'if']);

/**
 * Sets `table.negated` for the tokens in a cue's scope; `boundaries` are the clause boundaries
 * (clauses.ts clauseBoundaries).
 * "The child was not seen, and the case drifted" -> only "seen" is negated.
 */
export function markNegation(table: TokenTable, winkNegated: readonly boolean[], boundaries: readonly number[]): void {
  const { lower, flags, count, negated } = table;
  let open = false;
  let governsClause = false;
  /** The scope holds a negated hedge (HEDGES): a "whether" after it carries the scope into its clause. */
  let hedged = false;
  /** The scope holds a denial ("no evidence", "nothing to suggest", "does not accept"): what it denies can itself be negative. */
  let denial = false;
  /** Inside a denial, a second negative undoes the first: "no evidence that the child was not seen" says she was. */
  let doubled = false;
  /** Where the scope opened, and whether it has negated a verb: "no X" denies X, "failed to address X" does not. */
  let scopeStart = 0;
  let verbNegated = false;
  /** The cue negated a verb within VERB_NEAR_CUE words ("did not pass", "never passed on"): what follows is that verb's object. */
  let cueVerb = false;
  /** The scope opened on a denied subject ("no adult ...") and only linking verbs have followed. */
  let subjectDenied = false;
  for (let i = 0; i < count; i += 1) {
    const word = lower[i] as string;
    if (open && governsClause && word === 'that') continue;
    if (open && hedged && QUESTION_OPENERS.has(word)) {
      // The question is what the review could not find; its "whether" is marked for statements.ts.
      negated[i] = 1;
      [governsClause, hedged, denial, doubled] = [false, false, true, false];
      continue;
    }
    if (!open && UN_HEDGES.has(word) && QUESTION_OPENERS.has(lower[i + 1] as string)) {
      [open, governsClause, hedged, denial, doubled, verbNegated, cueVerb, scopeStart] = [true, false, true, false, false, false, false, i];
      continue;
    }
    if (boundaries[i] === 1) {
      open = false;
      continue;
    }
    if (isCounterfactualHave(lower, i)) {
      [open, governsClause, hedged, denial, doubled, verbNegated, cueVerb, scopeStart] = [true, false, false, false, false, true, true, i];
      continue;
    }
    const next = lower[i + 1];
    const own = flags[i] as number;
    const focus = i + 1 < count && ((flags[i + 1] as number) & FOCUS_WORDS) !== 0;
    if (focus && (own & CUE_WORDS) !== 0 && !open) {
      // "was never simply accepted", "did not just sign it off but read it": only the focus and its word are denied.
      for (let at = i + 1; at <= Math.min(i + 2, count - 1); at += 1) negated[at] = 1;
      i += 2;
      continue;
    }
    const cueBeforeToOrOf = (own & CUE_BEFORE_TO_OR_OF) !== 0 && (next === 'to' || next === 'of');
    if (!open && (own & SCANT) !== 0 && REGARD_NOUNS.has(next as string)) {
      negated[i + 1] = 1;
      i += 1;
      continue;
    }
    const scantEvidence = (own & SCANT) !== 0 && (next === 'evidence' || next === 'indication') && lower[i + 2] === 'that';
    const scantSubject = SCANT_SUBJECTS.has(word) && lower[i - 1] !== 'a' && (AUXILIARIES.has(next as string) || (word === 'few' && next === 'of'));
    const isCueWord = ((own & CUE_WORDS) !== 0 && !focus) || cueBeforeToOrOf || scantEvidence || scantSubject || deniesClaim(table, i);
    const nominalFailure = (own & FAILURE_WORDS) !== 0 || cueBeforeToOrOf;
    const denied = denial ? isCueWord || (own & FAILURE_WORDS) !== 0 : nominalFailure && !verbNegated && i - scopeStart <= NEAR_DENIAL;
    if (open && denied && (own & CARRIERS) === 0) {
      // "no evidence of a lack of oversight", "nothing to suggest weak supervision", "at no point was
      // there a failure to ...": the negative word is denied. "Failed to address the lack of ..." is not.
      if (!doubled) negated[i] = 1;
      doubled = !doubled;
      continue;
    }
    if (isCueWord || (!focus && !winkNegated[i] && winkNegated[i + 1] === true)) {
      // "At no point was there ...", "at no visit was she not ...": a denial of what follows.
      if (!open) {
        [denial, doubled, verbNegated, cueVerb, scopeStart] = [word === 'no' && i + 1 < count && ((flags[i + 1] as number) & OCCASIONS) !== 0, false, false, false, i];
        subjectDenied = (own & SUBJECT_DENIALS) !== 0 && (i === 0 || boundaries[i - 1] === 1);
        // "Consideration was not given to his history", "weight was never attached to it".
        if (REGARD_NOUNS.has(lower[i - 2] as string) && AUXILIARIES.has(lower[i - 1] as string) && REGARD_VERBS.has(lower[i + 1] as string)) negated[i - 2] = 1;
      }
      open = true;
      [governsClause, hedged] = [false, false];
      continue;
    }
    if (!open) continue;
    if (cueVerb && !denial && startsReducedClause(table, i)) {
      // "did not pass on the referral made in April": the negation ends at the noun's own verb.
      open = false;
      continue;
    }
    // "did not follow up the missed appointments": the object's own participle is not denied.
    if (cueVerb && !denial && isAttributiveParticiple(table, i)) continue;
    // "Managers did not address the drift", "no one noticed the delay": a definite failure is there, not denied.
    if (verbNegated && !denial && isPresupposedFailure(table, i)) continue;
    if (!doubled) negated[i] = 1;
    // An un-word under a close negation or a denial is affirmed: "it did not go unnoticed", "no
    // evidence that the neglect went unrecognised"; not in "the decision not to hold a meeting, unchallenged".
    if (!doubled && (denial || subjectDenied || i - scopeStart <= NEAR_DENIAL - 2)) table.unKeys[i] = undefined;
    if (table.pos[i] === 'VERB' || table.pos[i] === 'AUX') subjectDenied &&= (own & LINKING_VERBS) !== 0;
    if (table.pos[i] === 'VERB') [verbNegated, cueVerb] = [true, cueVerb || i - scopeStart <= VERB_NEAR_CUE];
    if ((own & CLAUSE_TAKING) !== 0) [governsClause, denial] = [true, true];
    if (!doubled && HEDGES.has(word)) hedged = true;
  }
  markNegativeAgents(table);
}

/**
 * How far after its cue a negated verb is the cue's own: "did not pass" (2), "was never passed on"
 * (1), "failed to pass" (2); in "none of the visits to the walk-in centre with scalds led to ...",
 * "walk" is not, and "led" is the verb the cue denies.
 */
const VERB_NEAR_CUE = 3;

/** Failures named as things, which a definite article or a possessive presupposes. */
const FAILURE_NOUNS = new Set(['drift', 'delay', 'delays', 'deterioration', 'slippage']);
const DEFINITES = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', "'s", 'such']);

/** "the drift", "this delay", "the case's drift", "the growing drift". */
function isPresupposedFailure(table: TokenTable, at: number): boolean {
  const { lower, pos } = table;
  if (!FAILURE_NOUNS.has(lower[at] as string)) return false;
  const before = pos[at - 1] === 'ADJ' || pos[at - 1] === 'VERB' ? at - 2 : at - 1;
  return DEFINITES.has(lower[before] as string);
}

/** A participle between a determiner and its noun: "the missed appointments", "her cancelled visits". */
function isAttributiveParticiple(table: TokenTable, at: number): boolean {
  const { pos, lower } = table;
  return DETERMINERS.has(lower[at - 1] as string) && (pos[at] === 'VERB' || pos[at] === 'ADJ') && pos[at + 1] === 'NOUN' && isParticiple(lower[at] as string);
}

/** Past participles that do not end in -ed: "the referral made", "the plan drawn up". */
const IRREGULAR_PARTICIPLES = new Set(['made', 'done', 'given', 'taken', 'sent', 'seen', 'held', 'kept', 'set', 'put', 'written', 'shown', 'known', 'told', 'brought', 'left', 'found', 'drawn', 'built', 'begun', 'run']);

/**
 * A verb right after a noun, once the cue has negated its own verb, opens a clause of its own: a reduced
 * relative ("the referral made in April", "the risks posed by him") or a clause without "that" ("did
 * not know the child attended hospital"). What it says is not what the cue denies.
 */
function startsReducedClause(table: TokenTable, at: number): boolean {
  const { pos, lower } = table;
  if (pos[at] !== 'VERB' || (pos[at - 1] !== 'NOUN' && pos[at - 1] !== 'PROPN')) return false;
  const word = lower[at] as string;
  return isParticiple(word) || word.endsWith('ing');
}

function isParticiple(word: string): boolean {
  return word.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word);
}

/** "wrong to conclude", "unfair to say": a DENYING_JUDGEMENTS word, "to" and a CLAUSE_TAKING verb. */
function deniesClaim(table: TokenTable, at: number): boolean {
  const { flags, lower } = table;
  return ((flags[at] as number) & DENYING_JUDGEMENTS) !== 0 && lower[at + 1] === 'to' && at + 2 < table.count && ((flags[at + 2] as number) & CLAUSE_TAKING) !== 0;
}

/**
 * "Explored by none", "examined at none", "read by no one", "discussed with nobody", "passed to none
 * of them": the verb before a negative agent, occasion or recipient did not happen.
 */
const BEFORE_NOBODY = new Set(['by', 'at', 'with', 'to']);
/** A verb's particle may stand between: "passed on to none", "followed up with no one". */
const PARTICLES = new Set(['on', 'up', 'over', 'out', 'back', 'across', 'through']);

function markNegativeAgents(table: TokenTable): void {
  const { lower, pos, negated } = table;
  for (let i = 2; i < table.count; i += 1) {
    const nobody = lower[i] === 'none' || lower[i] === 'nobody' || (lower[i] === 'no' && lower[i + 1] === 'one');
    if (!nobody || !BEFORE_NOBODY.has(lower[i - 1] as string)) continue;
    const verb = PARTICLES.has(lower[i - 2] as string) ? i - 3 : i - 2;
    if (pos[verb] === 'VERB') negated[verb] = 1;
  }
}

/** "should have", "should also have", "ought to have": the thing after "have" did not happen. */
function isCounterfactualHave(lower: readonly string[], at: number): boolean {
  if (lower[at] !== 'have') return false;
  for (let back = at - 1; back >= Math.max(0, at - 3); back -= 1) {
    if (COUNTERFACTUAL_MODALS.has(lower[back] as string)) return true;
  }
  return false;
}
