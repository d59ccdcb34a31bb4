import type { TokenTable } from '../nlp/token-table.js';
import { hasWordFlag, wordFlag } from '../nlp/word-flags.js';
import type { PassageKind } from '../model/themes.js';
import type { SentenceReading } from './statements.js';

/** What the kind of a passage is inferred from, sentence by sentence. */
export interface SentenceEvidence extends SentenceReading {
  from: number;
  to: number;
  /** Themes counted in the sentence. */
  themes: number;
  /** How many judgement cues (FINDING_CUES) and chronology cues (NARRATIVE_CUES) matched in it. */
  findingCues: number;
  narrativeCues: number;
}

const MONTHS = wordFlag(new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]));
const YEAR = /^(19|20)\d\d$/;

/**
 * The kind of a passage read without its section heading: a recommendation when its sentences
 * mostly prescribe, a narrative when they only name topics or tell events (dates, background),
 * otherwise a finding. Findings are where themes and judgement words ("failed", "should have",
 * "practitioners") gather; narrative is where dates and life events do. Sentences that are only a
 * paragraph number ("4.") count for nothing.
 */
export function inferKind(table: TokenTable, sentences: readonly SentenceEvidence[]): PassageKind {
  const stated = sentences.filter((sentence) => !sentence.topicOnly && hasWords(table, sentence));
  if (stated.length === 0) return 'narrative';
  const prescriptive = stated.filter((sentence) => sentence.prescriptive && !citesRule(table, sentence)).length;
  if (prescriptive * 2 >= stated.length) return 'recommendation';
  let finding = FURTHER_SENTENCE * Math.min(stated.length - 1, 2);
  let narrative = 0;
  for (const sentence of stated) {
    finding += 2 * (sentence.themes + sentence.findingCues) + countQuotedPhrases(table, sentence);
    narrative += weighDates(table, sentence) + sentence.narrativeCues + countTimes(table, sentence) + (reportsSpeech(table, sentence) ? 1 : 0);
    if (citesRule(table, sentence)) narrative += CITED_RULE;
  }
  const section = sectionNumber(table);
  if (section !== null) {
    if (section <= LAST_CHRONOLOGY_SECTION) narrative += PARAGRAPH_NUMBER;
    else finding += PARAGRAPH_NUMBER;
  }
  return finding >= narrative ? 'finding' : 'narrative';
}

/**
 * A paragraph that goes on past its first sentence mostly comments on what it tells ("It next met
 * on 2 July. Nobody remarked on the gap."): each further stated sentence, up to two, weighs this
 * much for a finding. Past two, length says little: a long chronology paragraph is not a finding
 * for being long (on the corpus paragraphs read without their section, counting every further
 * sentence read 428 narrative paragraphs as findings, counting two 210).
 */
const FURTHER_SENTENCE = 2;

/**
 * Case reviews number their paragraphs by section, and the early sections (introduction,
 * background, chronology) tell, while analysis and findings come later: "3.12 On 7 November ..."
 * against "5.17 The family's response to the plan was ...". The section number weighs this much.
 */
const PARAGRAPH_NUMBER = 2;
const LAST_CHRONOLOGY_SECTION = 3;
const PARAGRAPH = /^(\d+)\.\d+/;

function sectionNumber(table: TokenTable): number | null {
  const first = table.count > 0 ? PARAGRAPH.exec(table.lower[0] as string) : null;
  return first ? Number(first[1]) : null;
}

const NOT_WORDS = new Set(['NUM', 'PUNCT', 'SYM', 'SPACE']);

function hasWords(table: TokenTable, sentence: SentenceEvidence): boolean {
  for (let i = sentence.from; i < sentence.to; i += 1) if (!NOT_WORDS.has(table.pos[i] as string)) return true;
  return false;
}

/**
 * A reviewer quotes a record's or a professional's few words to weigh them ("became 'sustained
 * change'", "graded 'low risk'"); a chronology rarely quotes, and quoted policy runs longer. A
 * quotation of at most MAX_QUOTED words counts once for a finding.
 */
const QUOTES = wordFlag(new Set(["'", '"', '‘', '’', '“', '”']));
const MAX_QUOTED = 6;

function countQuotedPhrases(table: TokenTable, sentence: SentenceEvidence): number {
  let count = 0;
  let opened = -1;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    if (!hasWordFlag(table, i, QUOTES)) continue;
    if (opened < 0) opened = i;
    else {
      const quoted = i - opened - 1;
      if (quoted >= 1 && quoted <= MAX_QUOTED) count += 1;
      opened = -1;
    }
  }
  return count;
}

/** A time of day ("at about 11pm", "at 10.30") belongs to a chronology entry. */
const TIME = /^\d{1,2}([.:]\d\d)?(am|pm)$|^\d{1,2}:\d\d$/;
const TIME_WORDS = wordFlag(new Set(['am', 'pm', 'midnight', 'midday', 'noon']));

function countTimes(table: TokenTable, sentence: SentenceEvidence): number {
  let count = 0;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    const word = table.lower[i] as string;
    if (hasWordFlag(table, i, TIME_WORDS) || (isDigit(word.charCodeAt(0)) && TIME.test(word))) count += 1;
  }
  return count;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Reported speech tells what someone said at the time ("Ms G told the conference she felt
 * optimistic"): a narrative cue. What was said to the review is its evidence, not a chronology
 * ("the social worker told the review that ..."), so it does not count.
 */
const REPORTING = wordFlag(new Set(['told', 'said', 'explained', 'reported', 'described', 'insisted', 'claimed']));
const REPORTED = new Set(['she', 'he', 'they', 'that']);
const TO_THE_REVIEW = new Set(['review', 'reviewer', 'panel']);
const REPORT_WINDOW = 4;

function reportsSpeech(table: TokenTable, sentence: SentenceEvidence): boolean {
  for (let i = sentence.from; i < sentence.to; i += 1) {
    if (!hasWordFlag(table, i, REPORTING)) continue;
    const end = Math.min(sentence.to, i + 1 + REPORT_WINDOW);
    let toWhom = false;
    let what = false;
    for (let j = i + 1; j < end; j += 1) {
      toWhom ||= TO_THE_REVIEW.has(table.lower[j] as string);
      what ||= REPORTED.has(table.lower[j] as string);
    }
    if (what && !toWhom) return true;
  }
  return false;
}

/**
 * A rule quoted from a document is background, not the review's prescription: "Under the local
 * protocol, 'a strategy discussion must take place ...'", "the escalation procedure says that a
 * professional who disagrees 'should first discuss it ...'". Such a sentence names a document and
 * a word citing it before it opens a quotation; it does not prescribe, and weighs CITED_RULE for a
 * narrative. Without the quotation it may be the review's own advice ("its policy requires ...").
 */
const DOCUMENTS = wordFlag(new Set(['protocol', 'procedure', 'procedures', 'policy', 'guidance', 'standard', 'standards', 'arrangements', 'guidelines', 'handbook']));
const CITING = wordFlag(new Set(['reads', 'says', 'states', 'requires', 'warns', 'stipulates', 'under']));
const CITED_RULE = 3;

function citesRule(table: TokenTable, sentence: SentenceEvidence): boolean {
  let document = false;
  let citing = false;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    const flags = table.flags[i] as number;
    if ((flags & QUOTES) !== 0) return document && citing;
    document ||= (flags & DOCUMENTS) !== 0;
    citing ||= (flags & CITING) !== 0 || (table.lower[i] === 'words' && table.lower[i + 1] === 'of');
  }
  return false;
}

/**
 * A chronology entry opens on its date ("On 4 June the health visitor called"); a finding mentions
 * dates on its way to a judgement ("the plan of March 2017 was still in use in 2018", "Nobody at
 * the July meeting remarked on it"). So a date among the first words weighs OPENING_DATE when it
 * opens the sentence or follows an opening preposition; elsewhere a day of a month ("drafted on 2
 * May") weighs DAY_DATE, since a finding dates things by month and year and a chronology by the day
 * (on dev and hard-train, kind accuracy 0.911 and 0.903 with 1, 0.911 and 0.906 with 2), and any
 * other date 1.
 */
const OPENING_WORDS = 4;
const OPENING_DATE = 3;
const OPENING_PREPOSITIONS = new Set(['on', 'in', 'by', 'from', 'between', 'during', 'at', 'after', 'before', 'until', 'since']);

function weighDates(table: TokenTable, sentence: SentenceEvidence): number {
  let first = sentence.from;
  while (first < sentence.to && (table.pos[first] === 'NUM' || table.pos[first] === 'PUNCT') && !isDate(table, first)) first += 1;
  const opensOnDate = OPENING_PREPOSITIONS.has(table.lower[first] as string);
  let weight = 0;
  for (let i = first; i < sentence.to; i += 1) {
    if (!isDate(table, i)) continue;
    if (i - first < OPENING_WORDS && (i === first || opensOnDate)) weight += OPENING_DATE;
    else weight += isDayOfMonth(table, i) ? DAY_DATE : 1;
  }
  return weight;
}

const DAY_DATE = 2;

/** "4 June": a month after a number. */
function isDayOfMonth(table: TokenTable, at: number): boolean {
  return at > 0 && table.pos[at - 1] === 'NUM' && hasWordFlag(table, at, MONTHS);
}

function isDate(table: TokenTable, at: number): boolean {
  const word = table.lower[at] as string;
  return (word.length === 4 && YEAR.test(word)) || (hasWordFlag(table, at, MONTHS) && !(word === 'may' && table.pos[at] !== 'PROPN'));
}
