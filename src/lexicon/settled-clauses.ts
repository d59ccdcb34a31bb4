import type { TokenTable } from '../nlp/token-table.js';

/**
 * Clauses that carry failure words but state no failure of practice, found on theme-free review
 * sentences (test/lexicon/theme-free.txt): a decision judged right ("the decision not to hold a
 * strategy discussion was reasonable"), a step that was not needed ("no interpreter was needed"),
 * and the review's own method ("the reviewer was unable to speak to the father", "the panel heard
 * from the mother that ..."). Their tokens are marked not factual, so no pattern matches in them.
 */

const COPULAS = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
/** A judgement that a decision or step was right. */
const RIGHT = new Set(['reasonable', 'correct', 'justified', 'proportionate', 'understandable', 'defensible', 'right', 'sensible', 'appropriate']);
/** Words after which a "right" judgement is a counterfactual finding: "it would have been reasonable to expect ...". */
const COUNTERFACTUAL = new Set(['have', 'expect', 'expected', 'would', 'should', 'could', 'might']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nobody', 'none', 'nothing', 'without', 'neither', 'nor']);
/** A step said to be unneeded: "no strategy discussion was needed", "an interpreter was not necessary". */
const NEEDED = new Set(['needed', 'necessary', 'required', 'warranted', 'indicated']);
/** Who carries out the review: what they heard, read or could not do is method, not practice. */
const REVIEWERS = new Set(['review', 'reviewer', 'reviewers', 'panel', 'author', 'authors', 'we']);
/** The review's own contact with people and papers: "the panel heard from", "the reviewer met". */
const METHOD_VERBS = new Set(['heard', 'learned', 'learnt', 'spoke', 'met', 'read', 'interviewed', 'visited']);
/** "The reviewer was unable to speak to the father", "the panel could not trace the grandfather". */
const UNABLE = new Set(['unable', 'could', 'not', 'able', 'has', 'have', 'been', 'was', 'were', 'did', 'need']);
const CONTACT_VERBS = new Set(['speak', 'talk', 'meet', 'contact', 'interview', 'trace', 'reach', 'visit', 'engage', 'establish']);
/** How far after a reviewer word its verb may stand: "the lead reviewer also heard". */
const SUBJECT_REACH = 3;

/** Marks `factual[i] = 0` over the settled clauses of the sentence [from, to). */
export function markSettledClauses(table: TokenTable, from: number, to: number, factual: number[]): void {
  for (let i = from; i < to; i += 1) {
    const word = table.lower[i] as string;
    if (RIGHT.has(word) && isJudgedRight(table, from, to, i)) fillClause(table, from, to, i, factual);
    else if (NEEDED.has(word) && isNotNeeded(table, from, i)) fillClause(table, from, to, i, factual);
    else if (REVIEWERS.has(word) && isReviewMethod(table, i, to)) fillClause(table, from, to, i, factual);
  }
}

/** "was reasonable", "were the right decision": a copula before it, not negated, and no counterfactual in the clause. */
function isJudgedRight(table: TokenTable, from: number, to: number, at: number): boolean {
  let before = at - 1;
  if (table.lower[before] === 'the' || table.lower[before] === 'entirely' || table.lower[before] === 'wholly') before -= 1;
  if (before < from || !COPULAS.has(table.lower[before] as string)) return false;
  const [start, end] = clauseSpan(table, from, to, at);
  for (let i = start; i < end; i += 1) {
    const word = table.lower[i] as string;
    if (COUNTERFACTUAL.has(word)) return false;
    // "The decision not to hold a meeting was reasonable" judges a decision; "no one challenged a decision that was reasonable" does not.
    if (i < at && NEGATIONS.has(word) && table.lower[i + 1] !== 'to') return false;
  }
  return true;
}

/** "was not needed", "no strategy discussion was needed" (not "no one thought it was needed"). */
function isNotNeeded(table: TokenTable, from: number, at: number): boolean {
  if (table.lower[at + 1] === 'to' || table.negated[at] !== 1) return false;
  const previous = table.lower[at - 1] as string;
  if (previous === 'not' || previous === 'never') return COPULAS.has(table.lower[at - 2] as string);
  if (!COPULAS.has(previous)) return false;
  const first = clauseSpan(table, from, at + 1, at)[0];
  return table.lower[first] === 'no' && table.pos[first + 1] === 'NOUN';
}

function isReviewMethod(table: TokenTable, at: number, to: number): boolean {
  if (table.lower[at + 1] === 'of' || (table.pos[at] !== 'NOUN' && table.lower[at] !== 'we')) return false;
  for (let i = at + 1; i < Math.min(to, at + 1 + SUBJECT_REACH); i += 1) {
    const word = table.lower[i] as string;
    if (METHOD_VERBS.has(word)) return true;
    if (UNABLE.has(word) && isUnableToContact(table, i, to)) return true;
  }
  return false;
}

/** From an "unable", "could not" or "did not need" word, a contact verb within three words. */
function isUnableToContact(table: TokenTable, at: number, to: number): boolean {
  for (let i = at; i < Math.min(to, at + 4); i += 1) if (CONTACT_VERBS.has(table.lower[i] as string)) return true;
  return false;
}

function fillClause(table: TokenTable, from: number, to: number, at: number, factual: number[]): void {
  const [start, end] = clauseSpan(table, from, to, at);
  factual.fill(0, start, end);
}

/** The clause that holds `at`, as [first token, last token + 1), within the sentence [from, to). */
export function clauseSpan(table: TokenTable, from: number, to: number, at: number): [number, number] {
  let start = at;
  while (start > from && table.clauses[start - 1] === table.clauses[at]) start -= 1;
  let end = at + 1;
  while (end < to && table.clauses[end] === table.clauses[at]) end += 1;
  return [start, end];
}
