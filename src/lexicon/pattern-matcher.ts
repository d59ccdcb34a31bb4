import {
  bitsOf,
  canStartAt,
  combineNeeds,
  firstTokens,
  hasBit,
  needsOf,
  passesPrefix,
  prefixTest,
  resolveGroup,
  smallSet,
  startTest,
  type Need,
  type PrefixTest,
  type ResolveOptions,
  type StartTest,
  unhandled,
} from './pattern-anchors.js';
import type { NearWindow, PatternNode, PatternTree, Polarity } from './pattern-syntax.js';
import { formOf, type NumberedTable } from './vocabulary.js';

export type { WordReader } from './pattern-anchors.js';

/**
 * Compiles a parsed pattern into a matcher. Each node is compiled knowing the node that follows it,
 * so a match runs as direct calls from word to word, backtracking through alternatives, optional
 * words and bounded gaps without allocating anything on the way; the final step reports where the
 * match ended. Gaps are bounded, so there is no regular-expression blow-up.
 */

/** Receives the end of a match; returning false asks for the next way of matching. */
export type Continuation = (end: number) => boolean;
/** Matches from token `at` (never past `limit`) and hands on to what follows, down to `done`. */
type Step = (table: NumberedTable, at: number, limit: number, done: Continuation) => boolean;

export interface CompiledPattern {
  /** Finds the leftmost match in [from, limit) starting at or after `from`; null when none. */
  find(table: NumberedTable, from: number, limit: number): Span | null;
  /** The ways the pattern can match, each as the key sets a sentence must contain: one that meets none is skipped. */
  needs: readonly Need[];
}

export interface Span {
  start: number;
  end: number;
  /** For a co-occurrence pattern, the two parts; otherwise the span itself. */
  parts: Array<[number, number]>;
}

export interface CompileOptions extends ResolveOptions {
  /**
   * Whether a pattern without "!" requires its first word not negated (the default). Guards
   * ("unless:") describe context and match whatever the negation, unless marked.
   */
  affirmFirstWord?: boolean;
}

const END: Step = (_table, at, _limit, done) => done(at);

/** compilePattern(parsePattern('!see alone'), options).find(table, 0, table.count) -> { start, end, parts } */
export function compilePattern(tree: PatternTree, options: CompileOptions): CompiledPattern {
  const noNegatedWord = !hasNegatedTerm(tree.root, options, []) && !(tree.near && hasNegatedTerm(tree.near.node, options, []));
  const affirmFirst = options.affirmFirstWord !== false && noNegatedWord;
  const part = (node: PatternNode): Part => ({ step: compileNode(node, END, options, affirmFirst, []), canStart: startTest([node], options, []) });
  const root = part(tree.root);
  if (!tree.near) {
    return { needs: needsOf(tree.root, options, []), find: (table, from, limit) => findSpan(root, table, from, limit) };
  }
  const other = part(tree.near.node);
  const window = tree.near.window;
  return {
    needs: combineNeeds(needsOf(tree.root, options, []), needsOf(tree.near.node, options, [])),
    find: (table, from, limit) => findNear(root, other, window, table, from, limit),
  };
}

/** A compiled pattern side, with the test its first token must pass. */
interface Part {
  step: Step;
  canStart: StartTest | null;
}

/**
 * Where the continuations below leave the ends they are given. Made once, not per call: a step
 * never starts another search, so one search at a time uses them, and matching allocates no closure.
 */
let firstEnd = -1;
const STOP_AT_FIRST: Continuation = (at) => {
  firstEnd = at;
  return true;
};
const everyEnd: number[] = [];
const COLLECT_ENDS: Continuation = (at) => {
  if (!everyEnd.includes(at)) everyEnd.push(at);
  return false;
};

function findSpan({ step, canStart }: Part, table: NumberedTable, from: number, limit: number): Span | null {
  for (let start = from; start < limit; start += 1) {
    if (canStart && !canStartAt(canStart, table, start)) continue;
    if (step(table, start, limit, STOP_AT_FIRST)) return { start, end: firstEnd, parts: [[start, firstEnd]] };
  }
  return null;
}

/**
 * Every span of the pattern in [from, limit) into `spans`, as flat pairs start, end: all starts,
 * and all ends of each start (in the order first found). Returns the number of values written.
 */
function allSpans({ step, canStart }: Part, table: NumberedTable, from: number, limit: number, spans: number[]): number {
  let length = 0;
  for (let start = from; start < limit; start += 1) {
    if (canStart && !canStartAt(canStart, table, start)) continue;
    everyEnd.length = 0;
    step(table, start, limit, COLLECT_ENDS);
    for (const end of everyEnd) {
      spans[length] = start;
      spans[length + 1] = end;
      length += 2;
    }
  }
  return length;
}

/** The spans of the two sides of a co-occurrence, reused by every search (one runs at a time). */
const lefts: number[] = [];
const rights: number[] = [];

function findNear(left: Part, right: Part, window: NearWindow, table: NumberedTable, from: number, limit: number): Span | null {
  const leftLength = allSpans(left, table, from, limit, lefts);
  if (leftLength === 0) return null;
  const rightLength = allSpans(right, table, from, limit, rights);
  let bestStart = -1;
  let bestEnd = -1;
  let bestLeft = -1;
  let bestRight = -1;
  for (let l = 0; l < leftLength; l += 2) {
    const a0 = lefts[l] as number;
    const a1 = lefts[l + 1] as number;
    for (let r = 0; r < rightLength; r += 2) {
      const b0 = rights[r] as number;
      const b1 = rights[r + 1] as number;
      if (a0 < b1 && b0 < a1) continue;
      const start = a0 < b0 ? a0 : b0;
      const end = a1 > b1 ? a1 : b1;
      if (bestLeft >= 0 && (start > bestStart || (start === bestStart && end >= bestEnd))) continue;
      if (!isCloseEnough(window, a0, a1, b0, b1, table, start, end)) continue;
      [bestStart, bestEnd, bestLeft, bestRight] = [start, end, l, r];
    }
  }
  if (bestLeft < 0) return null;
  const a: [number, number] = [lefts[bestLeft] as number, lefts[bestLeft + 1] as number];
  const b: [number, number] = [rights[bestRight] as number, rights[bestRight + 1] as number];
  return { start: bestStart, end: bestEnd, parts: [a, b] };
}

function isCloseEnough(window: NearWindow, a0: number, a1: number, b0: number, b1: number, table: NumberedTable, start: number, end: number): boolean {
  if (window === null) return true;
  if (window === 'clause') return end - 1 <= start || table.clauses[start] === table.clauses[end - 1];
  return (a1 <= b0 ? b0 - a1 : a0 - b1) <= window;
}

function hasNegatedTerm(node: PatternNode, options: ResolveOptions, path: readonly string[]): boolean {
  switch (node.type) {
    case 'word':
    case 'exact':
    case 'prefix':
      return node.polarity === 'negated';
    case 'group':
      return !path.includes(node.name) && options.groups.has(node.name) && hasNegatedTerm(resolveGroup(node.name, options, path), options, [...path, node.name]);
    case 'optional':
      return hasNegatedTerm(node.node, options, path);
    case 'polar':
      return node.polarity === 'negated' || hasNegatedTerm(node.node, options, path);
    case 'seq':
      return node.items.some((item) => hasNegatedTerm(item, options, path));
    case 'alt':
      return node.options.some((option) => hasNegatedTerm(option, options, path));
    case 'any':
    case 'gap':
      return false;
    default:
      return unhandled(node);
  }
}

/**
 * Compiles `node` followed by `next`.
 * `affirmFirst`: this node can be the first word of the match and must then not be negated.
 * `forced`: the polarity of an enclosing "!(...)" or "+(...)", which overrides the words' own.
 */
function compileNode(node: PatternNode, next: Step, options: CompileOptions, affirmFirst: boolean, path: readonly string[], forced: Polarity | null = null): Step {
  const polarityOf = (own: Polarity) => forced ?? (own === 'any' && affirmFirst ? 'affirmed' : own);
  switch (node.type) {
    case 'word': {
      const polarity = polarityOf(node.polarity);
      const tokens = options.reader.keysOf(node.word);
      const ids = (keys: string[]) => new Set(keys.map((key) => options.vocabulary.intern(key)));
      return tokens.reduceRight<Step>((rest, keys, index) => keyStep(ids(keys), index === 0 ? polarity : 'any', rest), next);
    }
    case 'exact': {
      const polarity = polarityOf(node.polarity);
      const forms = node.words.flatMap((word) => options.reader.split(word)).map((word) => options.vocabulary.intern(formOf(word)));
      return forms.reduceRight<Step>((rest, form, index) => tokenStep((table, at) => table.formIds[at] === form, index === 0 ? polarity : 'any', rest), next);
    }
    case 'prefix': {
      const test = prefixTest(node.prefix, options.vocabulary);
      return tokenStep((table, at) => passesPrefix(test, table, at), polarityOf(node.polarity), next);
    }
    case 'any':
      return (table, at, limit, done) => at < limit && next(table, at + 1, limit, done);
    case 'gap':
      return gapStep(node.max, null, next);
    case 'group':
      return compileNode(resolveGroup(node.name, options, path), next, options, affirmFirst, [...path, node.name], forced);
    case 'polar':
      return compileNode(node.node, next, options, false, path, node.polarity);
    case 'optional': {
      const inner = compileNode(node.node, next, options, affirmFirst, path, forced);
      return (table, at, limit, done) => inner(table, at, limit, done) || next(table, at, limit, done);
    }
    case 'alt':
      return compileAlternatives(node, next, options, affirmFirst, path, forced);
    case 'seq': {
      // The first word keeps the "not negated" rule; so does the next one while all before it are optional.
      const firsts = node.items.map((_item, index) => affirmFirst && node.items.slice(0, index).every((item) => item.type === 'optional'));
      return node.items.reduceRight<Step>((rest, item, index) => {
        // A gap tries only the positions where the items after it can begin.
        if (item.type === 'gap') return gapStep(item.max, startTest(node.items.slice(index + 1), options, path), rest);
        return compileNode(item, rest, options, firsts[index] as boolean, path, forced);
      }, next);
    }
    default:
      return unhandled(node);
  }
}

/**
 * Options are dispatched on the token at hand (the numbers of its key, its form, its first
 * letters): a group of forty agencies costs a map lookup per position, not forty calls. Options
 * that can begin with anything, or with a prefix shorter than a bucket, come last, in their
 * order, each behind the test of what it can begin with past optional words, if any.
 */
function compileAlternatives(node: PatternNode, next: Step, options: CompileOptions, affirmFirst: boolean, path: readonly string[], forced: Polarity | null): Step {
  const { vocabulary } = options;
  const byKey = new Map<number, Step[]>();
  const byForm = new Map<number, Step[]>();
  const byPrefix = new Map<number, Array<{ test: PrefixTest; step: Step }>>();
  const always: Array<{ test: StartTest | null; step: Step }> = [];
  for (const option of flattenAlternatives(node, options, path)) {
    const step = compileNode(option.node, next, options, affirmFirst, option.path, forced);
    const first = firstTokens(option.node, options, option.path);
    const prefixes = first?.prefixes.map((prefix) => prefixTest(prefix, vocabulary)) ?? [];
    if (!first || prefixes.some((test) => test.bucket < 0)) {
      always.push({ test: startTest([option.node], options, option.path), step });
      continue;
    }
    for (const key of first.keys) file(byKey, vocabulary.intern(key), step);
    for (const lower of first.lowers) file(byForm, vocabulary.intern(formOf(lower)), step);
    for (const test of prefixes) file(byPrefix, test.bucket, { test, step });
  }
  // Bitsets of the numbers filed, so that a token no option begins with costs no hash lookup.
  const keyBits = bitsOf(byKey.keys());
  const formBits = byForm.size > 0 ? bitsOf(byForm.keys()) : null;
  const prefixBits = byPrefix.size > 0 ? bitsOf(byPrefix.keys()) : null;
  return (table, at, limit, done) => {
    if (at < limit) {
      const key = table.keyIds[at] as number;
      if (hasBit(keyBits, key) && tryEach(byKey.get(key), table, at, limit, done)) return true;
      const unKey = table.unKeyIds[at] as number;
      if (hasBit(keyBits, unKey) && tryEach(byKey.get(unKey), table, at, limit, done)) return true;
      if (formBits !== null && hasBit(formBits, table.formIds[at] as number) && tryEach(byForm.get(table.formIds[at] as number), table, at, limit, done)) return true;
      if (prefixBits !== null && hasBit(prefixBits, table.prefixIds[at] as number)) {
        for (const { test, step } of byPrefix.get(table.prefixIds[at] as number) ?? NONE) {
          if (passesPrefix(test, table, at) && step(table, at, limit, done)) return true;
        }
      }
    }
    for (const { test, step } of always) if ((test === null || (at < limit && canStartAt(test, table, at))) && step(table, at, limit, done)) return true;
    return false;
  };
}

function tryEach(steps: readonly Step[] | undefined, table: NumberedTable, at: number, limit: number, done: Continuation): boolean {
  if (steps) for (const step of steps) if (step(table, at, limit, done)) return true;
  return false;
}

const NONE: readonly never[] = [];

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

/**
 * A word: the token's key, or its un-key (then negated), is one of `keys`. Specialised by the
 * size of the set and the polarity, since every match runs through it.
 */
function keyStep(keys: ReadonlySet<number>, polarity: Polarity, next: Step): Step {
  const small = smallSet(keys);
  const any = polarity === 'any';
  const wantNegated = polarity === 'negated';
  if (small) {
    const { a, b, c } = small;
    return (table, at, limit, done) => {
      if (at >= limit) return false;
      const key = table.keyIds[at] as number;
      let negated: boolean;
      if (key === a || key === b || key === c) negated = table.negated[at] === 1;
      else {
        const unKey = table.unKeyIds[at] as number;
        if (unKey !== a && unKey !== b && unKey !== c) return false;
        negated = true;
      }
      return (any || wantNegated === negated) && next(table, at + 1, limit, done);
    };
  }
  const bits = bitsOf(keys);
  return (table, at, limit, done) => {
    if (at >= limit) return false;
    let negated: boolean;
    if (hasBit(bits, table.keyIds[at] as number)) negated = table.negated[at] === 1;
    else if (hasBit(bits, table.unKeyIds[at] as number)) negated = true;
    else return false;
    return (any || wantNegated === negated) && next(table, at + 1, limit, done);
  };
}

/**
 * Up to `max` words, then `next`. With `following`, the test the first token of what follows must
 * pass, the positions that cannot begin it are skipped without a call; what follows then takes at
 * least one token, so the position at `limit` is not tried.
 */
function gapStep(max: number, following: StartTest | null, next: Step): Step {
  if (following === null) {
    return (table, at, limit, done) => {
      for (let skip = 0; skip <= max && at + skip <= limit; skip += 1) if (next(table, at + skip, limit, done)) return true;
      return false;
    };
  }
  return (table, at, limit, done) => {
    const last = at + max < limit ? at + max : limit - 1;
    for (let to = at; to <= last; to += 1) if (canStartAt(following, table, to) && next(table, to, limit, done)) return true;
    return false;
  };
}

function tokenStep(test: (table: NumberedTable, at: number) => boolean, polarity: Polarity, next: Step): Step {
  return (table, at, limit, done) => at < limit && test(table, at) && polarityHolds(polarity, table.negated[at] === 1) && next(table, at + 1, limit, done);
}

function polarityHolds(polarity: Polarity, negated: boolean): boolean {
  return polarity === 'any' || (polarity === 'negated') === negated;
}
