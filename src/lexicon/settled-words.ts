import path from 'node:path';
import { LexiconError } from '../errors.js';
import type { LexiconFile } from './lexicon-file.js';
import { compilePattern, type CompiledPattern } from './pattern-matcher.js';
import type { ResolveOptions } from './pattern-anchors.js';
import { parsePattern, PatternSyntaxError } from './pattern-syntax.js';
import type { NumberedTable } from './vocabulary.js';

/**
 * The vocabulary of the settled-clause reading (settled-clauses.ts), read from word groups of the
 * lexicons (lexicons/settled.lex) so that researchers can edit it. Each group is one bit: a
 * sentence's tokens are given the bits of the groups whose match begins there, and the reading
 * tests bits.
 */
export const SETTLED_GROUPS = {
  right: { bit: 1 << 0, name: 'settled_right', holds: 'judgements that a decision was right ("reasonable")' },
  expectation: { bit: 1 << 1, name: 'settled_expectation', holds: 'words that make such a judgement counterfactual ("expected")' },
  claim: { bit: 1 << 2, name: 'settled_claim', holds: 'claims a review denies ("suggested")' },
  frame: { bit: 1 << 3, name: 'settled_frame', holds: 'words that frame a denial ("evidence")' },
  belief: { bit: 1 << 4, name: 'settled_belief', holds: 'frames of belief ("thought")' },
  opinion: { bit: 1 << 5, name: 'settled_opinion', holds: 'frames of opinion ("view")' },
  failure: { bit: 1 << 6, name: 'settled_failure', holds: 'failure words a denial is about ("underestimated")' },
  lapse: { bit: 1 << 7, name: 'settled_lapse', holds: 'failure nouns that "no" denies ("gap")' },
  deniedNoun: { bit: 1 << 8, name: 'settled_denied_noun', holds: 'failure nouns denied close after a negation ("concerns")' },
  refusal: { bit: 1 << 9, name: 'settled_refusal', holds: 'refusals that "not" denies ("refused")' },
  needed: { bit: 1 << 10, name: 'settled_needed', holds: 'words of a step that was needed ("necessary")' },
  reviewer: { bit: 1 << 11, name: 'settled_reviewer', holds: 'who carries out the review ("panel")' },
  method: { bit: 1 << 12, name: 'settled_method', holds: 'the review\'s own contact ("heard")' },
  contact: { bit: 1 << 13, name: 'settled_contact', holds: 'contact the review could not make ("speak")' },
} as const;

export type SettledGroup = keyof typeof SETTLED_GROUPS;

/** Bit masks of the groups, by their name in the reading: `BIT.failure`. */
export const BIT = Object.fromEntries(Object.entries(SETTLED_GROUPS).map(([group, { bit }]) => [group, bit])) as Record<SettledGroup, number>;

/** The settled groups compiled with the lexicons: what the reading is given. */
export interface SettledWords {
  readonly groups: ReadonlyArray<{ bit: number; pattern: CompiledPattern }>;
}

/** The settled-clause groups, or a LexiconError naming the file, the group and the fix. */
export function compileSettledWords(files: readonly LexiconFile[], options: ResolveOptions): SettledWords {
  const groups = Object.values(SETTLED_GROUPS).map(({ bit, name, holds }) => {
    const defined = files.flatMap((file) => file.groups.filter((group) => group.name === name).map((group) => ({ file: file.file, group })));
    const [found] = defined;
    if (!found) {
      const file = path.join(files[0] ? path.dirname(files[0].file) : '.', 'settled.lex');
      throw new LexiconError(
        `${file}: missing group @${name}, which the settled-clause reading needs (${holds}); define it with "group: @${name} = word | word ..." (see lexicons/README.md, "Settled clauses")`,
      );
    }
    try {
      return { bit, pattern: compilePattern(parsePattern(`@${name}`), { ...options, affirmFirstWord: false }) };
    } catch (err) {
      if (!(err instanceof PatternSyntaxError)) throw err;
      throw new LexiconError(`${found.file}:${found.group.line}: bad group @${name} "${found.group.text}" of the settled-clause reading: expected ${err.expected}, found ${err.found}`);
    }
  });
  return { groups };
}

/**
 * The groups whose match begins at each token of the sentence [from, to), as bits: the token at
 * `i` has `bits[i - from]`.
 */
export function settledBitsOf(words: SettledWords, table: NumberedTable, from: number, to: number): Int32Array {
  const bits = new Int32Array(to - from);
  for (const { bit, pattern } of words.groups) {
    for (let at = from; at < to; ) {
      const span = pattern.find(table, at, to);
      if (!span) break;
      bits[span.start - from] = (bits[span.start - from] as number) | bit;
      at = span.start + 1;
    }
  }
  return bits;
}

const SETTLED_NAMES: ReadonlySet<string> = new Set(Object.values(SETTLED_GROUPS).map(({ name }) => name));

/** The reading's own groups are not features of the learned layer: adding them would change what it was trained on. */
export function isSettledGroup(name: string): boolean {
  return SETTLED_NAMES.has(name);
}
