import type { TokenTable } from '../nlp/token-table.js';
import { BIT, phraseStartsOf, wordBitsAt, type SettledWords } from './settled-words.js';
import type { NumberedTable } from './vocabulary.js';

/**
 * Clauses that carry failure words but state no failure of practice, found on theme-free review
 * sentences (test/lexicon/theme-free.txt): a decision judged right ("the decision not to hold a
 * strategy discussion was reasonable"), a step that was not needed ("no interpreter was needed"),
 * the review's own method ("the reviewer was unable to speak to the father", "the panel heard
 * from the mother that ..."), and a failure the review denies ("the review found nothing to suggest
 * that the risk was underestimated"). Their tokens are marked not factual, so no pattern matches
 * in them. The words come from the lexicons' settled groups (lexicons/settled.lex, settled-words.ts);
 * the syntax around them is here.
 */

/**
 * One sentence [from, to) being read, with the settled groups (settled-words.ts) and where their
 * phrases begin in it, found when first asked for (null until then).
 */
interface Sentence {
  table: NumberedTable;
  from: number;
  to: number;
  words: SettledWords;
  phrases: readonly number[] | null;
}

/** Of the groups `wanted` (bits), those whose match begins at token `at` (none outside the sentence). */
function groupsAt(sentence: Sentence, at: number, wanted: number): number {
  if (at < sentence.from || at >= sentence.to) return 0;
  let bits = wordBitsAt(sentence.words, sentence.table, at) & wanted;
  if ((wanted & sentence.words.phraseBits) === 0) return bits;
  const phrases = (sentence.phrases ??= phraseStartsOf(sentence.words, sentence.table, sentence.from, sentence.to));
  for (let i = 0; i < phrases.length; i += 2) if (phrases[i] === at) bits |= (phrases[i + 1] as number) & wanted;
  return bits;
}

/** Whether a match of one of the groups `bits` begins at token `at`. */
function is(sentence: Sentence, at: number, bits: number): boolean {
  return groupsAt(sentence, at, bits) !== 0;
}

/** The groups that open a settled clause where they stand. */
const OPENERS = BIT.right | BIT.claim | BIT.needed | BIT.reviewer;

const COPULAS = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
/** Modals (and "have") after which a "right" judgement is a counterfactual finding: "it would have been reasonable to expect ...". */
const COUNTERFACTUAL = new Set(['have', 'would', 'should', 'could', 'might']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nobody', 'none', 'nothing', 'without', 'neither', 'nor']);
/** Where a judged or denied stretch ends: punctuation or a contrast ("..., but the father was never seen"). */
const STRETCH_ENDS = new Set([',', ';', ':', '(', ')', '—', '–', 'but', 'yet', 'however', 'although', 'though', 'whereas', 'despite']);
/**
 * A denied failure. After a negation, a word that frames what is denied (@settled_frame: "no
 * evidence that", "nothing to suggest", "not the view of this review that"), or a reviewer as the
 * clause's subject ("the panel did not identify ..."); then a failure word, which is what the
 * denial is about. Without one ("there is no evidence that the case was discussed in supervision")
 * the sentence states that something did not happen, and it is left alone.
 */
const FRAME_REACH = 3;
/** Frames of belief (@settled_belief) may stand further off: "none of the practitioners interviewed thought that ...". */
const BELIEF_REACH = 5;
/** Tags of the word after a failure word that make it a modifier ("the missed health appointments"), not a predicate. */
const NAMING_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
const DEFINITE_AGENTS = new Set(['the', 'her', 'his', 'their', 'this', 'that']);
const CREDIT_MODALS = new Set(['would', 'might', 'could']);
/** What may stand between a reviewer and the negation of its verb: "the panel has not", "the review found no". */
const REVIEWER_VERB_TAGS = new Set(['AUX', 'VERB', 'ADV', 'PART']);
/** Where a denial ends: a stretch end, or a relative or causal clause ("..., which was underestimated"). */
const DENIAL_ENDS = new Set(['which', 'who', 'because', 'since', 'when', 'and']);
/** "The reviewer was unable to speak to the father", "the panel could not trace the grandfather": then a contact verb. */
const UNABLE = new Set(['unable', 'could', 'not', 'able', 'has', 'have', 'been', 'was', 'were', 'did', 'need']);
/** How far after a reviewer word its verb may stand: "the lead reviewer also heard". */
const SUBJECT_REACH = 3;

/** Marks `factual[i] = 0` over the settled clauses of the sentence [from, to). */
export function markSettledClauses(table: NumberedTable, from: number, to: number, factual: number[], words: SettledWords): void {
  const sentence: Sentence = { table, from, to, words, phrases: null };
  for (let i = from; i < to; i += 1) {
    const word = table.lower[i] as string;
    const groups = groupsAt(sentence, i, OPENERS);
    if ((groups & BIT.right) !== 0 && isJudgedRight(sentence, i)) fillJudged(table, from, to, i, factual);
    else if ((groups & BIT.claim) !== 0 && isDenied(table, from, i)) fillJudged(table, from, to, i, factual);
    else if (word === 'without' && isCreditedAgent(table, from, to, i)) factual.fill(0, from, to);
    else if (NEGATIONS.has(word)) i = markDeniedFailure(sentence, i, factual);
    else if ((groups & BIT.needed) !== 0 && isNotNeeded(table, from, i)) fillClause(table, from, to, i, factual);
    else if ((groups & BIT.reviewer) !== 0 && isReviewMethod(sentence, i)) fillClause(table, from, to, i, factual);
  }
}

/** "was reasonable", "were the right decision": a copula before it, not negated, and no counterfactual in the clause. */
function isJudgedRight(sentence: Sentence, at: number): boolean {
  const { table, from, to } = sentence;
  let before = at - 1;
  if (table.lower[before] === 'the' || table.lower[before] === 'entirely' || table.lower[before] === 'wholly') before -= 1;
  if (before < from || !COPULAS.has(table.lower[before] as string)) return false;
  const [start, end] = clauseSpan(table, from, to, at);
  for (let i = start; i < end; i += 1) {
    const word = table.lower[i] as string;
    if (COUNTERFACTUAL.has(word) || is(sentence, i, BIT.expectation)) return false;
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

function isReviewMethod(sentence: Sentence, at: number): boolean {
  const { table, to } = sentence;
  if (table.lower[at + 1] === 'of' || (table.pos[at] !== 'NOUN' && table.lower[at] !== 'we')) return false;
  // Other bodies sit as panels too: "before the fostering panel had met" is practice, "the review panel met" method.
  if (table.lower[at] === 'panel' && table.lower[at - 1] !== 'review' && table.pos[at - 1] !== 'DET') return false;
  for (let i = at + 1; i < Math.min(to, at + 1 + SUBJECT_REACH); i += 1) {
    const word = table.lower[i] as string;
    if (is(sentence, i, BIT.method)) return true;
    if (UNABLE.has(word) && isUnableToContact(sentence, i)) return true;
  }
  return false;
}

/** From an "unable", "could not" or "did not need" word, a contact verb within three words. */
function isUnableToContact(sentence: Sentence, at: number): boolean {
  for (let i = at; i < Math.min(sentence.to, at + 4); i += 1) if (is(sentence, i, BIT.contact)) return true;
  return false;
}

/** Marks a denied failure that starts at the negation `at`; returns where scanning goes on. */
function markDeniedFailure(sentence: Sentence, at: number, factual: number[]): number {
  const { table, to } = sentence;
  let end = at + 1;
  while (end < to && !STRETCH_ENDS.has(table.lower[end] as string) && !DENIAL_ENDS.has(table.lower[end] as string)) end += 1;
  // "There was no delay in the referral reaching children's social care", "no failure to share": the failure itself denied.
  const denied = table.lower[at + 1] === 'any' ? at + 2 : at + 1;
  // "The father did not refuse any request to meet the social worker": the refusal is what is denied.
  const refusalDenied = table.lower[at] === 'not' && is(sentence, denied, BIT.refusal);
  if (refusalDenied || (table.lower[at] === 'no' && is(sentence, denied, BIT.failure | BIT.lapse))) {
    factual.fill(0, at, end);
    return end - 1;
  }
  let frame = -1;
  for (let i = at + 1; i < Math.min(end, at + 1 + BELIEF_REACH) && frame < 0; i += 1) {
    if ((is(sentence, i, BIT.frame) && i - at <= FRAME_REACH) || is(sentence, i, BIT.belief)) frame = i;
  }
  if (frame < 0 && !hasReviewerSubject(sentence, at)) return at;
  // "No evidence of weak supervision" denies the noun phrase; in "no evidence that the missed appointments were
  // followed up" a failure word before a noun only names the thing, and the clause's own verb is what is denied.
  const deniesPhrase = frame >= 0 && table.lower[frame + 1] === 'of';
  // "It is not the view of this review that ..."; not "never turned into a view of the risk".
  if (frame >= 0 && is(sentence, frame, BIT.opinion) && table.lower[frame - 1] === 'the' && frame - at === 2) {
    factual.fill(0, at, end);
    return end - 1;
  }
  for (let i = at + 1; i < end; i += 1) {
    const named = !deniesPhrase && NAMING_TAGS.has(table.pos[i + 1] as string);
    if ((is(sentence, i, BIT.failure) && !named) || (is(sentence, i, BIT.deniedNoun) && i - at <= FRAME_REACH)) {
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
function hasReviewerSubject(sentence: Sentence, at: number): boolean {
  for (let i = at - 1; i >= Math.max(sentence.from, at - 1 - SUBJECT_REACH); i -= 1) {
    if (is(sentence, i, BIT.reviewer)) return true;
    if (!REVIEWER_VERB_TAGS.has(sentence.table.pos[i] as string)) return false;
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
