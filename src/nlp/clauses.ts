import type { TokenTable } from './token-table.js';
import { wordFlag } from './word-flags.js';

/** What clause boundaries are read from. */
type ClauseReading = Pick<TokenTable, 'count' | 'lower' | 'flags' | 'pos' | 'start' | 'end'>;

/**
 * Clause boundaries in report prose: where negation scope ends (negation.ts) and what the
 * pattern language's same-clause operator ("A ~ B") stays inside. A boundary is punctuation that
 * closes a phrase, a word that opens a subordinate or contrasting clause, a subordinating "that",
 * or an "and" that joins two clauses rather than two nouns.
 */

/** Punctuation that closes a phrase, and the bullets that start list items in text taken from PDFs (wink tags them X). */
const BOUNDARY_PUNCT = wordFlag(new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–', '-', '•', '▪', '◦', '●', '‣', '⁃', '∙', '\uf0b7']));
const BOUNDARY_WORDS = wordFlag(new Set([
  'but', 'yet', 'although', 'though', 'while', 'whilst', 'whereas', 'because', 'since', 'so', 'until', 'unless',
  'however', 'which', 'who', 'whom', 'whose', 'where', 'when', 'despite', 'instead', 'rather', 'whether', 'if', 'once',
]));
/**
 * "Once" opens a clause as a conjunction ("once the crisis passed, ...") but not as an adverb:
 * "never once opened the file", "only once", "at once", "once a month", "once or twice".
 */
const ONCE_ADVERB_BEFORE = new Set(['never', 'not', 'only', 'at', 'than', 'just']);
const ONCE_ADVERB_AFTER = new Set(['or', 'a', 'again', 'more', 'every', 'each']);
/**
 * A wh-clause has its own verb: in "no one asked what the mother told the school", "told" is not
 * negated. "How to" is no clause: in "not taken into account in planning how to seek her views"
 * the negation reaches "seek".
 */
const WH_CLAUSE_WORDS = wordFlag(new Set(['what', 'how', 'why']));
const VERB_TAGS = new Set(['VERB', 'AUX']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
/** Words that open a noun phrase: "the missed appointments", "the police and the school". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'his', 'her', 'their', 'its', 'each', 'every']);

/**
 * 1 for a token that opens a clause (a boundary token), 0 otherwise; the first token is judged
 * too, since negation scope stops at it. Worked out once a passage, for numberClauses() and
 * negation.ts alike.
 */
export function clauseBoundaries(table: ClauseReading): number[] {
  const verbAhead = verbsBeforeNextPunctuation(table);
  const boundaries = new Array<number>(table.count);
  let verbInClause = false;
  for (let i = 0; i < table.count; i += 1) {
    const boundary: boolean = table.lower[i] === 'and' ? joinsClauses(table, i, verbAhead, verbInClause) : isClauseBoundary(table, i);
    boundaries[i] = boundary ? 1 : 0;
    verbInClause = !boundary && (verbInClause || VERB_TAGS.has(table.pos[i] as string));
  }
  return boundaries;
}

/**
 * "And" joins two clauses when a verb follows it before the next punctuation mark, and two nouns
 * otherwise ("not shared with the police and the school"). Before any verb of its clause, "and"
 * between two nouns (the second may have a determiner) that a finite verb follows joins one subject:
 * "no evidence that her wishes and feelings were considered", "weak communication between the police
 * and the school should be escalated" (one prescription). Anything longer stays two clauses: in "no one considered that
 * the crying and refusal of feeds might be signs of injury" the scope ends at "and".
 */
function joinsClauses(table: ClauseReading, at: number, verbAhead: readonly number[], verbInClause: boolean): boolean {
  if (verbAhead[at + 1] !== 1) return false;
  if (verbInClause) return true;
  const { pos, lower } = table;
  const second = DETERMINERS.has(lower[at + 1] as string) ? at + 2 : at + 1;
  const nouns = NOUN_TAGS.has(pos[at - 1] as string) && NOUN_TAGS.has(pos[second] as string);
  const finite = pos[second + 1] === 'AUX' || (pos[second + 1] === 'VERB' && !(lower[second + 1] as string).endsWith('ing'));
  return !(nouns && finite);
}

/**
 * The clause number of each token: a boundary token opens a new clause, so two tokens lie in one
 * clause when no boundary stands after the first and up to the second.
 * "Supervision was weak, and the plan drifted" -> 0 0 0 1 1 1 1 1 ("," and "and" each open one).
 */
export function numberClauses(boundaries: readonly number[]): number[] {
  const clauses = new Array<number>(boundaries.length);
  let clause = 0;
  for (let i = 0; i < boundaries.length; i += 1) {
    if (i > 0 && boundaries[i] === 1) clause += 1;
    clauses[i] = clause;
  }
  return clauses;
}

function isClauseBoundary(table: ClauseReading, i: number): boolean {
  const word = table.lower[i] as string;
  const tag = table.pos[i] as string;
  const flags = table.flags[i] as number;
  if (word === '-') return !isInsideWord(table, i);
  if (tag === 'PUNCT' || tag === 'X') return (flags & BOUNDARY_PUNCT) !== 0;
  if (word === 'once') return !ONCE_ADVERB_BEFORE.has(table.lower[i - 1] ?? '') && !ONCE_ADVERB_AFTER.has(table.lower[i + 1] ?? '');
  if ((flags & BOUNDARY_WORDS) !== 0) return true;
  if ((flags & WH_CLAUSE_WORDS) !== 0) return table.lower[i + 1] !== 'to';
  return word === 'that' && tag === 'SCONJ';
}

/** A hyphen with no space on either side joins a word ("self-report"); a spaced one is a dash. */
function isInsideWord(table: ClauseReading, i: number): boolean {
  return i > 0 && i + 1 < table.count && table.start[i] === table.end[i - 1] && table.start[i + 1] === table.end[i];
}

/** verbAhead[i] is 1 when a verb stands at or after token i before the next punctuation mark. */
function verbsBeforeNextPunctuation(table: ClauseReading): number[] {
  const verbAhead = new Array<number>(table.count + 1).fill(0);
  for (let i = table.count - 1; i >= 0; i -= 1) {
    const tag = table.pos[i] as string;
    if (tag === 'PUNCT') continue;
    verbAhead[i] = VERB_TAGS.has(tag) || verbAhead[i + 1] === 1 ? 1 : 0;
  }
  return verbAhead;
}
