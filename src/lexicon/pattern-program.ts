import { firstTokens, prefixTest, resolveGroup, startTokens, type FirstTokens, type PrefixTest, type ResolveOptions, unhandled } from './pattern-anchors.js';
import type { PatternNode, Polarity } from './pattern-syntax.js';
import { formOf } from './vocabulary.js';

/**
 * Patterns compiled to flat programs, all in one Int32Array (`code`), which the machine
 * (pattern-machine.ts) runs with an explicit backtrack stack. A pattern's instructions, the sets
 * its words are tested against and its alternatives' dispatch tables lie together, so a try
 * touches a few cache lines of one array rather than a chain of closures and small objects spread
 * over the heap, and matching allocates nothing. Offsets are into `code`; what follows an
 * instruction is the next one:
 *
 *   KEY polarity n id...      the token's key, or its un-key (then negated), is one of n numbers
 *   FORM polarity id          the token's lower-case form is this one
 *   PREFIX polarity test      the token begins so (prefixes[test])
 *   ANY                       any one token
 *   GAP max next test...      up to max tokens, then `next`, only where the start test passes
 *   TRY skip                  what follows, and failing that the instruction at `skip` (an optional item)
 *   ALT block                 the options of the dispatch block at `block` (below); each ends in a JUMP
 *   JUMP to                   goes on at `to`
 *   END                       a match ends here
 *
 * A start test (what the first token of a match can be) is `n keys... m forms... p prefixes...`,
 * keys and forms ascending; n = -1 when any token can begin. A dispatch block is `forms prefixes
 * always`, the offsets of its second to fourth lists, then the lists: options by key, by form, by
 * prefix bucket (as pairs: option, prefix test), and the options that can begin with anything (as
 * pairs: option, start test offset). A list by number is `n numbers... starts...` (n + 1 offsets
 * of the values, which follow), numbers ascending.
 */
export const KEY = 0;
export const FORM = 1;
export const PREFIX = 2;
export const ANY = 3;
export const GAP = 4;
export const TRY = 5;
export const ALT = 6;
export const JUMP = 7;
export const END = 8;

/** Polarity as the machine reads it. */
export const WANTED: Readonly<Record<Polarity, number>> = { any: 0, negated: 1, affirmed: 2 };

/**
 * Every program, one after another; grown by doubling while patterns are compiled. Programs are
 * never freed: a process compiles its lexicons once (a few times in tests and training),
 * under 4 MB for the project's lexicons (groups are written out in each pattern that uses them).
 */
export let code = new Int32Array(1 << 16);
let used = 0;
/** Prefix tests, by the number PREFIX instructions and dispatch blocks give. */
export const prefixes: PrefixTest[] = [];

/** Where a program's first instruction is, and its start test (-1 when any token may begin it). */
export interface Program {
  start: number;
  test: number;
}

function append(...values: number[]): number {
  const at = used;
  if (used + values.length > code.length) {
    const grown = new Int32Array(Math.max(code.length * 2, used + values.length));
    grown.set(code.subarray(0, used));
    code = grown;
  }
  code.set(values, used);
  used += values.length;
  return at;
}

/**
 * Compiles a pattern side. `affirmFirst`: its first word must not be negated (a pattern without "!").
 * compileProgram(parsePattern('!see alone').root, options, false) -> KEY 1 1 (see) KEY 0 1 (alone) END, after its start test
 */
export function compileProgram(root: PatternNode, options: ResolveOptions, affirmFirst: boolean): Program {
  const test = appendTest(startTokens([root], options, []), options);
  const start = used;
  emitNode(root, options, affirmFirst, [], null);
  append(END);
  return { start, test: code[test] === -1 ? -1 : test };
}

/** Appends a start test; returns its offset. */
function appendTest(first: FirstTokens | null, options: ResolveOptions): number {
  if (!first) return append(-1);
  const ascending = (texts: Iterable<string>) => [...new Set([...texts].map((text) => options.vocabulary.intern(text)))].sort((a, b) => a - b);
  const keys = ascending(first.keys);
  const forms = ascending([...first.lowers].map(formOf));
  const tests = first.prefixes.map((prefix) => prefixes.push(prefixTest(prefix, options.vocabulary)) - 1);
  return append(keys.length, ...keys, forms.length, ...forms, tests.length, ...tests);
}

/**
 * Appends `node`, to be followed by whatever is appended next.
 * `affirmFirst`: this node can be the first word of the match and must then not be negated.
 * `forced`: the polarity of an enclosing "!(...)" or "+(...)", which overrides the words' own.
 */
function emitNode(node: PatternNode, options: ResolveOptions, affirmFirst: boolean, path: readonly string[], forced: Polarity | null): void {
  const wanted = (own: Polarity) => WANTED[forced ?? (own === 'any' && affirmFirst ? 'affirmed' : own)];
  switch (node.type) {
    case 'word':
      options.reader.keysOf(node.word).forEach((keys, index) => {
        const ids = [...new Set(keys.map((key) => options.vocabulary.intern(key)))];
        append(KEY, index === 0 ? wanted(node.polarity) : WANTED.any, ids.length, ...ids);
      });
      return;
    case 'exact':
      node.words.flatMap((word) => options.reader.split(word)).forEach((word, index) => {
        append(FORM, index === 0 ? wanted(node.polarity) : WANTED.any, options.vocabulary.intern(formOf(word)));
      });
      return;
    case 'prefix':
      append(PREFIX, wanted(node.polarity), prefixes.push(prefixTest(node.prefix, options.vocabulary)) - 1);
      return;
    case 'any':
      append(ANY);
      return;
    case 'gap':
      return emitGap(node.max, null, options);
    case 'group':
      return emitNode(resolveGroup(node.name, options, path), options, affirmFirst, [...path, node.name], forced);
    case 'polar':
      return emitNode(node.node, options, false, path, node.polarity);
    case 'optional': {
      const at = append(TRY, -1);
      emitNode(node.node, options, affirmFirst, path, forced);
      code[at + 1] = used;
      return;
    }
    case 'alt':
      return emitAlternatives(node, options, affirmFirst, path, forced);
    case 'seq':
      node.items.forEach((item, index) => {
        // A gap tries only the positions where the items after it can begin.
        if (item.type === 'gap') return emitGap(item.max, startTokens(node.items.slice(index + 1), options, path), options);
        // The first word keeps the "not negated" rule; so does the next one while all before it are optional.
        const first = affirmFirst && node.items.slice(0, index).every((before) => before.type === 'optional');
        emitNode(item, options, first, path, forced);
      });
      return;
    default:
      return unhandled(node);
  }
}

function emitGap(max: number, following: FirstTokens | null, options: ResolveOptions): void {
  const at = append(GAP, max, -1);
  appendTest(following, options);
  code[at + 2] = used;
}

/**
 * Files each option of an alternative by what it can begin with (firstTokens: the order in which
 * options are tried depends on it, so it does not look past optional words); options that can
 * begin with anything, or with a prefix shorter than a bucket, come last, each behind the start
 * test of what it can begin with past optional words. A group of forty agencies then costs a
 * search in a sorted list per token, not forty tries.
 */
function emitAlternatives(node: PatternNode, options: ResolveOptions, affirmFirst: boolean, path: readonly string[], forced: Polarity | null): void {
  const { vocabulary } = options;
  const byKey = new Map<number, number[]>();
  const byForm = new Map<number, number[]>();
  const byPrefix = new Map<number, number[]>();
  const always: Array<{ start: number; node: PatternNode; path: readonly string[] }> = [];
  const alt = append(ALT, -1);
  const jumps: number[] = [];
  for (const option of flattenAlternatives(node, options, path)) {
    const start = used;
    emitNode(option.node, options, affirmFirst, option.path, forced);
    jumps.push(append(JUMP, -1));
    const first = firstTokens(option.node, options, option.path);
    const tests = first?.prefixes.map((prefix) => prefixTest(prefix, vocabulary)) ?? [];
    if (!first || tests.some((test) => test.bucket < 0)) {
      always.push({ start, ...option });
      continue;
    }
    for (const key of first.keys) file(byKey, vocabulary.intern(key), start);
    for (const lower of first.lowers) file(byForm, vocabulary.intern(formOf(lower)), start);
    for (const test of tests) file(byPrefix, test.bucket, start, prefixes.push(test) - 1);
  }
  // Each offset is worked out before it is stored: appending may move `code` to a larger array.
  const block = append(-1, -1, -1);
  code[alt + 1] = block;
  appendLists(byKey);
  const forms = appendLists(byForm);
  const prefixLists = appendLists(byPrefix);
  const last = append(always.length, ...always.flatMap((option) => [option.start, -1]));
  const tests = always.map((option) => appendTest(startTokens([option.node], options, option.path), options));
  [code[block], code[block + 1], code[block + 2]] = [forms, prefixLists, last];
  tests.forEach((test, at) => (code[last + 2 + 2 * at] = test));
  for (const jump of jumps) code[jump + 1] = used;
}

/** Appends lists by number (n numbers... starts... values...); returns the offset. */
function appendLists(lists: ReadonlyMap<number, readonly number[]>): number {
  const numbers = [...lists.keys()].sort((a, b) => a - b);
  const at = append(numbers.length, ...numbers, ...numbers.map(() => -1), -1);
  numbers.forEach((number, index) => {
    code[at + 1 + numbers.length + index] = used;
    append(...(lists.get(number) as number[]));
  });
  code[at + 1 + 2 * numbers.length] = used;
  return at;
}

function file(map: Map<number, number[]>, key: number, ...values: number[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}

/** The options of an alternative, with nested alternatives and groups of alternatives spread out. */
function flattenAlternatives(node: PatternNode, options: ResolveOptions, path: readonly string[]): Array<{ node: PatternNode; path: readonly string[] }> {
  if (node.type === 'alt') return node.options.flatMap((option) => flattenAlternatives(option, options, path));
  if (node.type === 'group') return flattenAlternatives(resolveGroup(node.name, options, path), options, [...path, node.name]);
  return [{ node, path }];
}
