import type { TokenTable } from '../nlp/token-table.js';
import type { Span } from './pattern-matcher.js';

/**
 * Words that open a sentence by pointing back at the one before: "Ms B's drug use was known to
 * every agency. It was explored by none." Reports often state a failure this way, the concept in
 * one sentence and what was not done in the next, so the tagger also reads such a sentence's
 * first clause as the end of the sentence before it (tagger.ts). Possessives ("His", "Her") and
 * "Nobody" are left out: they open new statements more often than they continue one.
 */
const POINTS_BACK = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'he', 'she', 'none', 'both', 'neither']);

/**
 * Whether the sentence [from, to) opens with a word that points back, used as a pronoun: a verb
 * or "of" follows it ("This was not shared", "None of them said so"), not a noun ("That evening",
 * "Neither parent").
 */
export function continuesSentenceBefore(table: TokenTable, from: number, to: number): boolean {
  if (to - from < 3 || !POINTS_BACK.has(table.lower[from] as string)) return false;
  const next = table.pos[from + 1];
  if (next !== 'AUX' && next !== 'VERB' && table.lower[from + 1] !== 'of') return false;
  return table.lower[from] !== 'it' || !introducesClause(table, from, to);
}

/** Words that open the clause an introductory "it" stands for ("It is clear that ...", "It was unclear whether ..."). */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'who']);

/**
 * Whether the "it" at `from` only introduces a clause that follows ("It was a mistake to accept
 * ...", "It seems likely that ...") rather than pointing back: an infinitive "to" or a word that
 * opens a clause ("that", "whether" ...) comes in its clause or ends it (wink does not always
 * read "that" as the conjunction that ends a clause).
 */
function introducesClause(table: TokenTable, from: number, to: number): boolean {
  const clause = table.clauses[from];
  for (let at = from + 1; at < to; at += 1) {
    const word = table.lower[at] as string;
    if (CLAUSE_OPENERS.has(word) || (word === 'to' && table.pos[at] === 'PART')) return true;
    if (table.clauses[at] !== clause) return false;
  }
  return false;
}

/**
 * Runs `read` with the first clause of the sentence [from, to) numbered as the last clause of the
 * sentence before it, [first, from), so that a same-clause pattern can take one side from each;
 * the numbering is restored afterwards.
 */
export function withClausesJoined<T>(table: TokenTable, first: number, from: number, to: number, read: () => T): T {
  const { clauses } = table;
  let last = from - 1;
  while (last > first && table.pos[last] === 'PUNCT') last -= 1;
  const joined = clauses[last] as number;
  const opening = clauses[from] as number;
  let end = last + 1;
  while (end < to && (end < from || clauses[end] === opening)) end += 1;
  const saved = clauses.slice(last + 1, end);
  clauses.fill(joined, last + 1, end);
  try {
    return read();
  } finally {
    saved.forEach((clause, at) => (clauses[last + 1 + at] = clause));
  }
}

/**
 * Whether a match over two joined sentences (while withClausesJoined holds) takes a part from each:
 * anywhere in the first, which the pointing word refers back to, and within the first clause of
 * the second, which continues it ("This meant that nobody held the full picture" says nothing of
 * the sentence before after "that"). A part that runs across the full stop does not count.
 */
export function takesFromBoth(table: TokenTable, span: Span, from: number): boolean {
  const joined = table.clauses[from];
  let before = false;
  let after = false;
  for (const [start, end] of span.parts) {
    if (end <= from) before = true;
    else if (start >= from && table.clauses[end - 1] === joined) after = true;
    else return false;
  }
  return before && after;
}
