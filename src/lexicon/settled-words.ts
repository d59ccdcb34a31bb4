import path from 'node:path';
import { LexiconError } from '../errors.js';
import type { LexiconFile } from './lexicon-file.js';
import { compilePattern, type CompiledPattern } from './pattern-matcher.js';
import { resolveGroup, type ResolveOptions } from './pattern-anchors.js';
import { PatternSyntaxError, type PatternNode } from './pattern-syntax.js';
import { formOf, type NumberedTable } from './vocabulary.js';

/**
 * The vocabulary of the settled-clause reading (settled-clauses.ts), read from word groups of the
 * lexicons (lexicons/settled.lex) so that researchers can edit it. Each group is one bit: the
 * reading asks which groups' matches begin at a token, as bits.
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
  needed: { bit: 1 << 10, name: 'settled_needed', holds: 'words that say a step was needed, read when denied ("necessary")' },
  reviewer: { bit: 1 << 11, name: 'settled_reviewer', holds: 'who carries out the review ("panel")' },
  method: { bit: 1 << 12, name: 'settled_method', holds: 'the review\'s own contact ("heard")' },
  contact: { bit: 1 << 13, name: 'settled_contact', holds: 'contact the review could not make ("speak")' },
} as const;

export type SettledGroup = keyof typeof SETTLED_GROUPS;

/** Bit masks of the groups, by their name in the reading: `BIT.failure`. */
export const BIT = Object.fromEntries(Object.entries(SETTLED_GROUPS).map(([group, { bit }]) => [group, bit])) as Record<SettledGroup, number>;

/**
 * The settled groups compiled with the lexicons: what the reading is given. A one-word option of
 * a group, of any polarity, is looked up by the token's numbers (as the matcher compares them:
 * key or un-key, exact form); the other options (phrases, prefixes, marked polarity) are matched
 * by the pattern matcher, one pattern a group that has them.
 */
export interface SettledWords {
  /** Bits by the vocabulary number of a key (a token's key or un-key)... */
  readonly byKey: Int32Array;
  /** ...and of an exact form ("=met"). */
  readonly byForm: Int32Array;
  readonly phrases: ReadonlyArray<{ bit: number; pattern: CompiledPattern }>;
  /** The bits of the groups that have phrases: only a question about one of them needs the matcher. */
  readonly phraseBits: number;
}

/** The settled-clause groups, or a LexiconError naming the file, the group and the fix. */
export function compileSettledWords(files: readonly LexiconFile[], options: ResolveOptions): SettledWords {
  const keys: Array<[number, number]> = [];
  const forms: Array<[number, number]> = [];
  const phrases: Array<{ bit: number; pattern: CompiledPattern }> = [];
  for (const { bit, name, holds } of Object.values(SETTLED_GROUPS)) {
    const found = files.flatMap((file) => file.groups.filter((group) => group.name === name).map((group) => ({ file: file.file, group })))[0];
    if (!found) {
      const file = path.join(files[0] ? path.dirname(files[0].file) : '.', 'settled.lex');
      throw new LexiconError(
        `${file}: missing group @${name}, which the settled-clause reading needs (${holds}); define it with "group: @${name} = word | word ..." (see lexicons/README.md, "Settled clauses")`,
      );
    }
    try {
      const rest: PatternNode[] = [];
      for (const option of optionsOf({ type: 'group', name }, options, [])) {
        const one = oneWord(option, options);
        if (one?.type === 'key') keys.push(...one.numbers.map((number): [number, number] => [number, bit]));
        else if (one?.type === 'form') forms.push([one.number, bit]);
        else rest.push(option);
      }
      if (rest.length > 0) phrases.push({ bit, pattern: compilePattern({ root: { type: 'alt', options: rest } }, { ...options, affirmFirstWord: false }) });
    } catch (err) {
      if (!(err instanceof PatternSyntaxError)) throw err;
      throw new LexiconError(`${found.file}:${found.group.line}: bad group @${name} "${found.group.text}" of the settled-clause reading: expected ${err.expected}, found ${err.found}`);
    }
  }
  const size = options.vocabulary.size;
  return { byKey: bitsByNumber(keys, size), byForm: bitsByNumber(forms, size), phrases, phraseBits: phrases.reduce((bits, { bit }) => bits | bit, 0) };
}

/** The options of a group, its groups opened (throws PatternSyntaxError for an undefined group or a cycle). */
function optionsOf(node: PatternNode, options: ResolveOptions, path: readonly string[]): PatternNode[] {
  if (node.type === 'alt') return node.options.flatMap((option) => optionsOf(option, options, path));
  if (node.type === 'group') return optionsOf(resolveGroup(node.name, options, path), options, [...path, node.name]);
  return [node];
}

/** The numbers a one-word option of any polarity matches by, or null for any other option. */
function oneWord(node: PatternNode, { reader, vocabulary }: ResolveOptions): { type: 'key'; numbers: number[] } | { type: 'form'; number: number } | null {
  if (node.type === 'word' && node.polarity === 'any') {
    const tokens = reader.keysOf(node.word);
    return tokens.length === 1 ? { type: 'key', numbers: (tokens[0] as string[]).map((key) => vocabulary.intern(key)) } : null;
  }
  if (node.type === 'exact' && node.polarity === 'any') {
    const tokens = node.words.flatMap((word) => reader.split(word));
    return tokens.length === 1 ? { type: 'form', number: vocabulary.intern(formOf(tokens[0] as string)) } : null;
  }
  return null;
}

function bitsByNumber(entries: ReadonlyArray<[number, number]>, size: number): Int32Array {
  const bits = new Int32Array(size);
  for (const [number, bit] of entries) bits[number] = (bits[number] as number) | bit;
  return bits;
}

/** The bits of vocabulary number `number` (-1, or a number made after the settled words, has none). */
const bitsAt = (bits: Int32Array, number: number): number => (number >= 0 && number < bits.length ? (bits[number] as number) : 0);

/** The groups of one-word options that the token at `at` matches, as bits. */
export function wordBitsAt(words: SettledWords, table: NumberedTable, at: number): number {
  return bitsAt(words.byKey, table.keyIds[at] as number) | bitsAt(words.byKey, table.unKeyIds[at] as number) | bitsAt(words.byForm, table.formIds[at] as number);
}

const NO_PHRASES: readonly number[] = [];

/** Where the phrase options of the groups begin in the sentence [from, to): pairs of token, bit (most sentences have none). */
export function phraseStartsOf(words: SettledWords, table: NumberedTable, from: number, to: number): readonly number[] {
  let starts: number[] | null = null;
  for (const { bit, pattern } of words.phrases) {
    for (let at = from; at < to; ) {
      const span = pattern.find(table, at, to);
      if (!span) break;
      (starts ??= []).push(span.start, bit);
      at = span.start + 1;
    }
  }
  return starts ?? NO_PHRASES;
}

const SETTLED_NAMES: ReadonlySet<string> = new Set(Object.values(SETTLED_GROUPS).map(({ name }) => name));

/** The reading's own groups are not features of the learned layer: adding them would change what it was trained on. */
export function isSettledGroup(name: string): boolean {
  return SETTLED_NAMES.has(name);
}
