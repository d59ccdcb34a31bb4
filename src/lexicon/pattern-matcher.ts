import { combineNeeds, needsOf, resolveGroup, type Need, type ResolveOptions, unhandled } from './pattern-anchors.js';
import { canBegin, runProgram } from './pattern-machine.js';
import { code, compileProgram, type Program } from './pattern-program.js';
import type { NearWindow, PatternNode, PatternTree } from './pattern-syntax.js';
import type { NumberedTable } from './vocabulary.js';

export type { WordReader } from './pattern-anchors.js';

/**
 * Compiles a parsed pattern into a matcher: each side becomes a flat program (pattern-program.ts)
 * that the machine (pattern-machine.ts) runs from each position where the side can begin,
 * backtracking through alternatives, optional words and bounded gaps without allocating anything
 * on the way. Gaps are bounded, so there is no regular-expression blow-up.
 */

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

/** compilePattern(parsePattern('!see alone'), options).find(table, 0, table.count) -> { start, end, parts } */
export function compilePattern(tree: PatternTree, options: CompileOptions): CompiledPattern {
  const noNegatedWord = !hasNegatedTerm(tree.root, options, []) && !(tree.near && hasNegatedTerm(tree.near.node, options, []));
  const affirmFirst = options.affirmFirstWord !== false && noNegatedWord;
  const root = compileProgram(tree.root, options, affirmFirst);
  if (!tree.near) {
    return { needs: needsOf(tree.root, options, []), find: (table, from, limit) => findSpan(root, table, from, limit) };
  }
  const other = compileProgram(tree.near.node, options, affirmFirst);
  const window = tree.near.window;
  return {
    needs: combineNeeds(needsOf(tree.root, options, []), needsOf(tree.near.node, options, [])),
    find: (table, from, limit) => findNear(root, other, window, table, from, limit),
  };
}

function findSpan(program: Program, table: NumberedTable, from: number, limit: number): Span | null {
  for (let start = from; start < limit; start += 1) {
    if (program.test >= 0 && !canBegin(code, program.test, table, start)) continue;
    const end = runProgram(program, table, start, limit, null);
    if (end >= 0) return { start, end, parts: [[start, end]] };
  }
  return null;
}

/**
 * Every span of the pattern in [from, limit) into `spans`, as flat pairs start, end: all starts,
 * and all ends of each start (in the order first found). Returns the number of values written.
 */
/** The ends of the matches from one start, reused by every search (one runs at a time). */
const everyEnd: number[] = [];

function allSpans(program: Program, table: NumberedTable, from: number, limit: number, spans: number[]): number {
  let length = 0;
  for (let start = from; start < limit; start += 1) {
    if (program.test >= 0 && !canBegin(code, program.test, table, start)) continue;
    everyEnd.length = 0;
    runProgram(program, table, start, limit, everyEnd);
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

function findNear(left: Program, right: Program, window: NearWindow, table: NumberedTable, from: number, limit: number): Span | null {
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
