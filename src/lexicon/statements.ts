import type { TokenTable } from '../nlp/token-table.js';
import { hasWordFlag, wordFlag } from '../nlp/word-flags.js';
import { CLAUSE_BREAKS, clauseEnd, SEGMENT_BREAKS, segmentOpener } from './clause-breaks.js';
import { isCounterfactual, isInvertedCondition } from './counterfactuals.js';
import { clauseSpan, markSettledClauses } from './settled-clauses.js';
import type { SettledWords } from './settled-words.js';

export { compileSettledWords, isSettledGroup, type SettledWords } from './settled-words.js';
import type { NumberedTable } from './vocabulary.js';

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
const MODALS = wordFlag(new Set(['should', 'must', 'ought', 'shall', 'will']));
const NEED = wordFlag(new Set(['need', 'needs']));
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
const EMBEDDED_QUESTIONS = wordFlag(new Set(['whether']));
/**
 * A wh-word opens a question, not a relative clause, after a verb, an adjective or a preposition:
 * "deciding who should interview the parents", "unclear which agency should lead", "no agreement
 * on how the family should be supported" ask; "agencies who should share information" prescribes.
 */
const WH_WORDS = wordFlag(new Set(['who', 'what', 'which', 'how', 'where', 'when']));
const ASKED_AFTER = new Set(['VERB', 'ADJ', 'ADP']);
const RELATIVES = new Set(['that', 'which']);
/**
 * Tags after which a verb begins a new verb group: after a subject or an adverb ("she should stay |
 * was never | resolved"), not after "of" or "to" ("a pattern of missed appointments", "a failure to see").
 */
const SUBJECT_ENDS = new Set(['NOUN', 'PRON', 'PROPN', 'ADV', 'NUM', 'ADJ']);
const VERBAL = new Set(['AUX', 'VERB', 'PART']);
/** A prescription that cites its own case states that case's facts: "the failure in this case to ...". */
const CITES_THE_CASE = [['this', 'case'], ['this', 'review']];
/**
 * Verbs that report someone else's view: a modal after one of them is reported, not prescribed
 * ("she believed he should not be living there", "they decided who should interview the parents").
 * The first modal of a "whether" question, or of a wh-question (WH_WORDS), asks, it does not prescribe (asksInQuestion).
 */
const REPORTING = wordFlag(new Set(['believed', 'decided', 'agreed', 'said', 'told', 'thought', 'felt', 'knew', 'insisted', 'assumed', 'expected', 'wondered']));
/**
 * Quoted rules state what should happen, not what did: "the procedure requires that a child who is
 * not brought twice is referred". A rule word, then within three words one of these verbs.
 */
const RULES = wordFlag(new Set(['procedure', 'procedures', 'policy', 'policies', 'protocol', 'protocols', 'guidance', 'guidelines', 'standard', 'standards']));
const RULE_VERBS = new Set(['requires', 'require', 'required', 'states', 'state', 'stated', 'says', 'say', 'expects', 'expect', 'stipulates', 'specifies', 'directs', 'sets', 'set', 'is', 'are']);
/** Where a quoted rule ends and the case resumes: "the policy requires X, but this was not done". */
const CONTRASTS = wordFlag(new Set(['but', 'yet', 'however', 'although', 'though', 'whereas', 'despite']));
/** What a denied subject is said not to be: "drift was not a feature of this case", "delay was never an issue". */
const DENIED_PREDICATES = new Set(['feature', 'factor', 'issue', 'problem', 'concern']);
const COPULAS = new Set(['was', 'were', 'is', 'are', 'been']);
/** Determiners of a subject that names this case's facts: "the failure to assess ... should prompt ...". */
const DEFINITE = new Set(['the', 'this', 'these', 'that', 'those', 'its', 'their', 'his', 'her']);
/** Modals of possibility: a clause with one speaks in general ("weak supervision can leave a child at risk"). */
const GENERAL_MODALS = wordFlag(new Set(['can', 'may']));
const QUOTES = wordFlag(new Set(["'", '"', '‘', '’', '“', '”']));

/**
 * Marks `factual[i] = 0` for the tokens of [from, to) that state no fact, and says what the
 * sentence does. `namesTopic`: a cue of terms of reference, method or research matched in it;
 * `settled`: the lexicons' settled-clause groups (settled-words.ts).
 */
export function readSentence(table: NumberedTable, from: number, to: number, factual: number[], namesTopic: boolean, settled: SettledWords): SentenceReading {
  // A question states nothing; after a colon or semicolon only its own segment is the question
  // ("What was missing was a question as simple as: what could happen to this baby?").
  const asked = table.lower[to - 1] === '?' ? lastSegmentBreak(table, from, to) : to;
  if (namesTopic || isHeading(table, from, to) || asked === from) {
    factual.fill(0, from, to);
    return { prescriptive: false, topicOnly: true };
  }
  factual.fill(0, asked, to);
  // "Recommendation 6: a multi-agency audit of ..." prescribes without a modal.
  let prescriptive = table.lower[from] === 'recommendation' && table.pos[from + 1] === 'NUM';
  let segmentStart = from;
  for (let i = from; i <= asked; i += 1) {
    if (i === asked || hasWordFlag(table, i, SEGMENT_BREAKS)) {
      prescriptive = markSegment(table, segmentStart, i, factual) || prescriptive;
      segmentStart = i + 1;
    }
  }
  markEmbeddedQuestions(table, from, to, factual);
  markSettledClauses(table, from, to, factual, settled);
  return { prescriptive, topicOnly: false };
}

/** Where the last segment of [from, to) begins, after its last colon or semicolon; `from` when there is none. */
function lastSegmentBreak(table: TokenTable, from: number, to: number): number {
  for (let i = to - 1; i > from; i -= 1) if (hasWordFlag(table, i, SEGMENT_BREAKS)) return i;
  return from;
}

/** Returns true when the segment prescribes; marks its prescriptive and conditional parts. */
function markSegment(table: TokenTable, from: number, to: number, factual: number[]): boolean {
  const first = segmentOpener(table, from, to);
  if (first < to && IMPERATIVES.has(table.lower[first] as string) && !isNounSubject(table, first, to)) {
    factual.fill(0, from, to);
    return true;
  }
  const modal = findPrescribingModal(table, from, to);
  const opener = table.lower[first] as string;
  if (CONDITIONS.has(opener) || (PRESCRIBED_CONDITIONS.has(opener) && modal >= 0) || isInvertedCondition(table, first)) {
    const end = clauseEnd(table, first, modal < 0 ? to : modal);
    if (!isCounterfactual(table, first, end, to)) factual.fill(0, first, end);
  }
  markDeniedSubjects(table, from, to, factual);
  markQuotedRules(table, from, to, factual);
  markGeneralClauses(table, from, to, factual);
  markDescribedRules(table, from, to, factual);
  if (modal < 0) return false;
  // The prescription's own clause prescribes from its subject on ("weak supervision should be
  // escalated"), unless the subject is definite and so this case's ("the failure to ... should prompt").
  const clauseStart = clauseStartOf(table, from, modal);
  const prescribed = hasDefiniteSubject(table, clauseStart, modal) ? modal : clauseStart;
  if (!citesTheCase(table, clauseStart, to)) factual.fill(0, prescribed, to);
  return true;
}

function hasDefiniteSubject(table: TokenTable, clauseStart: number, modal: number): boolean {
  let first = clauseStart;
  while (first < modal && (table.pos[first] === 'PUNCT' || table.pos[first] === 'SCONJ' || table.pos[first] === 'CCONJ')) first += 1;
  return first < modal && DEFINITE.has(table.lower[first] as string);
}

/** "Weak supervision was not a feature of this case": the subject is denied, so its clause states nothing. */
function markDeniedSubjects(table: TokenTable, from: number, to: number, factual: number[]): void {
  for (let i = from + 1; i < to; i += 1) {
    if ((table.lower[i] !== 'not' && table.lower[i] !== 'never') || !COPULAS.has(table.lower[i - 1] as string)) continue;
    let predicate = i + 1;
    if (['a', 'an', 'the'].includes(table.lower[predicate] as string)) predicate += 1;
    if (DENIED_PREDICATES.has(table.lower[predicate] as string)) factual.fill(0, clauseStartOf(table, from, i), predicate + 1);
  }
}

/** "The procedure requires that ...", "agency policy is that ...": the rule, to the end of the segment or a contrast. */
function markQuotedRules(table: TokenTable, from: number, to: number, factual: number[]): void {
  for (let i = from; i < to; i += 1) {
    if (!hasWordFlag(table, i, RULES)) continue;
    for (let verb = i + 1; verb < Math.min(to, i + 4); verb += 1) {
      if (!RULE_VERBS.has(table.lower[verb] as string)) continue;
      if (!isRuleVerb(table, verb)) break;
      // "..., as the guidance requires." cites the rule; only what follows the verb quotes it.
      if (verb + 1 >= to || table.pos[verb + 1] === 'PUNCT') break;
      let end = verb + 1;
      while (end < to && !hasWordFlag(table, end, CONTRASTS) && !resumesTheCase(table, end)) end += 1;
      factual.fill(0, verb + 1, end);
      return;
    }
  }
}

/**
 * A semicolon, or ", and" that does not add to the rule (", and that ..."), turns back to the case:
 * "the policy required a call within a day, and the call was not made".
 */
function resumesTheCase(table: TokenTable, at: number): boolean {
  const word = table.lower[at];
  return word === ';' || (word === 'and' && table.lower[at - 1] === ',' && table.lower[at + 1] !== 'that');
}

/**
 * "sets out that", "is that", "is clear that": a bare "is" or "sets" quotes a rule only when "that"
 * (or "out") follows. "The standards set out in the procedures" says where a rule is written, not what it says.
 */
function isRuleVerb(table: TokenTable, verb: number): boolean {
  const word = table.lower[verb] as string;
  const next = table.lower[verb + 1];
  if (word === 'set' || word === 'sets') return next === 'out' && table.lower[verb + 2] !== 'in';
  if (word === 'is' || word === 'are') return next === 'that' || (next === 'clear' && table.lower[verb + 2] === 'that');
  return true;
}

/** The relative clause of describesNoun() states no fact of the case. */
function markDescribedRules(table: TokenTable, from: number, to: number, factual: number[]): void {
  for (let i = from; i < to; i += 1) {
    if (((table.flags[i] as number) & MODALS) !== 0 && describesNoun(table, from, i) && !haveFollows(table, i, to)) factual.fill(0, i - 1, clauseEnd(table, i, to));
  }
}

/** A clause with "can" or "may" (not "may have", not "cannot") speaks of what happens in general, not in this case. */
function markGeneralClauses(table: TokenTable, from: number, to: number, factual: number[]): void {
  for (let i = from; i < to; i += 1) {
    if (!hasWordFlag(table, i, GENERAL_MODALS) || table.pos[i] !== 'AUX') continue;
    const next = table.lower[i + 1];
    if (next === 'not' || next === "n't" || haveFollows(table, i, to)) continue;
    const start = clauseStartOf(table, from, i);
    let end = i + 1;
    while (end < to && !hasWordFlag(table, end, CLAUSE_BREAKS)) end += 1;
    factual.fill(0, start, end);
  }
}

/** The first token of the clause that holds `at` (its boundary word, if any), within the sentence. */
function clauseStartOf(table: TokenTable, from: number, at: number): number {
  return clauseSpan(table, from, at + 1, at)[0];
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
  let question = -1;
  for (let i = from; i < to; i += 1) {
    const word = table.lower[i] as string;
    const flags = table.flags[i] as number;
    if ((flags & REPORTING) !== 0) reported = true;
    if ((flags & QUOTES) !== 0) quoted = !quoted;
    if ((flags & EMBEDDED_QUESTIONS) !== 0 || ((flags & WH_WORDS) !== 0 && i > from && ASKED_AFTER.has(table.pos[i - 1] as string))) question = i;
    const isModal = (flags & MODALS) !== 0 || ((flags & NEED) !== 0 && table.lower[i + 1] === 'to') || (word === 'recommended' && table.lower[i + 1] === 'that');
    if (isModal && !reported && !quoted && !haveFollows(table, i, to) && !asksInQuestion(table, question, i) && !describesNoun(table, from, i)) return i;
  }
  return -1;
}

/** The modal is the first verb of a "whether" question: "no one considered whether the child should be seen alone". */
function asksInQuestion(table: TokenTable, question: number, modal: number): boolean {
  if (question < 0) return false;
  for (let i = question + 1; i < modal; i += 1) if (VERBAL.has(table.pos[i] as string)) return false;
  return true;
}

/**
 * The modal opens a relative clause that says what a thing is for: "they skipped the check that
 * must come before a return home". The clause quotes a rule; the sentence around it states facts.
 */
function describesNoun(table: TokenTable, from: number, modal: number): boolean {
  return modal - 2 >= from && RELATIVES.has(table.lower[modal - 1] as string) && table.pos[modal - 2] === 'NOUN';
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
 * A question nobody put is a finding: after a negated verb ("no one considered whether he was
 * being exploited", "nobody asked about whether ...") the question is what was left unasked; after
 * a hedge ("it is not clear whether she was seen") it is what the review could not find.
 */
function markEmbeddedQuestions(table: TokenTable, from: number, to: number, factual: number[]): void {
  for (let i = from; i < to; i += 1) {
    if (!hasWordFlag(table, i, EMBEDDED_QUESTIONS) || isHedgedFinding(table, i, to) || followsNegatedVerb(table, from, i)) continue;
    let end = i + 1;
    let verbGroups = table.lower[i + 1] === 'to' ? 1 : 0; // "whether to convene a meeting | was deferred"
    for (; end < to && !hasWordFlag(table, end, CLAUSE_BREAKS); end += 1) {
      const verbal = VERBAL.has(table.pos[end] as string);
      if (verbal && SUBJECT_ENDS.has(table.pos[end - 1] as string)) verbGroups += 1;
      if (verbGroups === 2) break;
    }
    factual.fill(0, i + 1, end);
  }
}

/** Modals that turn a hedged question to what may yet happen: "it is unclear whether the new arrangements will help". */
const QUESTION_MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall']);

/**
 * A "whether" in a negation's scope follows a hedge (negation.ts): "it is not clear whether the
 * partner was checked" is a finding, unless a modal makes it a question about what may happen.
 */
function isHedgedFinding(table: TokenTable, at: number, to: number): boolean {
  if (table.negated[at] !== 1) return false;
  for (let i = at + 1; i < to && !hasWordFlag(table, i, CLAUSE_BREAKS); i += 1) if (QUESTION_MODALS.has(table.lower[i] as string)) return false;
  return true;
}

/**
 * The negated verb may stand a short object before the question: "nobody asked the grandmother whether ...",
 * "no one rang the school to find out whether ...". The look-back stops at any other word (a comma, a verb's own clause).
 */
const QUESTION_OBJECT = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'ADV', 'PART', 'ADP', 'NUM']);
const MAX_QUESTION_OBJECT = 4;

function followsNegatedVerb(table: TokenTable, from: number, at: number): boolean {
  for (let i = at - 1; i >= from && i >= at - 1 - MAX_QUESTION_OBJECT; i -= 1) {
    if (table.pos[i] === 'VERB') return table.negated[i] === 1;
    if (!QUESTION_OBJECT.has(table.pos[i] as string)) return false;
  }
  return false;
}

/**
 * A heading names a topic: short, without an auxiliary and without a closing full stop.
 * "4.5 Race, culture and identity", "Theme 4: Disguised compliance" (wink may read "Disguised" as a verb).
 * A last token that ends in a full stop is an initial that swallowed it ("... the risk to Baby M.").
 */
const MAX_HEADING_TOKENS = 16;

function isHeading(table: TokenTable, from: number, to: number): boolean {
  // An empty passage ("", " ") is a sentence of no tokens: nothing in it states a fact.
  if (to === from) return true;
  if (to - from > MAX_HEADING_TOKENS || table.pos[to - 1] === 'PUNCT' || (table.lower[to - 1] as string).endsWith('.')) return false;
  for (let i = from; i < to; i += 1) if (table.pos[i] === 'AUX') return false;
  return true;
}
