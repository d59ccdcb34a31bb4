import type { TokenTable } from '../nlp/token-table.js';
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

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
const YEAR = /^(19|20)\d\d$/;

/**
 * The kind of a passage read without its section heading: a recommendation when its sentences
 * mostly prescribe, a narrative when they only name topics or tell events (dates, background),
 * otherwise a finding. Findings are where themes and judgement words ("failed", "should have",
 * "practitioners") gather; narrative is where dates and life events do.
 */
export function inferKind(table: TokenTable, sentences: readonly SentenceEvidence[]): PassageKind {
  const stated = sentences.filter((sentence) => !sentence.topicOnly);
  if (stated.length === 0) return 'narrative';
  const prescriptive = stated.filter((sentence) => sentence.prescriptive).length;
  if (prescriptive * 2 >= stated.length) return 'recommendation';
  let finding = 0;
  let narrative = 0;
  for (const sentence of stated) {
    finding += 2 * (sentence.themes + sentence.findingCues);
    narrative += weighDates(table, sentence) + sentence.narrativeCues;
  }
  return finding >= narrative ? 'finding' : 'narrative';
}

/**
 * A chronology entry opens on its date ("On 4 June the health visitor called"); a finding mentions
 * dates on its way to a judgement ("the plan of March 2017 was still in use in 2018"). So a date
 * among the first words weighs OPENING_DATE, a date further on 1.
 */
const OPENING_WORDS = 4;
const OPENING_DATE = 3;

function weighDates(table: TokenTable, sentence: SentenceEvidence): number {
  let first = sentence.from;
  while (first < sentence.to && (table.pos[first] === 'NUM' || table.pos[first] === 'PUNCT') && !isDate(table, first)) first += 1;
  let weight = 0;
  for (let i = first; i < sentence.to; i += 1) if (isDate(table, i)) weight += i - first < OPENING_WORDS ? OPENING_DATE : 1;
  return weight;
}

function isDate(table: TokenTable, at: number): boolean {
  const word = table.lower[at] as string;
  return YEAR.test(word) || (MONTHS.has(word) && !(word === 'may' && table.pos[at] !== 'PROPN'));
}
