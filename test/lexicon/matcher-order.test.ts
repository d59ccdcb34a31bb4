import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { TokenTable } from '../../src/nlp/token-table.js';
import { canBegin } from '../../src/lexicon/pattern-machine.js';
import { code, compileProgram } from '../../src/lexicon/pattern-program.js';
import { parsePattern, type PatternNode, type PatternTree, type Polarity } from '../../src/lexicon/pattern-syntax.js';
import { numbersOf, numberTable, Vocabulary } from '../../src/lexicon/vocabulary.js';
import { containsNegated, matchesExactly, nodeArbitrary, plainReader, prepare, sentence, tableOf, type Token } from '../support/pattern-oracle.js';

/**
 * Which match the compiled matcher reports, and where it looks: the oracle (pattern-oracle.ts)
 * says which spans match, this reference says which one a depth-first search meets first, as the
 * tagger's evidence span and a co-occurrence's parts depend on it.
 */

// ---- the reference search -------------------------------------------------------------------------
// The oracle says which spans match; the search order says which one is reported. The reference
// walks the tree depth first, trying an alternative's options in the documented order: those that
// begin with the token's key, then with its un-key, then with its form, then those that can begin
// with anything (an optional first item, a gap or "*"), each in the order written.

/** The words an option is filed under: null when it can begin with anything (or nothing). */
function filedUnder(node: PatternNode): { keys: string[]; forms: string[] } | null {
  switch (node.type) {
    case 'word':
      return { keys: [node.word], forms: [] };
    case 'exact':
      return { keys: [], forms: [node.words[0]!] };
    case 'polar':
      return filedUnder(node.node);
    case 'seq':
      return filedUnder(node.items[0]!);
    case 'alt': {
      const each = node.options.map(filedUnder);
      if (each.some((filed) => filed === null)) return null;
      return { keys: each.flatMap((filed) => filed!.keys), forms: each.flatMap((filed) => filed!.forms) };
    }
    default:
      return null;
  }
}

function spreadOptions(node: PatternNode): PatternNode[] {
  return node.type === 'alt' ? node.options.flatMap(spreadOptions) : [node];
}

/** The ends of the matches of `node` from token i, in the order a depth-first search meets them (repeats included). */
function* endsFrom(node: PatternNode, t: TokenTable, i: number, first: boolean, forced: Polarity | null): Generator<number> {
  switch (node.type) {
    case 'word':
    case 'exact':
    case 'any':
      if (i < t.count && matchesExactly(node, t, i, i + 1, first, forced)) yield i + 1;
      return;
    case 'gap':
      for (let j = i; j <= Math.min(i + node.max, t.count); j += 1) yield j;
      return;
    case 'optional':
      yield* endsFrom(node.node, t, i, first, forced);
      yield i;
      return;
    case 'polar':
      yield* endsFrom(node.node, t, i, false, node.polarity);
      return;
    case 'alt': {
      const options = spreadOptions(node);
      const filed = options.map(filedUnder);
      const order = i < t.count ? [
        ...options.filter((_option, at) => filed[at]?.keys.includes(t.keys[i]!)),
        ...options.filter((_option, at) => t.unKeys[i] !== undefined && filed[at]?.keys.includes(t.unKeys[i]!)),
        ...options.filter((_option, at) => filed[at]?.forms.includes(t.lower[i]!)),
      ] : [];
      order.push(...options.filter((_option, at) => filed[at] === null));
      for (const option of order) yield* endsFrom(option, t, i, first, forced);
      return;
    }
    case 'seq': {
      const rest = function* (k: number, from: number): Generator<number> {
        if (k === node.items.length) return yield from;
        const itemFirst = first && node.items.slice(0, k).every((item) => item.type === 'optional');
        for (const mid of endsFrom(node.items[k]!, t, from, itemFirst, forced)) yield* rest(k + 1, mid);
      };
      yield* rest(0, i);
      return;
    }
    default:
      throw new Error(`the reference does not cover ${node.type}`);
  }
}

/** Every span by start, with its ends once each in the order first met: what a co-occurrence pairs up. */
function referenceSpans(node: PatternNode, t: TokenTable, first: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < t.count; i += 1) for (const end of new Set(endsFrom(node, t, i, first, null))) spans.push([i, end]);
  return spans;
}

/** The span find() must report: the leftmost start, with the first end met; for a co-occurrence, the pair of least start, then least end, first met. */
function referenceFind(tree: PatternTree, t: TokenTable, first: boolean): { start: number; end: number; parts: Array<[number, number]> } | null {
  if (!tree.near) {
    for (let i = 0; i < t.count; i += 1) for (const end of endsFrom(tree.root, t, i, first, null)) return { start: i, end, parts: [[i, end]] };
    return null;
  }
  const { window } = tree.near;
  let best: { start: number; end: number; parts: Array<[number, number]> } | null = null;
  for (const a of referenceSpans(tree.root, t, first)) {
    for (const b of referenceSpans(tree.near.node, t, first)) {
      if (a[0] < b[1] && b[0] < a[1]) continue;
      const [start, end] = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
      if (best && (start > best.start || (start === best.start && end >= best.end))) continue;
      const close = window === null || (window === 'clause' ? end - 1 <= start || t.clauses[start] === t.clauses[end - 1] : (a[1] <= b[0] ? b[0] - a[1] : a[0] - b[1]) <= window);
      if (close) best = { start, end, parts: [a, b] };
    }
  }
  return best;
}

describe('the compiled matcher reports the match a depth-first search meets first', () => {
  test('the span reported, and for a co-occurrence its two parts, are those a depth-first search meets first', () => {
    const window = fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant('clause' as const), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(nodeArbitrary, nodeArbitrary, window, sentence, (left, right, window, tokens) => {
        const tree: PatternTree = window === undefined ? { root: left } : { root: left, near: { node: right, window } };
        const { table: t, compiled } = prepare(tree, tokens);
        const first = !containsNegated(left) && !(tree.near && containsNegated(right));
        expect(compiled.find(t, 0, t.count)).toEqual(referenceFind(tree, t, first));
        return true;
      }),
      { numRuns: 4000 },
    );
  });

  test("an alternative tries the options filed under the token's key before those under its un-key", () => {
    // "a" read also as a negated "b" (as "unseen" is a negated "see"): the option "a" comes first.
    const tree = parsePattern('(!b * | a)');
    const { table, compiled } = prepare(tree, [['a', false, 'b'], ['c', false, null]]);
    expect(compiled.find(table, 0, table.count)).toEqual({ start: 0, end: 1, parts: [[0, 1]] });
    expect(referenceFind(tree, table, false)).toEqual({ start: 0, end: 1, parts: [[0, 1]] });
  });
});

describe('start tests skip only positions where no match can begin', () => {
  /** The words of `text` at which a match of `pattern` may begin, by its start test; null when any may. */
  function startWords(pattern: string, text: string): string[] | null {
    const vocabulary = new Vocabulary();
    const { test } = compileProgram(parsePattern(pattern).root, { reader: plainReader, groups: new Map(), vocabulary }, false);
    if (test < 0) return null;
    const plain = tableOf(text.split(' ').map((word): Token => [word, false, null]));
    const table = numberTable(plain, (at) => numbersOf(vocabulary, plain.lower[at] as string, plain.keys[at] as string, plain.unKeys[at]));
    return plain.lower.filter((_word, at) => canBegin(code, test, table, at));
  }

  test.each([
    ['a b', ['a']],
    ['a? b', ['a', 'b']],
    ['(a | b)? (c)? d', ['a', 'b', 'c', 'd']],
    ['(a? b | c) d', ['a', 'b', 'c']],
    ['a? ..2 b', null],
    ['a? b?', null],
    ['(a | * b) c', null],
  ])('"%s" may begin at %j', (pattern, words) => {
    expect(startWords(pattern, 'a b c d e')).toEqual(words);
  });
});
