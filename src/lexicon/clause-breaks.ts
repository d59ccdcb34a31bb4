import type { TokenTable } from '../nlp/token-table.js';
import { hasWordFlag, wordFlag } from '../nlp/word-flags.js';

/** Punctuation that ends a segment of a sentence, which the statement reading takes on its own. */
export const SEGMENT_BREAKS = wordFlag(new Set([';', ':']));
/** Punctuation that ends a clause. */
export const CLAUSE_BREAKS = wordFlag(new Set([',', ';', ':', '(', ')', '—', '–']));

/** The first clause break after `from`, or `limit`. */
export function clauseEnd(table: TokenTable, from: number, limit: number): number {
  for (let i = from + 1; i < limit; i += 1) if (hasWordFlag(table, i, CLAUSE_BREAKS)) return i;
  return limit;
}

/** The first word of a segment that can open a clause: past paragraph numbers, punctuation and a leading "Recommendation". */
export function segmentOpener(table: TokenTable, from: number, to: number): number {
  let first = from;
  while (first < to && (table.pos[first] === 'NUM' || table.pos[first] === 'PUNCT' || table.lower[first] === 'recommendation')) first += 1;
  return first;
}
