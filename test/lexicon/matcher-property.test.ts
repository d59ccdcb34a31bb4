import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TokenTable } from '../../src/nlp/tokens.js';
import { compilePattern, type WordReader } from '../../src/lexicon/pattern-matcher.js';
import type { PatternNode, Polarity } from '../../src/lexicon/pattern-syntax.js';

/**
 * The compiled matcher (continuation closures, anchors, leftmost search) against a brute-force
 * oracle written from the rules alone: a node matches tokens [i, j) exactly when ... (below),
 * tried for every i and j.
 */

const VOCABULARY = ['a', 'b', 'c', 'd'];
const plainReader: WordReader = { keysOf: (word) => [[word]], split: (text) => text.split(' ') };

function tableOf(words: string[], negated: boolean[]): TokenTable {
  const count = words.length;
  return {
    count,
    lower: words,
    keys: words,
    unKeys: new Array(count).fill(undefined),
    pos: new Array(count).fill('NOUN'),
    negated: Uint8Array.from(negated.map((flag) => (flag ? 1 : 0))),
    start: new Int32Array(count),
    end: new Int32Array(count),
    sentences: [[0, count]],
  };
}

const polarity = fc.constantFrom<Polarity>('any', 'any', 'negated', 'affirmed');
const { node: nodeArbitrary } = fc.letrec<{ node: PatternNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('word' as const), word: fc.constantFrom(...VOCABULARY), polarity }),
    fc.constant({ type: 'any' as const }),
    fc.record({ type: fc.constant('gap' as const), max: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ type: fc.constant('optional' as const), node: tie('node') }),
    fc.record({ type: fc.constant('polar' as const), polarity: fc.constantFrom('negated' as const, 'affirmed' as const), node: tie('node') }),
    fc.record({ type: fc.constant('seq' as const), items: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ type: fc.constant('alt' as const), options: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
  ),
}));
const sentence = fc.array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.boolean()), { minLength: 0, maxLength: 8 });

// ---- the oracle -------------------------------------------------------------------------------

function containsNegated(node: PatternNode): boolean {
  if (node.type === 'word') return node.polarity === 'negated';
  if (node.type === 'polar') return node.polarity === 'negated' || containsNegated(node.node);
  if (node.type === 'optional') return containsNegated(node.node);
  if (node.type === 'seq') return node.items.some(containsNegated);
  if (node.type === 'alt') return node.options.some(containsNegated);
  return false;
}

/** Does `node` match exactly words[i..j)? `first`: it may be the pattern's first word; `forced`: "!(...)" or "+(...)" around it. */
function matchesExactly(node: PatternNode, t: TokenTable, i: number, j: number, first: boolean, forced: Polarity | null): boolean {
  switch (node.type) {
    case 'word': {
      if (j !== i + 1 || t.keys[i] !== node.word) return false;
      const wanted = forced ?? (first && node.polarity === 'any' ? 'affirmed' : node.polarity);
      const negated = t.negated[i] === 1;
      return wanted === 'any' || (wanted === 'negated') === negated;
    }
    case 'any':
      return j === i + 1;
    case 'gap':
      return j - i >= 0 && j - i <= node.max;
    case 'optional':
      return i === j || matchesExactly(node.node, t, i, j, first, forced);
    case 'polar':
      return matchesExactly(node.node, t, i, j, false, node.polarity);
    case 'alt':
      return node.options.some((option) => matchesExactly(option, t, i, j, first, forced));
    case 'seq': {
      const split = (k: number, from: number): boolean => {
        if (k === node.items.length) return from === j;
        const itemFirst = first && node.items.slice(0, k).every((item) => item.type === 'optional');
        for (let mid = from; mid <= j; mid += 1) {
          if (matchesExactly(node.items[k]!, t, from, mid, itemFirst, forced) && split(k + 1, mid)) return true;
        }
        return false;
      };
      return split(0, i);
    }
    default:
      throw new Error(`the oracle does not cover ${node.type}`);
  }
}

function oracleSpans(node: PatternNode, t: TokenTable, first: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < t.count; i += 1) for (let j = i; j <= t.count; j += 1) if (matchesExactly(node, t, i, j, first, null)) spans.push([i, j]);
  return spans;
}

// ---- the properties -------------------------------------------------------------------------------

describe('the compiled matcher agrees with a brute-force oracle', () => {
  test('a match exists at the same leftmost start, and the span it reports is a real match', () => {
    fc.assert(
      fc.property(nodeArbitrary, sentence, (root, words) => {
        const t = tableOf(words.map(([word]) => word), words.map(([, negated]) => negated));
        const first = !containsNegated(root);
        const found = compilePattern({ root }, { reader: plainReader, groups: new Map() }).find(t, 0, t.count);
        const expected = oracleSpans(root, t, first);
        if (expected.length === 0) return found === null;
        expect(found).not.toBeNull();
        expect(found!.start).toBe(Math.min(...expected.map(([start]) => start)));
        expect(matchesExactly(root, t, found!.start, found!.end, first, null)).toBe(true);
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  test('a co-occurrence matches when two non-overlapping spans lie within the window', () => {
    fc.assert(
      fc.property(nodeArbitrary, nodeArbitrary, fc.option(fc.integer({ min: 0, max: 4 })), sentence, (left, right, window, words) => {
        const t = tableOf(words.map(([word]) => word), words.map(([, negated]) => negated));
        const first = !containsNegated(left) && !containsNegated(right);
        const found = compilePattern({ root: left, near: { node: right, window } }, { reader: plainReader, groups: new Map() }).find(t, 0, t.count);
        const lefts = oracleSpans(left, t, first);
        const rights = oracleSpans(right, t, first);
        const pairs = lefts.flatMap((a) => rights.filter((b) => !(a[0] < b[1] && b[0] < a[1])).map((b) => [a, b] as const));
        const near = pairs.filter(([a, b]) => window === null || (a[1] <= b[0] ? b[0] - a[1] : a[0] - b[1]) <= window);
        expect(found !== null).toBe(near.length > 0);
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
