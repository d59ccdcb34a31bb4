import type { TokenTable } from '../nlp/token-table.js';

/**
 * What a sentence does, beyond what it mentions: states what happened, prescribes what should
 * happen, or only names a topic. A theme counts only where a failure is stated, so the tokens of
 * prescriptions ("practitioners should see the child alone"), conditions ("where a child is not
 * brought, ..."), embedded questions ("whether the child was seen") and topic-only sentences
 * (headings, terms of reference, research) are marked as not factual.
 */
export interface SentenceReading {
  /** The sentence prescribes (a modal or an imperative in a main clause). */
  prescriptive: boolean;
  /** A heading, a question, terms of reference or method: it names topics and states no finding. */
  topicOnly: boolean;
}

/** Modals that prescribe, unless "have" follows ("should have seen" states a failure). */
const MODALS = new Set(['should', 'must', 'ought', 'shall', 'will']);
const NEED = new Set(['need', 'needs']);
/** Verbs that open a recommendation written as an imperative ("Ensure that ...", "Review ..."). */
const IMPERATIVES = new Set([
  'ensure', 'review', 'develop', 'consider', 'establish', 'provide', 'promote', 'audit', 'seek', 'introduce', 'commission',
  'publish', 'raise', 'report', 'undertake', 'agree', 'embed', 'strengthen', 'remind', 'require', 'implement', 'produce',
  'update', 'clarify', 'share', 'identify', 'make', 'put', 'use', 'revise', 'issue', 'assure', 'monitor', 'evaluate', 'disseminate',
]);
/** Clause openers that make the rest of a clause conditional, not a statement of fact... */
const CONDITIONS = new Set(['if', 'unless']);
/** ...and those that do so only before a prescription: "Where a child is not brought, the GP should ...",
 * but "When the mother said it was a fall, no one asked the nursery" tells what happened. */
const PRESCRIBED_CONDITIONS = new Set(['where', 'when', 'whenever']);
const EMBEDDED_QUESTIONS = new Set(['whether']);
const VERBAL = new Set(['AUX', 'VERB', 'PART']);
/** A prescription that cites its own case states that case's facts: "the failure in this case to ...". */
const CITES_THE_CASE = [['this', 'case'], ['this', 'review']];
const SEGMENT_BREAKS = new Set([';', ':']);
/**
 * Verbs that report someone else's view: a modal after one of them is reported, not prescribed
 * ("she believed he should not be living there", "they decided who should interview the parents").
 */
const REPORTING = new Set(['believed', 'decided', 'said', 'told', 'thought', 'felt', 'knew', 'insisted', 'assumed', 'expected', 'wondered']);
const QUOTES = new Set(["'", '"', '‘', '’', '“', '”']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–']);

/**
 * Marks `factual[i] = 0` for the tokens of [from, to) that state no fact, and says what the
 * sentence does. `namesTopic`: a cue of terms of reference, method or research matched in it.
 */
export function readSentence(table: TokenTable, from: number, to: number, factual: number[], namesTopic: boolean): SentenceReading {
  if (namesTopic || isHeading(table, from, to) || table.lower[to - 1] === '?') {
    factual.fill(0, from, to);
    return { prescriptive: false, topicOnly: true };
  }
  // "Recommendation 6: a multi-agency audit of ..." prescribes without a modal.
  let prescriptive = table.lower[from] === 'recommendation' && table.pos[from + 1] === 'NUM';
  let segmentStart = from;
  for (let i = from; i <= to; i += 1) {
    if (i === to || SEGMENT_BREAKS.has(table.lower[i] as string)) {
      prescriptive = markSegment(table, segmentStart, i, factual) || prescriptive;
      segmentStart = i + 1;
    }
  }
  markEmbeddedQuestions(table, from, to, factual);
  return { prescriptive, topicOnly: false };
}

/** Returns true when the segment prescribes; marks its prescriptive and conditional parts. */
function markSegment(table: TokenTable, from: number, to: number, factual: number[]): boolean {
  let first = from;
  while (first < to && (table.pos[first] === 'NUM' || table.pos[first] === 'PUNCT' || table.lower[first] === 'recommendation')) first += 1;
  if (first < to && IMPERATIVES.has(table.lower[first] as string) && !isNounSubject(table, first, to)) {
    factual.fill(0, from, to);
    return true;
  }
  const modal = findPrescribingModal(table, from, to);
  const opener = table.lower[first] as string;
  if (CONDITIONS.has(opener) || (PRESCRIBED_CONDITIONS.has(opener) && modal >= 0)) factual.fill(0, first, clauseEnd(table, first, modal < 0 ? to : modal));
  if (modal < 0) return false;
  if (!citesTheCase(table, modal, to)) factual.fill(0, modal, to);
  return true;
}

/**
 * An imperative-looking first word that heads the subject of a statement: "Review of the plan
 * ...", "Review meetings were postponed", "Report writing was poor". Its next word is "of", or
 * nouns follow it up to a verb ("Review the plan" has a determiner after it).
 */
function isNounSubject(table: TokenTable, first: number, to: number): boolean {
  if (table.lower[first + 1] === 'of') return true;
  let next = first + 1;
  while (next < to && table.pos[next] === 'NOUN') next += 1;
  return next > first + 1 && next < to && (table.pos[next] === 'AUX' || table.pos[next] === 'VERB');
}

function citesTheCase(table: TokenTable, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i += 1) {
    if (CITES_THE_CASE.some(([a, b]) => table.lower[i] === a && table.lower[i + 1] === b)) return true;
  }
  return false;
}

/** The first modal of the segment that prescribes: not followed by "have", not reported, not quoted. */
function findPrescribingModal(table: TokenTable, from: number, to: number): number {
  let reported = false;
  let quoted = false;
  for (let i = from; i < to; i += 1) {
    const word = table.lower[i] as string;
    if (REPORTING.has(word)) reported = true;
    if (QUOTES.has(word)) quoted = !quoted;
    const isModal = MODALS.has(word) || (NEED.has(word) && table.lower[i + 1] === 'to') || (word === 'recommended' && table.lower[i + 1] === 'that');
    if (isModal && !reported && !quoted && !haveFollows(table, i, to)) return i;
  }
  return -1;
}

/** "should have", "should not have", "ought to have", "must also have": a past failure, not advice. */
function haveFollows(table: TokenTable, at: number, to: number): boolean {
  for (let i = at + 1; i < Math.min(to, at + 4); i += 1) {
    const word = table.lower[i];
    if (word === 'have' || word === "'ve") return true;
    if (table.pos[i] === 'VERB') return false;
  }
  return false;
}

/**
 * "whether the child was seen" states nothing; the question ends at a clause break or where a
 * second verb group begins ("disagreement about whether she should stay | was never resolved").
 */
function markEmbeddedQuestions(table: TokenTable, from: number, to: number, factual: number[]): void {
  for (let i = from; i < to; i += 1) {
    if (!EMBEDDED_QUESTIONS.has(table.lower[i] as string)) continue;
    let end = i + 1;
    let verbGroups = 0;
    for (; end < to && !CLAUSE_BREAKS.has(table.lower[end] as string); end += 1) {
      const verbal = VERBAL.has(table.pos[end] as string);
      if (verbal && !VERBAL.has(table.pos[end - 1] as string)) verbGroups += 1;
      if (verbGroups === 2) break;
    }
    factual.fill(0, i + 1, end);
  }
}

function clauseEnd(table: TokenTable, from: number, limit: number): number {
  for (let i = from + 1; i < limit; i += 1) if (CLAUSE_BREAKS.has(table.lower[i] as string)) return i;
  return limit;
}

/**
 * A heading names a topic: short, without an auxiliary and without a closing full stop.
 * "4.5 Race, culture and identity", "Theme 4: Disguised compliance" (wink may read "Disguised" as a verb).
 * A last token that ends in a full stop is an initial that swallowed it ("... the risk to Baby M.").
 */
const MAX_HEADING_TOKENS = 16;

function isHeading(table: TokenTable, from: number, to: number): boolean {
  if (to - from > MAX_HEADING_TOKENS || table.pos[to - 1] === 'PUNCT' || (table.lower[to - 1] as string).endsWith('.')) return false;
  for (let i = from; i < to; i += 1) if (table.pos[i] === 'AUX') return false;
  return true;
}
