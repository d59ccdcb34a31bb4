import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TokenTable } from '../../src/nlp/token-table.js';
import { canStartAt, startTest } from '../../src/lexicon/pattern-anchors.js';
import { PatternIndex } from '../../src/lexicon/pattern-index.js';
import { parsePattern } from '../../src/lexicon/pattern-syntax.js';
import { compilePattern, type CompiledPattern, type WordReader } from '../../src/lexicon/pattern-matcher.js';
import type { PatternNode, PatternTree, Polarity } from '../../src/lexicon/pattern-syntax.js';
import { numbersOf, numberTable, Vocabulary, type NumberedTable } from '../../src/lexicon/vocabulary.js';

/**
 * The compiled matcher (continuation closures, anchors, leftmost search) against a brute-force
 * oracle written from the rules alone: a node matches tokens [i, j) exactly when ... (below),
 * tried for every i and j. The index must never hide a match: whenever the matcher finds one,
 * the pattern is among the index's candidates for the sentence.
 */

const VOCABULARY = ['a', 'b', 'c', 'd'];
const plainReader: WordReader = { keysOf: (word) => [[word]], split: (text) => text.split(' ') };

/**
 * Tokens as [word, negated, un-key, opens a clause]: an un-key makes the token a negated form of
 * that word too ("unseen" of "see"); a token that opens a clause stands for a clause boundary.
 */
type Token = [string, boolean, string | null, boolean?];

function tableOf(tokens: Token[]): TokenTable {
  const count = tokens.length;
  return {
    count,
    lower: tokens.map(([word]) => word),
    flags: new Array(count).fill(0),
    keys: tokens.map(([word]) => word),
    unKeys: tokens.map(([, , unKey]) => unKey ?? undefined),
    pos: new Array(count).fill('NOUN'),
    negated: tokens.map(([, negated]) => (negated ? 1 : 0)),
    start: new Array(count).fill(0),
    end: new Array(count).fill(0),
    clauses: tokens.map((_token, at) => tokens.slice(1, at + 1).filter(([, , , opens]) => opens).length),
    sentences: [[0, count]],
  };
}

/**
 * Compiles the pattern and indexes it, in the tagger's order (both number the strings they need),
 * then numbers the table with the vocabulary they filled. `listed`: the index lists the pattern
 * for the whole sentence.
 */
function prepare(tree: PatternTree, tokens: Token[]): { table: NumberedTable; compiled: CompiledPattern; listed: boolean } {
  const vocabulary = new Vocabulary();
  const compiled = compilePattern(tree, { reader: plainReader, groups: new Map(), vocabulary });
  const index = new PatternIndex([compiled], vocabulary);
  const plain = tableOf(tokens);
  const table = numberTable(plain, (at) => numbersOf(vocabulary, plain.lower[at] as string, plain.keys[at] as string, plain.unKeys[at]));
  return { table, compiled, listed: index.candidates(table, 0, table.count).includes(0) };
}

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
const unKey = fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...VOCABULARY) });
const opensClause = fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const sentence = fc.array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.boolean(), unKey, opensClause), { minLength: 0, maxLength: 8 });

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
      if (j !== i + 1 || (t.keys[i] !== node.word && t.unKeys[i] !== node.word)) return false;
      const wanted = forced ?? (first && node.polarity === 'any' ? 'affirmed' : node.polarity);
      // A token matched through its un-key is that word negated ("unseen" is a negated "see").
      const negated = t.keys[i] === node.word ? t.negated[i] === 1 : true;
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

describe('start tests skip only positions where no match can begin', () => {
  /** The words of `text` at which a match of `pattern` may begin, by its start test; null when any may. */
  function startWords(pattern: string, text: string): string[] | null {
    const vocabulary = new Vocabulary();
    const test = startTest([parsePattern(pattern).root], { reader: plainReader, groups: new Map(), vocabulary }, []);
    if (test === null) return null;
    const plain = tableOf(text.split(' ').map((word): Token => [word, false, null]));
    const table = numberTable(plain, (at) => numbersOf(vocabulary, plain.lower[at] as string, plain.keys[at] as string, plain.unKeys[at]));
    return plain.lower.filter((_word, at) => canStartAt(test, table, at));
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
