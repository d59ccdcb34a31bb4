import type { TokenTable } from '../nlp/token-table.js';
import { hasWordFlag } from '../nlp/word-flags.js';
import { clauseEnd, SEGMENT_BREAKS, segmentOpener } from './clause-breaks.js';

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nobody', 'none', 'nothing', 'neither']);
const HYPOTHETICAL = new Set(['would', 'could', 'might']);
/** Tags of the word after an opening "had" that make it a condition: "Had there been ...", "Had the manager ...". */
const SUBJECT_TAGS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADV']);

/**
 * A condition contrary to fact says that its own words did not happen: "Had the escalation
 * procedure been followed, the dispute would have reached a manager" and "If the GP had been told
 * of the conviction, he would have ..." state that it was not followed and he was not told. Such a
 * condition opens a segment of the sentence ("had" or "if" first), has a past participle, no
 * negation of its own and a subject other than "there", and "would/could/might ... have" follows
 * it. Its verb group is marked negated, before the patterns are looked up, so that it reads as the
 * statement it implies; readSentence() then leaves it factual (isCounterfactual).
 * "Had there been drift, ..." and "Had the GP not been told, ..." stay plain conditions.
 */
export function markCounterfactuals(table: TokenTable, from: number, to: number): void {
  let segment = from;
  for (let i = from; i <= to; i += 1) {
    if (i < to && !hasWordFlag(table, i, SEGMENT_BREAKS)) continue;
    const first = segmentOpener(table, segment, i);
    const end = clauseEnd(table, first, i);
    const verbs = counterfactualVerbs(table, first, end, i);
    if (verbs >= 0) table.negated.fill(1, verbs, end);
    segment = i + 1;
  }
}

/** "Had there been weak supervision, ...", "Had the manager ...": a condition, as "if there had been" is. */
export function isInvertedCondition(table: TokenTable, first: number): boolean {
  return table.lower[first] === 'had' && SUBJECT_TAGS.has(table.pos[first + 1] as string) && table.lower[first + 1] !== 'not';
}

/** True when the condition [first, end) is contrary to fact (see markCounterfactuals). */
export function isCounterfactual(table: TokenTable, first: number, end: number, to: number): boolean {
  return counterfactualVerbs(table, first, end, to) >= 0;
}

/** Where the verb group of a counterfactual condition at `first` begins; -1 when it is not one. */
function counterfactualVerbs(table: TokenTable, first: number, end: number, to: number): number {
  const inverted = isInvertedCondition(table, first);
  if ((!inverted && table.lower[first] !== 'if') || table.lower[first + 1] === 'there') return -1;
  for (let i = first; i < end; i += 1) if (NEGATIONS.has(table.lower[i] as string)) return -1;
  const verbs = inverted ? firstVerbGroup(table, first + 2, end) : perfectAfter(table, first + 2, end);
  return verbs >= 0 && participleAt(table, verbs, end) && saysWhatWouldHaveFollowed(table, end, to) ? verbs : -1;
}

/** The first auxiliary or verb after the inverted "had" and at least one word of subject. */
function firstVerbGroup(table: TokenTable, from: number, end: number): number {
  for (let i = from; i < end; i += 1) if (table.pos[i] === 'AUX' || table.pos[i] === 'VERB') return i;
  return -1;
}

/** "if the GP had been told": the "had" of the condition, after at least one word of subject. */
function perfectAfter(table: TokenTable, from: number, end: number): number {
  for (let i = from; i < end; i += 1) if (table.lower[i] === 'had') return i;
  return -1;
}

/** "been followed", "had known", "had spoken": a verb at `at` or after "had" and "been". */
function participleAt(table: TokenTable, at: number, end: number): boolean {
  let verb = at;
  while (verb < end && (table.lower[verb] === 'had' || table.lower[verb] === 'been')) verb += 1;
  return verb < end && table.pos[verb] === 'VERB';
}

/** "would have", "might not have", "could well have": the main clause says what would have followed. */
function saysWhatWouldHaveFollowed(table: TokenTable, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    if (!HYPOTHETICAL.has(table.lower[i] as string)) continue;
    for (let next = i + 1; next < Math.min(to, i + 4); next += 1) if (table.lower[next] === 'have') return true;
  }
  return false;
}
