import { isClauseBoundary, verbsBeforeNextPunctuation } from './clauses.js';
import type { TokenTable } from './token-table.js';

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
const CUE_WORDS = new Set(['not', "n't", 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot']);
/** Words that negate what follows when the next word is "to" or "of": "failed to", "lack of". */
const CUE_BEFORE_TO_OR_OF = new Set(['fail', 'failed', 'fails', 'failing', 'failure', 'failures', 'unable', 'inability', 'lack', 'lacked', 'lacking', 'absence', 'omitted', 'refused', 'declined']);

/** Words that make "should ... have" a counterfactual; "must have" is a guess, not a failure. */
const COUNTERFACTUAL_MODALS = new Set(['should', 'ought']);
/** Words whose negation reaches into the clause after "that". */
const CLAUSE_TAKING = new Set([
  'evidence', 'indication', 'sign', 'suggestion', 'suggest', 'consider', 'considered', 'find', 'found', 'think', 'believe',
  'show', 'shows', 'shown', 'identify', 'identified', 'appear', 'clear', 'evident', 'record', 'recorded', 'indicate', 'indicates', 'suggests',
]);

/**
 * Sets `table.negated` for the tokens in a cue's scope.
 * "The child was not seen, and the case drifted" -> only "seen" is negated.
 */
export function markNegation(table: TokenTable, winkNegated: readonly boolean[]): void {
  const { lower, count, negated } = table;
  const verbAhead = verbsBeforeNextPunctuation(table);
  let open = false;
  let governsClause = false;
  for (let i = 0; i < count; i += 1) {
    const word = lower[i] as string;
    if (open && governsClause && word === 'that') continue;
    if (isClauseBoundary(table, i, verbAhead)) {
      open = false;
      continue;
    }
    if (isCounterfactualHave(lower, i)) {
      open = true;
      governsClause = false;
      continue;
    }
    const next = lower[i + 1];
    const startsWinkScope = !winkNegated[i] && winkNegated[i + 1] === true;
    const isCue = startsWinkScope || CUE_WORDS.has(word) || (CUE_BEFORE_TO_OR_OF.has(word) && (next === 'to' || next === 'of'));
    if (isCue) {
      open = true;
      governsClause = false;
      continue;
    }
    if (!open) continue;
    negated[i] = 1;
    if (CLAUSE_TAKING.has(word)) governsClause = true;
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
