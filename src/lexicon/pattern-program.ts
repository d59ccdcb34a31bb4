import { firstTokens, prefixTest, resolveGroup, startTest, type PrefixTest, type ResolveOptions, type StartTest, unhandled } from './pattern-anchors.js';
import type { PatternNode, Polarity } from './pattern-syntax.js';
import { formOf } from './vocabulary.js';

/**
 * A pattern compiled to a flat program: one Int32Array of instructions that the machine
 * (pattern-machine.ts) runs with an explicit backtrack stack. A pattern's instructions lie
 * together in memory, so a try touches a few cache lines instead of a chain of closures spread
 * over the heap, and matching allocates nothing. What follows an instruction is the next one:
 *
 *   KEY polarity n id...   the token's key, or its un-key (then negated), is one of n numbers
 *   FORM polarity id       the token's lower-case form is this one
 *   PREFIX polarity test   the token begins so (prefixes[test])
 *   ANY                    any one token
 *   GAP max test           up to max tokens, then what follows, only where tests[test] passes (-1: anywhere)
 *   TRY skip               what follows, and failing that the instruction at `skip` (an optional item)
 *   ALT dispatch           the options of dispatches[dispatch], in their order; each ends in a JUMP
 *   JUMP to                goes on at `to`
 *   END                    a match ends here
 */
/** Instruction codes (plain numbers, so that the machine's switch compares small integers). */
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
 * Lists of numbers filed under numbers, packed: keys[i] (ascending) files values[starts[i]] up to
 * values[starts[i + 1]]. lookup() is a binary search.
 */
export class SortedLists {
  readonly keys: Int32Array;
  readonly starts: Int32Array;
  readonly values: Int32Array;

  constructor(lists: ReadonlyMap<number, readonly number[]>) {
    const keys = [...lists.keys()].sort((a, b) => a - b);
    this.keys = Int32Array.from(keys);
    this.starts = new Int32Array(keys.length + 1);
    const values: number[] = [];
    keys.forEach((key, at) => {
      values.push(...(lists.get(key) as number[]));
      this.starts[at + 1] = values.length;
    });
    this.values = Int32Array.from(values);
  }

  /** The place of `key` in keys, or -1. */
  lookup(key: number): number {
    const { keys } = this;
    let [low, high] = [0, keys.length - 1];
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = keys[middle] as number;
      if (found === key) return middle;
      if (found < key) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

/**
 * How an alternative picks its options at a token: those filed under the token's key, then its
 * un-key, then its form, then its prefix bucket (each behind its prefix test), then the options
 * that can begin with anything, in their order, each behind its start test (-1: none). Values are
 * the options' first instructions. A group of forty agencies costs a search, not forty tries.
 */
export interface Dispatch {
  byKey: SortedLists;
  byForm: SortedLists;
  byPrefix: SortedLists;
  /** Parallel to byPrefix.values: the index in Program.prefixes of each option's test. */
  prefixTests: Int32Array;
  always: Int32Array;
  alwaysTests: Int32Array;
}

export interface Program {
  code: Int32Array;
  tests: StartTest[];
  prefixes: PrefixTest[];
  dispatches: Dispatch[];
}

/**
 * Compiles a pattern side. `affirmFirst`: its first word must not be negated (a pattern without "!").
 * compileProgram(parsePattern('!see alone').root, options, false).code -> KEY 1 1 (see) KEY 0 1 (alone) END
 */
export function compileProgram(root: PatternNode, options: ResolveOptions, affirmFirst: boolean): Program {
  const program: Program = { code: new Int32Array(0), tests: [], prefixes: [], dispatches: [] };
  const code: number[] = [];
  const emit = (node: PatternNode, first: boolean, path: readonly string[], forced: Polarity | null) => emitNode(node, { options, program, code }, first, path, forced);
  emit(root, affirmFirst, [], null);
  code.push(END);
  program.code = Int32Array.from(code);
  return program;
}

interface Emitter {
  options: ResolveOptions;
  program: Program;
  code: number[];
}

/**
 * Emits `node`, to be followed by whatever is emitted next.
 * `affirmFirst`: this node can be the first word of the match and must then not be negated.
 * `forced`: the polarity of an enclosing "!(...)" or "+(...)", which overrides the words' own.
 */
function emitNode(node: PatternNode, out: Emitter, affirmFirst: boolean, path: readonly string[], forced: Polarity | null): void {
  const { options, code } = out;
  const wanted = (own: Polarity) => WANTED[forced ?? (own === 'any' && affirmFirst ? 'affirmed' : own)];
  switch (node.type) {
    case 'word':
      options.reader.keysOf(node.word).forEach((keys, index) => {
        const ids = [...new Set(keys.map((key) => options.vocabulary.intern(key)))];
        code.push(KEY, index === 0 ? wanted(node.polarity) : WANTED.any, ids.length, ...ids);
      });
      return;
    case 'exact':
      node.words.flatMap((word) => options.reader.split(word)).forEach((word, index) => {
        code.push(FORM, index === 0 ? wanted(node.polarity) : WANTED.any, options.vocabulary.intern(formOf(word)));
      });
      return;
    case 'prefix':
      code.push(PREFIX, wanted(node.polarity), out.program.prefixes.push(prefixTest(node.prefix, options.vocabulary)) - 1);
      return;
    case 'any':
      code.push(ANY);
      return;
    case 'gap':
      code.push(GAP, node.max, -1);
      return;
    case 'group':
      return emitNode(resolveGroup(node.name, options, path), out, affirmFirst, [...path, node.name], forced);
    case 'polar':
      return emitNode(node.node, out, false, path, node.polarity);
    case 'optional': {
      const at = code.push(TRY, -1) - 2;
      emitNode(node.node, out, affirmFirst, path, forced);
      code[at + 1] = code.length;
      return;
    }
    case 'alt':
      return emitAlternatives(node, out, affirmFirst, path, forced);
    case 'seq':
      node.items.forEach((item, index) => {
        if (item.type === 'gap') {
          // A gap tries only the positions where the items after it can begin.
          const test = startTest(node.items.slice(index + 1), options, path);
          code.push(GAP, item.max, test === null ? -1 : out.program.tests.push(test) - 1);
          return;
        }
        // The first word keeps the "not negated" rule; so does the next one while all before it are optional.
        const first = affirmFirst && node.items.slice(0, index).every((before) => before.type === 'optional');
        emitNode(item, out, first, path, forced);
      });
      return;
    default:
      return unhandled(node);
  }
}

/**
 * Files each option of an alternative by what it can begin with (firstTokens: the order in which
 * options are tried depends on it, so it does not look past optional words); options that can
 * begin with anything, or with a prefix shorter than a bucket, come last, each behind the start
 * test of what it can begin with past optional words, if any.
 */
function emitAlternatives(node: PatternNode, out: Emitter, affirmFirst: boolean, path: readonly string[], forced: Polarity | null): void {
  const { options, code, program } = out;
  const { vocabulary } = options;
  const byKey = new Map<number, number[]>();
  const byForm = new Map<number, number[]>();
  const byPrefix = new Map<number, Array<[number, number]>>();
  const always: number[] = [];
  const alwaysTests: number[] = [];
  code.push(ALT, program.dispatches.length);
  const dispatchAt = program.dispatches.push(undefined as unknown as Dispatch) - 1;
  const jumps: number[] = [];
  for (const option of flattenAlternatives(node, options, path)) {
    const start = code.length;
    emitNode(option.node, out, affirmFirst, option.path, forced);
    jumps.push(code.push(JUMP, -1) - 2);
    const first = firstTokens(option.node, options, option.path);
    const prefixes = first?.prefixes.map((prefix) => prefixTest(prefix, vocabulary)) ?? [];
    if (!first || prefixes.some((test) => test.bucket < 0)) {
      const test = startTest([option.node], options, option.path);
      always.push(start);
      alwaysTests.push(test === null ? -1 : program.tests.push(test) - 1);
      continue;
    }
    for (const key of first.keys) file(byKey, vocabulary.intern(key), start);
    for (const lower of first.lowers) file(byForm, vocabulary.intern(formOf(lower)), start);
    for (const test of prefixes) file(byPrefix, test.bucket, [start, program.prefixes.push(test) - 1]);
  }
  for (const jump of jumps) code[jump + 1] = code.length;
  const prefixLists = new SortedLists(new Map([...byPrefix].map(([bucket, list]) => [bucket, list.map(([start]) => start)])));
  const prefixTests = [...prefixLists.keys].flatMap((bucket) => (byPrefix.get(bucket) as Array<[number, number]>).map(([, test]) => test));
  program.dispatches[dispatchAt] = {
    byKey: new SortedLists(byKey),
    byForm: new SortedLists(byForm),
    byPrefix: prefixLists,
    prefixTests: Int32Array.from(prefixTests),
    always: Int32Array.from(always),
    alwaysTests: Int32Array.from(alwaysTests),
  };
}

function file<V>(map: Map<number, V[]>, key: number, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The options of an alternative, with nested alternatives and groups of alternatives spread out. */
function flattenAlternatives(node: PatternNode, options: ResolveOptions, path: readonly string[]): Array<{ node: PatternNode; path: readonly string[] }> {
  if (node.type === 'alt') return node.options.flatMap((option) => flattenAlternatives(option, options, path));
  if (node.type === 'group') return flattenAlternatives(resolveGroup(node.name, options, path), options, [...path, node.name]);
  return [{ node, path }];
}
