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
