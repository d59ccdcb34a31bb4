import type { TokenTable } from '../nlp/tokens.js';
import {
  anchorOf,
  firstTokens,
  pickAnchor,
  PREFIX_ANCHOR,
  requiredAnchors,
  resolveGroup,
  startTest,
  type ResolveOptions,
  type StartTest,
} from './pattern-anchors.js';
import type { PatternNode, PatternTree, Polarity } from './pattern-syntax.js';

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
type Step = (table: TokenTable, at: number, limit: number, done: Continuation) => boolean;

export interface CompiledPattern {
  /** Finds the leftmost match in [from, limit) starting at or after `from`; null when none. */
  find(table: TokenTable, from: number, limit: number): Span | null;
  /** Keys one of which every match contains ("=word" for an exact form); null: no anchor, always tried. */
  anchor: ReadonlySet<string> | null;
  /** Every set of keys of which a match contains at least one: a sentence lacking any set is skipped. */
  requires: ReadonlyArray<ReadonlySet<string>>;
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
  const part = (node: PatternNode): Part => ({ step: compileNode(node, END, options, affirmFirst, []), canStart: startTest(node, options, []) });
  const root = part(tree.root);
  if (!tree.near) {
    return { anchor: anchorOf(tree.root, options, []), requires: requiredAnchors(tree.root, options, []), find: (table, from, limit) => findSpan(root, table, from, limit) };
  }
  const other = part(tree.near.node);
  const window = tree.near.window;
  return {
    anchor: pickAnchor([anchorOf(tree.root, options, []), anchorOf(tree.near.node, options, [])]),
    requires: [...requiredAnchors(tree.root, options, []), ...requiredAnchors(tree.near.node, options, [])],
    find: (table, from, limit) => findNear(root, other, window, table, from, limit),
  };
}

/** A compiled pattern side, with the test its first token must pass. */
interface Part {
  step: Step;
  canStart: StartTest | null;
}

function findSpan({ step, canStart }: Part, table: TokenTable, from: number, limit: number): Span | null {
  let end = -1;
  const stop: Continuation = (at) => {
    end = at;
    return true;
  };
  for (let start = from; start < limit; start += 1) {
    if (canStart && !canStart(table, start)) continue;
    if (step(table, start, limit, stop)) return { start, end, parts: [[start, end]] };
  }
  return null;
}

/** Every span of the pattern in [from, limit): all starts, and all ends of each start. */
function allSpans({ step, canStart }: Part, table: TokenTable, from: number, limit: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let start = from; start < limit; start += 1) {
    if (canStart && !canStart(table, start)) continue;
    const ends = new Set<number>();
    step(table, start, limit, (end) => {
      ends.add(end);
      return false;
    });
    for (const end of ends) spans.push([start, end]);
  }
  return spans;
}

function findNear(left: Part, right: Part, window: number | null, table: TokenTable, from: number, limit: number): Span | null {
  const lefts = allSpans(left, table, from, limit);
  if (lefts.length === 0) return null;
  const rights = allSpans(right, table, from, limit);
  let best: Span | null = null;
  for (const a of lefts) {
    for (const b of rights) {
      if (a[0] < b[1] && b[0] < a[1]) continue;
      const gap = a[1] <= b[0] ? b[0] - a[1] : a[0] - b[1];
      if (window !== null && gap > window) continue;
      const start = Math.min(a[0], b[0]);
      const end = Math.max(a[1], b[1]);
      if (!best || start < best.start || (start === best.start && end < best.end)) best = { start, end, parts: [a, b] };
    }
  }
  return best;
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
    default:
      return false;
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
      return tokens.reduceRight<Step>((rest, keys, index) => keyStep(new Set(keys), index === 0 ? polarity : 'any', rest), next);
    }
    case 'exact': {
      const polarity = polarityOf(node.polarity);
      const words = node.words.flatMap((word) => options.reader.split(word));
      return words.reduceRight<Step>((rest, word, index) => tokenStep((table, at) => table.lower[at] === word, index === 0 ? polarity : 'any', rest), next);
    }
    case 'prefix': {
      const prefix = node.prefix;
      return tokenStep((table, at) => (table.lower[at] as string).startsWith(prefix), polarityOf(node.polarity), next);
    }
    case 'any':
      return (table, at, limit, done) => at < limit && next(table, at + 1, limit, done);
    case 'gap': {
      const max = node.max;
      return (table, at, limit, done) => {
        for (let skip = 0; skip <= max && at + skip <= limit; skip += 1) if (next(table, at + skip, limit, done)) return true;
        return false;
      };
    }
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
      return node.items.reduceRight<Step>((rest, item, index) => compileNode(item, rest, options, firsts[index] as boolean, path, forced), next);
    }
  }
}

/**
 * Options are dispatched on the token at hand (its key, its form, its first letters): a group of
 * forty agencies costs a map lookup per position, not forty calls. Options that can begin with
 * anything are tried every time.
 */
function compileAlternatives(node: PatternNode, next: Step, options: CompileOptions, affirmFirst: boolean, path: readonly string[], forced: Polarity | null): Step {
  const byKey = new Map<string, Step[]>();
  const byLower = new Map<string, Step[]>();
  const byPrefix = new Map<string, Array<{ prefix: string; step: Step }>>();
  const always: Step[] = [];
  for (const option of flattenAlternatives(node, options, path)) {
    const step = compileNode(option.node, next, options, affirmFirst, option.path, forced);
    const first = firstTokens(option.node, options, option.path);
    if (!first || first.prefixes.some((prefix) => prefix.length < PREFIX_ANCHOR)) {
      always.push(step);
      continue;
    }
    for (const key of first.keys) file(byKey, key, step);
    for (const lower of first.lowers) file(byLower, lower, step);
    for (const prefix of first.prefixes) file(byPrefix, prefix.slice(0, PREFIX_ANCHOR), { prefix, step });
  }
  return (table, at, limit, done) => {
    if (at < limit) {
      if (tryEach(byKey.get(table.keys[at] as string), table, at, limit, done)) return true;
      const unKey = table.unKeys[at];
      if (unKey !== undefined && tryEach(byKey.get(unKey), table, at, limit, done)) return true;
      const lower = table.lower[at] as string;
      if (byLower.size > 0 && tryEach(byLower.get(lower), table, at, limit, done)) return true;
      if (byPrefix.size > 0) {
        for (const { prefix, step } of byPrefix.get(lower.slice(0, PREFIX_ANCHOR)) ?? []) {
          if (lower.startsWith(prefix) && step(table, at, limit, done)) return true;
        }
      }
    }
    return tryEach(always, table, at, limit, done);
  };
}

function tryEach(steps: readonly Step[] | undefined, table: TokenTable, at: number, limit: number, done: Continuation): boolean {
  if (steps) for (const step of steps) if (step(table, at, limit, done)) return true;
  return false;
}

function file<V>(map: Map<string, V[]>, key: string, value: V): void {
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

function keyStep(keys: ReadonlySet<string>, polarity: Polarity, next: Step): Step {
  return (table, at, limit, done) => {
    if (at >= limit) return false;
    let negated: boolean;
    if (keys.has(table.keys[at] as string)) negated = table.negated[at] === 1;
    else if (table.unKeys[at] !== undefined && keys.has(table.unKeys[at] as string)) negated = true;
    else return false;
    return polarityHolds(polarity, negated) && next(table, at + 1, limit, done);
  };
}

function tokenStep(test: (table: TokenTable, at: number) => boolean, polarity: Polarity, next: Step): Step {
  return (table, at, limit, done) => at < limit && test(table, at) && polarityHolds(polarity, table.negated[at] === 1) && next(table, at + 1, limit, done);
}

function polarityHolds(polarity: Polarity, negated: boolean): boolean {
  return polarity === 'any' || (polarity === 'negated') === negated;
}
