import type { TokenTable } from '../nlp/token-table.js';

/**
 * Clauses that carry failure words but state no failure of practice, found on theme-free review
 * sentences (test/lexicon/theme-free.txt): a decision judged right ("the decision not to hold a
 * strategy discussion was reasonable"), a step that was not needed ("no interpreter was needed"),
 * the review's own method ("the reviewer was unable to speak to the father", "the panel heard
 * from the mother that ..."), and a failure the review denies ("the review found nothing to suggest
 * that the risk was underestimated"). Their tokens are marked not factual, so no pattern matches
 * in them.
 */

const COPULAS = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
/** A judgement that a decision or step was right. */
const RIGHT = new Set(['reasonable', 'correct', 'justified', 'proportionate', 'understandable', 'defensible', 'right', 'sensible', 'appropriate']);
/** Words after which a "right" judgement is a counterfactual finding: "it would have been reasonable to expect ...". */
const COUNTERFACTUAL = new Set(['have', 'expect', 'expected', 'would', 'should', 'could', 'might']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nobody', 'none', 'nothing', 'without', 'neither', 'nor']);
/**
 * A claim that the review denies: "it is not suggested that the school should have referred
 * sooner", "no one criticises the decision to ...". ("No evidence that ..." is left alone: it
 * reports a failure of practice, that something cannot be shown to have happened.)
 */
const CLAIMS = new Set(['suggested', 'suggesting', 'suggestion', 'argued', 'arguing', 'claimed', 'criticised', 'criticising', 'criticism', 'critical']);
/** Where a judged or denied stretch ends: punctuation or a contrast ("..., but the father was never seen"). */
const STRETCH_ENDS = new Set([',', ';', ':', '(', ')', '—', '–', 'but', 'yet', 'however', 'although', 'though', 'whereas', 'despite']);
/**
 * A denied failure. After a negation, a word that frames what is denied ("no evidence that",
 * "nothing to suggest", "not the view of this review that"), or a reviewer as the clause's subject
 * ("the panel did not identify ..."); then a failure word, which is what the denial is about.
 * Without one ("there is no evidence that the case was discussed in supervision") the sentence
 * states that something did not happen, and it is left alone.
 */
const DENIAL_FRAMES = new Set(['evidence', 'indication', 'suggestion', 'sign', 'reason', 'view', 'suggest', 'suggests', 'indicate', 'indicates', 'show', 'shows']);
const FRAME_REACH = 3;
/** Frames of belief, which may stand further off: "none of the practitioners interviewed thought that ...". */
const BELIEF_FRAMES = new Set(['thought', 'believed', 'felt']);
const BELIEF_REACH = 5;
const FAILURES = new Set([
  'underestimated', 'underestimate', 'uncritically', 'uncritical', 'poor', 'poorly', 'weak', 'inadequate', 'inadequately', 'insufficient',
  'insufficiently', 'failure', 'failures', 'failed', 'fail', 'lack', 'lacking', 'missed', 'overlooked', 'ignored', 'drift', 'drifted', 'delay',
  'delayed', 'unaware', 'minimised', 'wrongly', 'inappropriate', 'inappropriately', 'ineffective', 'deficient', 'flawed', 'excluded', 'unseen',
  'unheard', 'disguised', 'mistake', 'mistakes', 'error', 'errors', 'optimistic', 'over-optimistic', 'dismissed', 'discounted', 'limited',
  'absence', 'absent', 'incomplete', 'inaccurate', 'undue', 'unduly', 'contrary', 'normalised', 'normalising', 'unchallenged', 'unquestioned',
  'superficial', 'cursory', 'patchy', 'minimal', 'lost', 'inconsistent', 'inconsistently', 'wrong', 'misapplied', 'mistaken',
]);
/** Tags of the word after a failure word that make it a modifier ("the missed health appointments"), not a predicate. */
const NAMING_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
const REFUSALS = new Set(['refuse', 'refused', 'decline', 'declined', 'avoid', 'avoided', 'resist', 'resisted', 'object', 'objected', 'hesitate', 'hesitated']);
/** Failure nouns that "no" denies outright: "there was no gap in ...", "no lapse in supervision". */
const LAPSES = new Set(['gap', 'gaps', 'shortcoming', 'shortcomings', 'lapse', 'lapses']);
const DEFINITE_AGENTS = new Set(['the', 'her', 'his', 'their', 'this', 'that']);
const CREDIT_MODALS = new Set(['would', 'might', 'could']);
/** What may stand between a reviewer and the negation of its verb: "the panel has not", "the review found no". */
const REVIEWER_VERB_TAGS = new Set(['AUX', 'VERB', 'ADV', 'PART']);
/** Frames of opinion: "it is not the view of this review that ..." denies the whole judgement, failure word or not. */
const OPINION_FRAMES = new Set(['view']);
/** Failure nouns that count only as the thing denied, close after the negation: "identified no gaps", "did not raise any concerns". */
const DENIED_NOUNS = new Set(['concern', 'concerns', 'gap', 'gaps', 'shortcoming', 'shortcomings', 'criticism', 'criticisms', 'issue', 'issues', 'problem', 'problems']);
/** Where a denial ends: a stretch end, or a relative or causal clause ("..., which was underestimated"). */
const DENIAL_ENDS = new Set(['which', 'who', 'because', 'since', 'when', 'and']);
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
    if (RIGHT.has(word) && isJudgedRight(table, from, to, i)) fillJudged(table, from, to, i, factual);
    else if (CLAIMS.has(word) && isDenied(table, from, i)) fillJudged(table, from, to, i, factual);
    else if (word === 'without' && isCreditedAgent(table, from, to, i)) factual.fill(0, from, to);
    else if (NEGATIONS.has(word)) i = markDeniedFailure(table, from, to, i, factual);
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
  // Other bodies sit as panels too: "before the fostering panel had met" is practice, "the review panel met" method.
  if (table.lower[at] === 'panel' && table.lower[at - 1] !== 'review' && table.pos[at - 1] !== 'DET') return false;
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

/** Marks a denied failure that starts at the negation `at`; returns where scanning goes on. */
function markDeniedFailure(table: TokenTable, from: number, to: number, at: number, factual: number[]): number {
  let end = at + 1;
  while (end < to && !STRETCH_ENDS.has(table.lower[end] as string) && !DENIAL_ENDS.has(table.lower[end] as string)) end += 1;
  // "There was no delay in the referral reaching children's social care", "no failure to share": the failure itself denied.
  const denied = table.lower[at + 1] === 'any' ? at + 2 : at + 1;
  const deniedWord = table.lower[denied] as string;
  // "The father did not refuse any request to meet the social worker": the refusal is what is denied.
  const refusalDenied = table.lower[at] === 'not' && REFUSALS.has(deniedWord);
  if (refusalDenied || (table.lower[at] === 'no' && (FAILURES.has(deniedWord) || LAPSES.has(deniedWord)))) {
    factual.fill(0, at, end);
    return end - 1;
  }
  let frame = -1;
  for (let i = at + 1; i < Math.min(end, at + 1 + BELIEF_REACH) && frame < 0; i += 1) {
    const word = table.lower[i] as string;
    if ((DENIAL_FRAMES.has(word) && i - at <= FRAME_REACH) || BELIEF_FRAMES.has(word)) frame = i;
  }
  if (frame < 0 && !hasReviewerSubject(table, from, at)) return at;
  // "No evidence of weak supervision" denies the noun phrase; in "no evidence that the missed appointments were
  // followed up" a failure word before a noun only names the thing, and the clause's own verb is what is denied.
  const deniesPhrase = frame >= 0 && table.lower[frame + 1] === 'of';
  // "It is not the view of this review that ..."; not "never turned into a view of the risk".
  if (frame >= 0 && OPINION_FRAMES.has(table.lower[frame] as string) && table.lower[frame - 1] === 'the' && frame - at === 2) {
    factual.fill(0, at, end);
    return end - 1;
  }
  for (let i = at + 1; i < end; i += 1) {
    const word = table.lower[i] as string;
    const named = !deniesPhrase && NAMING_TAGS.has(table.pos[i + 1] as string);
    if ((FAILURES.has(word) && !named) || (DENIED_NOUNS.has(word) && i - at <= FRAME_REACH)) {
      factual.fill(0, at, end);
      return end - 1;
    }
  }
  return at;
}

/**
 * "The panel did not identify ...", "the review found no ...": the negation belongs to the reviewer's
 * own verb, a reviewer word and then only verbs and adverbs before it ("the review identified the
 * decision not to hold a meeting" negates the decision, not the review).
 */
function hasReviewerSubject(table: TokenTable, from: number, at: number): boolean {
  for (let i = at - 1; i >= Math.max(from, at - 1 - SUBJECT_REACH); i -= 1) {
    if (REVIEWERS.has(table.lower[i] as string)) return true;
    if (!REVIEWER_VERB_TAGS.has(table.pos[i] as string)) return false;
  }
  return false;
}

/**
 * Credit given through a counterfactual: "without the health visitor's persistence the neglect would
 * not have been identified so early", "without the school's referral, the abuse might not have come
 * to light". A definite agent after "without", and a "would / might / could not have" in the sentence.
 */
function isCreditedAgent(table: TokenTable, from: number, to: number, at: number): boolean {
  if (!DEFINITE_AGENTS.has(table.lower[at + 1] as string)) return false;
  for (let i = from; i + 2 < to; i += 1) {
    const negation = table.lower[i + 1] === 'not' || table.lower[i + 1] === "n't" || table.lower[i + 1] === 'never';
    if (CREDIT_MODALS.has(table.lower[i] as string) && negation && table.lower[i + 2] === 'have') return true;
  }
  return false;
}

/** "It is not suggested", "there is no suggestion", "the review is not critical of": the claim word negated from close by. */
function isDenied(table: TokenTable, from: number, at: number): boolean {
  if (table.negated[at] !== 1) return false;
  for (let i = Math.max(from, at - 3); i < at; i += 1) if (NEGATIONS.has(table.lower[i] as string)) return true;
  return false;
}

/**
 * A judgement covers what it judges, "that" clause and all: in "it was reasonable for the health
 * visitor to accept the hospital's view that the injury was accidental" the failure words of the
 * complement are judged too. The stretch runs from the clause start to punctuation or a contrast.
 */
function fillJudged(table: TokenTable, from: number, to: number, at: number, factual: number[]): void {
  let end = at + 1;
  while (end < to && !STRETCH_ENDS.has(table.lower[end] as string)) end += 1;
  factual.fill(0, clauseSpan(table, from, to, at)[0], end);
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
