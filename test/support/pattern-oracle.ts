import fc from 'fast-check';
import type { TokenTable } from '../../src/nlp/token-table.js';
import { PatternIndex } from '../../src/lexicon/pattern-index.js';
import { compilePattern, type CompiledPattern, type WordReader } from '../../src/lexicon/pattern-matcher.js';
import type { PatternNode, PatternTree, Polarity } from '../../src/lexicon/pattern-syntax.js';
import { numbersOf, numberTable, Vocabulary, type NumberedTable } from '../../src/lexicon/vocabulary.js';

/**
 * Random patterns and sentences over a four-word vocabulary, and a brute-force oracle written from
 * the rules alone: a node matches tokens [i, j) exactly when ... (below), tried for every i and j.
 * The matcher's property tests (test/lexicon/matcher-*.test.ts) hold the compiled matcher to it.
 */

export const VOCABULARY = ['a', 'b', 'c', 'd'];
export const plainReader: WordReader = { keysOf: (word) => [[word]], split: (text) => text.split(' ') };

/**
 * Tokens as [word, negated, un-key, opens a clause]: an un-key makes the token a negated form of
 * that word too ("unseen" of "see"); a token that opens a clause stands for a clause boundary.
 */
export type Token = [string, boolean, string | null, boolean?];

export function tableOf(tokens: Token[]): TokenTable {
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
export function prepare(tree: PatternTree, tokens: Token[]): { table: NumberedTable; compiled: CompiledPattern; listed: boolean } {
  const vocabulary = new Vocabulary();
  const compiled = compilePattern(tree, { reader: plainReader, groups: new Map(), vocabulary });
  const index = new PatternIndex([compiled], vocabulary);
  const plain = tableOf(tokens);
  const table = numberTable(plain, (at) => numbersOf(vocabulary, plain.lower[at] as string, plain.keys[at] as string, plain.unKeys[at]));
  return { table, compiled, listed: index.candidates(table, 0, table.count).includes(0) };
}

export const polarity = fc.constantFrom<Polarity>('any', 'any', 'negated', 'affirmed');
export const { node: nodeArbitrary } = fc.letrec<{ node: PatternNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('word' as const), word: fc.constantFrom(...VOCABULARY), polarity }),
    fc.record({ type: fc.constant('exact' as const), words: fc.constantFrom(...VOCABULARY).map((word) => [word]), polarity }),
    fc.constant({ type: 'any' as const }),
    fc.record({ type: fc.constant('gap' as const), max: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ type: fc.constant('optional' as const), node: tie('node') }),
    fc.record({ type: fc.constant('polar' as const), polarity: fc.constantFrom('negated' as const, 'affirmed' as const), node: tie('node') }),
    fc.record({ type: fc.constant('seq' as const), items: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ type: fc.constant('alt' as const), options: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
  ),
}));
export const unKey = fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...VOCABULARY) });
export const opensClause = fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
export const sentence = fc.array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.boolean(), unKey, opensClause), { minLength: 0, maxLength: 8 });

// ---- the oracle -------------------------------------------------------------------------------

export function containsNegated(node: PatternNode): boolean {
  if (node.type === 'word' || node.type === 'exact') return node.polarity === 'negated';
  if (node.type === 'polar') return node.polarity === 'negated' || containsNegated(node.node);
  if (node.type === 'optional') return containsNegated(node.node);
  if (node.type === 'seq') return node.items.some(containsNegated);
  if (node.type === 'alt') return node.options.some(containsNegated);
  return false;
}

/** Does `node` match exactly words[i..j)? `first`: it may be the pattern's first word; `forced`: "!(...)" or "+(...)" around it. */
export function matchesExactly(node: PatternNode, t: TokenTable, i: number, j: number, first: boolean, forced: Polarity | null): boolean {
  switch (node.type) {
    case 'word': {
      if (j !== i + 1 || (t.keys[i] !== node.word && t.unKeys[i] !== node.word)) return false;
      const wanted = forced ?? (first && node.polarity === 'any' ? 'affirmed' : node.polarity);
      // A token matched through its un-key is that word negated ("unseen" is a negated "see").
      const negated = t.keys[i] === node.word ? t.negated[i] === 1 : true;
      return wanted === 'any' || (wanted === 'negated') === negated;
    }
    case 'exact': {
      if (j !== i + 1 || t.lower[i] !== node.words[0]) return false;
      const wanted = forced ?? (first && node.polarity === 'any' ? 'affirmed' : node.polarity);
      return wanted === 'any' || (wanted === 'negated') === (t.negated[i] === 1);
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

export function oracleSpans(node: PatternNode, t: TokenTable, first: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < t.count; i += 1) for (let j = i; j <= t.count; j += 1) if (matchesExactly(node, t, i, j, first, null)) spans.push([i, j]);
  return spans;
}
