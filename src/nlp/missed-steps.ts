import type { TokenTable } from './token-table.js';

/**
 * Steps that a report says were missed without a word of negation: "a missed opportunity to hold
 * a strategy discussion", "an opportunity to speak to the child alone was missed", "a strategy
 * discussion would have been appropriate", "it would have been good practice to see her alone".
 * The step's words are marked negated, as in "no strategy discussion was held", so that the
 * patterns and the model read the one failure in each wording.
 */

const CHANCES = new Set(['opportunity', 'opportunities', 'chance', 'chances']);
const MISSED = new Set(['missed', 'lost', 'wasted', 'squandered']);
/** What joins a chance to its step: "an opportunity to ...", "a missed opportunity for ...". */
const STEP_LINKS = new Set(['to', 'for']);
const PASSIVE = new Set(['was', 'were']);
/** Judgements of a step not taken: "would have been appropriate", "would have been good practice". */
const APPROVING = new Set([
  'appropriate', 'helpful', 'better', 'beneficial', 'expected', 'preferable', 'advisable', 'prudent', 'useful', 'wise',
  'sensible', 'proper', 'important', 'valuable', 'good',
]);

/** The review's own steps are its method, not the case's failures: "the review would have benefited from meeting the father". */
const REVIEW_ITSELF = new Set(['review', 'reviewer', 'reviewers', 'panel', 'author', 'authors', 'report']);

type StepReading = Pick<TokenTable, 'count' | 'lower' | 'pos' | 'negated' | 'clauses'>;

export function markMissedSteps(table: StepReading): void {
  const { lower, count } = table;
  for (let i = 0; i < count; i += 1) {
    const word = lower[i] as string;
    const step = CHANCES.has(word) || (word === 'would' && lower[i + 1] === 'have');
    if (!step || isReviewsOwn(table, i)) continue;
    if (word === 'would') markUntakenStep(table, i);
    else markMissedChance(table, i);
  }
}

/**
 * "A missed opportunity to ...", "they missed an opportunity to ...", "opportunities were missed
 * to ...", and "an opportunity to ... was missed".
 */
function markMissedChance(table: StepReading, at: number): void {
  const { lower } = table;
  const missedBefore = MISSED.has(lower[at - 1] as string) || MISSED.has(lower[at - 2] as string);
  if (missedBefore && STEP_LINKS.has(lower[at + 1] as string)) {
    negate(table, at + 2, clauseEnd(table, at));
  } else if (PASSIVE.has(lower[at + 1] as string) && MISSED.has(lower[at + 2] as string) && STEP_LINKS.has(lower[at + 3] as string)) {
    negate(table, at + 4, clauseEnd(table, at));
  } else if (STEP_LINKS.has(lower[at + 1] as string)) {
    const end = clauseEnd(table, at);
    for (let i = at + 2; i + 1 < end; i += 1) {
      if (PASSIVE.has(lower[i] as string) && MISSED.has(lower[i + 1] as string)) {
        negate(table, at + 2, i);
        return;
      }
    }
  }
}

/**
 * "would have been appropriate to convene a meeting" (the step follows), "would have been good
 * practice for the school to ...", "a strategy discussion would have been appropriate" (the step is
 * the subject), "would have benefited from a chronology".
 */
function markUntakenStep(table: StepReading, at: number): void {
  const { lower, pos } = table;
  if (lower[at + 2] === 'benefited' || lower[at + 2] === 'benefitted') {
    if (lower[at + 3] === 'from') negate(table, at + 4, clauseEnd(table, at));
    return;
  }
  if (lower[at + 2] !== 'been') return;
  let judged = at + 3;
  if (pos[judged] === 'ADV') judged += 1;
  const judgement = lower[judged] as string;
  if (!APPROVING.has(judgement) || (judgement === 'good' && lower[judged + 1] !== 'practice')) return;
  const after = judged + (judgement === 'good' ? 2 : 1);
  if (STEP_LINKS.has(lower[after] as string)) negate(table, after + 1, clauseEnd(table, at));
  else if (after >= table.count || pos[after] === 'PUNCT' || pos[after] === 'ADP') negate(table, clauseStart(table, at), at);
}

/** The review, the panel or the author in the clause: "the lead reviewer missed the opportunity to meet ...". */
function isReviewsOwn(table: StepReading, at: number): boolean {
  for (let i = clauseStart(table, at); i < clauseEnd(table, at); i += 1) if (REVIEW_ITSELF.has(table.lower[i] as string)) return true;
  return false;
}

function negate(table: StepReading, from: number, to: number): void {
  for (let i = from; i < to; i += 1) if (table.pos[i] !== 'PUNCT') table.negated[i] = 1;
}

function clauseEnd(table: StepReading, at: number): number {
  let end = at;
  while (end < table.count && table.clauses[end] === table.clauses[at]) end += 1;
  return end;
}

/** The first word of the clause, past the word or mark that opens it ("that", ","). */
function clauseStart(table: StepReading, at: number): number {
  let start = at;
  while (start > 0 && table.clauses[start - 1] === table.clauses[at]) start -= 1;
  return start < at && (table.pos[start] === 'PUNCT' || table.pos[start] === 'SCONJ') ? start + 1 : start;
}
