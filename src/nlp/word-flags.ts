import type { WordForm } from './word-key.js';

/**
 * Word lists that the reading tests token by token (clauses.ts, negation.ts), as bits of one
 * number per word form: each list registers once and gets a bit, and a form's bits are worked out
 * the first time the form is read, so a test in a hot loop is an AND, not a hash lookup per list.
 * const CUE = wordFlag(new Set(['not', 'never'])); (flagsOfForm(form) & CUE) !== 0
 */

const lists: Array<ReadonlySet<string>> = [];
/** Bits by WordForm.id, for the lists registered when they were worked out (`listsCounted`). */
const flagsById: number[] = [];
let listsCounted = 0;

/** The bit of a list of lower-case words. Up to 31 lists: the bits of a small integer. */
export function wordFlag(words: ReadonlySet<string>): number {
  if (lists.length === 31) throw new Error('word-flags: more than 31 word lists; merge some, or give the flags a second number');
  lists.push(words);
  return 1 << (lists.length - 1);
}

/** The bits of the lists that hold the form's lower-case text. */
export function flagsOfForm(form: WordForm): number {
  // A list registered after forms were read (a module loaded later) makes every form count again.
  if (listsCounted !== lists.length) [flagsById.length, listsCounted] = [0, lists.length];
  // Grown one slot at a time, so that the array stays dense (a sparse one is a hash table).
  while (flagsById.length <= form.id) flagsById.push(-1);
  let flags = flagsById[form.id] as number;
  if (flags < 0) {
    flags = 0;
    for (let bit = 0; bit < lists.length; bit += 1) if ((lists[bit] as ReadonlySet<string>).has(form.lower)) flags |= 1 << bit;
    flagsById[form.id] = flags;
  }
  return flags;
}

/** Whether token `at` of the table is a word of the list whose bit is `flag`; false past either end. */
export function hasWordFlag(table: { readonly flags: readonly number[] }, at: number, flag: number): boolean {
  return ((table.flags[at] ?? 0) & flag) !== 0;
}
