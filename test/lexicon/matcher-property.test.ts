import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PatternNode, Polarity } from '../../src/lexicon/pattern-syntax.js';
import { containsNegated, matchesExactly, nodeArbitrary, oracleSpans, prepare, sentence, type Token } from '../support/pattern-oracle.js';

/**
 * The compiled matcher (flat programs, anchors, leftmost search) against the brute-force oracle of
 * pattern-oracle.ts. The index must never hide a match: whenever the matcher finds one, the
 * pattern is among the index's candidates for the sentence.
 */

/** `(x0 | x1 | ...)`: `count` words, each a way of matching. */
function oneOf(letter: string, count: number): PatternNode {
  return { type: 'alt', options: Array.from({ length: count }, (_option, at) => ({ type: 'word', word: `${letter}${at}`, polarity: 'any' })) };
}

/** An alternative of sequences: `(x0 | x1) (y0 | y1) | (z0 | z1) ...`. */
function alternatives(...options: PatternNode[][]): PatternNode {
  return { type: 'alt', options: options.map((items) => ({ type: 'seq', items })) };
}

/** Whether the index lists the pattern for a sentence of these words. */
function listedFor(root: PatternNode, ...texts: string[]): boolean {
  return prepare({ root }, texts.map((text): Token => [text, false, null])).listed;
}

// ---- the properties -------------------------------------------------------------------------------

describe('the compiled matcher agrees with a brute-force oracle', () => {
  test('a match exists at the same leftmost start, and the span it reports is a real match', () => {
    fc.assert(
      fc.property(nodeArbitrary, sentence, (root, tokens) => {
        const { table: t, compiled, listed } = prepare({ root }, tokens);
        const first = !containsNegated(root);
        const found = compiled.find(t, 0, t.count);
        const expected = oracleSpans(root, t, first);
        if (expected.length === 0) return found === null;
        expect(found).not.toBeNull();
        expect(listed).toBe(true);
        expect(found!.start).toBe(Math.min(...expected.map(([start]) => start)));
        expect(matchesExactly(root, t, found!.start, found!.end, first, null)).toBe(true);
        return true;
      }),
      { numRuns: 3000 },
    );
  });
  test('a pattern with more ways of matching than the index keeps apart is folded, and still listed wherever it matches', () => {
    const words = 'abcdefghijkl'.split('');
    const word = (polarity: Polarity) => fc.record({ type: fc.constant('word' as const), word: fc.constantFrom(...words), polarity: fc.constant(polarity) });
    const wide = fc.array(fc.array(fc.oneof(word('any'), word('negated')), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 });
    const tokens = fc.array(fc.tuple(fc.constantFrom(...words), fc.boolean(), fc.constant(null)), { minLength: 0, maxLength: 8 });
    fc.assert(
      fc.property(wide, tokens, (alternatives, tokens) => {
        const root: PatternNode = { type: 'seq', items: alternatives.map((options) => ({ type: 'alt', options })) };
        const { table, compiled, listed } = prepare({ root }, tokens);
        if (compiled.find(table, 0, table.count)) expect(listed).toBe(true);
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  test('an alternative with more ways than the index keeps apart folds its widest options, and is still listed wherever it matches', () => {
    const words = 'abcdefghijkl'.split('');
    const word = fc.record({ type: fc.constant('word' as const), word: fc.constantFrom(...words), polarity: fc.constantFrom<Polarity>('any', 'negated') });
    const alternative = fc.array(word, { minLength: 1, maxLength: 6 }).map((options): PatternNode => ({ type: 'alt', options }));
    // Up to 6 x 6 x 6 ways an option, and up to four options.
    const option = fc.array(alternative, { minLength: 1, maxLength: 3 }).map((items): PatternNode => ({ type: 'seq', items }));
    const tokens = fc.array(fc.tuple(fc.constantFrom(...words), fc.boolean(), fc.constant(null)), { minLength: 0, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(option, { minLength: 2, maxLength: 4 }), tokens, (options, tokens) => {
        const { table, compiled, listed } = prepare({ root: { type: 'alt', options } }, tokens);
        if (compiled.find(table, 0, table.count)) expect(listed).toBe(true);
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  test('when an alternative has too many ways, its widest option is folded and the others keep their own needs', () => {
    // 100 + 100 + 1 ways: more than the index keeps apart, so the wide options are folded.
    const root = alternatives([oneOf('a', 10), oneOf('b', 10)], [oneOf('e', 10), oneOf('f', 10)], [oneOf('c', 1), oneOf('d', 1)]);
    expect(listedFor(root, 'c0', 'd0')).toBe(true);
    expect(listedFor(root, 'e3', 'f7')).toBe(true);
    expect(listedFor(root, 'a0', 'b9')).toBe(true);
    // Folded all into one, the alternative needed only a first word and a second of any option.
    expect(listedFor(root, 'a0', 'd0')).toBe(false);
    expect(listedFor(root, 'c0', 'f7')).toBe(false);
  });

  test('a folded sequence still needs a word of each of its items', () => {
    // 125 + 125 ways, folded: three items are more than an anchor and a second set.
    const root = alternatives([oneOf('a', 5), oneOf('b', 5), oneOf('c', 5)], [oneOf('e', 5), oneOf('f', 5), oneOf('g', 5)]);
    expect(listedFor(root, 'a1', 'b2', 'c3')).toBe(true);
    expect(listedFor(root, 'e1', 'f2', 'g3')).toBe(true);
    expect(listedFor(root, 'a1', 'b2')).toBe(false);
    expect(listedFor(root, 'e1', 'f2')).toBe(false);
  });

  test('a co-occurrence matches when two non-overlapping spans lie within the window, the sentence or one clause', () => {
    const window = fc.oneof(fc.constant(null), fc.constant('clause' as const), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(nodeArbitrary, nodeArbitrary, window, sentence, (left, right, window, tokens) => {
        const { table: t, compiled, listed } = prepare({ root: left, near: { node: right, window } }, tokens);
        const first = !containsNegated(left) && !containsNegated(right);
        const found = compiled.find(t, 0, t.count);
        if (found) expect(listed).toBe(true);
        const lefts = oracleSpans(left, t, first);
        const rights = oracleSpans(right, t, first);
        const pairs = lefts.flatMap((a) => rights.filter((b) => !(a[0] < b[1] && b[0] < a[1])).map((b) => [a, b] as const));
        // One clause: no token after the first of the two spans, up to the last, opens a clause.
        const oneClause = (a: [number, number], b: [number, number]) => tokens.slice(Math.min(a[0], b[0]) + 1, Math.max(a[1], b[1])).every(([, , , opens]) => !opens);
        const near = pairs.filter(([a, b]) =>
          window === null ? true : window === 'clause' ? oneClause(a, b) : (a[1] <= b[0] ? b[0] - a[1] : a[0] - b[1]) <= window,
        );
        expect(found !== null).toBe(near.length > 0);
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
