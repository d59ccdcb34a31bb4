import type { PatternNode, Polarity } from './pattern-syntax.js';
import { PatternSyntaxError } from './pattern-syntax.js';
import { anchorPrefixOf, formOf, negatedOf, prefixOf, PREFIX_LENGTH, type NumberedTable, type Vocabulary } from './vocabulary.js';

/**
 * What a pattern needs from a sentence before it is worth running: the key sets each of its ways
 * of matching cannot do without, and the tokens a match can begin with. The index
 * (pattern-index.ts) and the matcher (pattern-matcher.ts) both use them.
 */

/** How pattern words become keys; the tagger passes wink's reading, tests pass a plain one. */
export interface WordReader {
  /** The tokens of one pattern word, each with the keys it matches: "children's" -> [["child"], ["'s"]]. */
  keysOf(word: string): string[][];
  /** The lower-case tokens of an exact phrase: "children's" -> ["children", "'s"]. */
  split(text: string): string[];
}

export interface ResolveOptions {
  reader: WordReader;
  groups: ReadonlyMap<string, PatternNode>;
  /** Numbers the strings patterns test, so that the matcher compares numbers (vocabulary.ts). */
  vocabulary: Vocabulary;
  /** What compiling has worked out already, when the caller keeps it (one per set of groups and reader). */
  memo?: CompileMemo;
}

/**
 * A group is written into every pattern that uses it (some into hundreds): working its needs and
 * first tokens out again each time took half of compiling. What is kept is never changed once made.
 */
export interface CompileMemo {
  /** The needs of each group, by polarity and name. */
  groupNeeds: Map<string, Need[]>;
  /** firstTokens() of each node, without and with `pastOptional`. */
  firstTokens: [WeakMap<PatternNode, FirstTokens | null>, WeakMap<PatternNode, FirstTokens | null>];
}

export function newCompileMemo(): CompileMemo {
  return { groupNeeds: new Map(), firstTokens: [new WeakMap(), new WeakMap()] };
}

/** Words too common to serve as an anchor when a rarer one is available. */
const WEAK_ANCHORS = new Set([
  'not', 'no', 'never', 'without', 'the', 'a', 'an', 'be', 'to', 'of', 'and', 'or', 'but', 'in', 'on', 'as', 'was', 'were', 'have', 'had', 'do',
  'did', 'by', 'with', 'at', 'for', 'from', 'that', 'this', 'it', 'one', 'what', 'who', 'which', 'when', 'if', 'so', 'ani', 'all',
  'should', 'would', 'could', 'he', 'she', 'they', 'his', 'her', 'their', 'them',
]);

/** The pattern a group name stands for; `path` is the chain of groups being expanded, to catch cycles. */
export function resolveGroup(name: string, options: ResolveOptions, path: readonly string[]): PatternNode {
  const node = options.groups.get(name);
  if (!node) throw new PatternSyntaxError(0, `a group defined with "group: @${name} = ..."`, `@${name}, which is not defined`);
  if (path.includes(name)) throw new PatternSyntaxError(0, 'groups that do not refer to themselves', `@${[...path, name].join(' -> @')}`);
  return node;
}

/** What the first token of every match must be: one of these keys, exact forms or prefixes. */
export interface FirstTokens {
  keys: Set<string>;
  lowers: Set<string>;
  prefixes: string[];
}

/**
 * The first tokens a node can begin with, or null when it can begin with anything (or nothing).
 * `pastOptional`: a sequence's first tokens include those after its optional items (`(the)? plan`
 * begins with "the" or "plan"); this serves only tests that skip positions where no match can
 * begin, since without it firstTokens() decides the order in which alternatives are tried.
 */
export function firstTokens(node: PatternNode, options: ResolveOptions, path: readonly string[], pastOptional = false): FirstTokens | null {
  const memo = options.memo?.firstTokens[pastOptional ? 1 : 0];
  let first = memo?.get(node);
  if (first === undefined) {
    first = nodeFirstTokens(node, options, path, pastOptional);
    memo?.set(node, first);
  }
  return first;
}

function nodeFirstTokens(node: PatternNode, options: ResolveOptions, path: readonly string[], pastOptional: boolean): FirstTokens | null {
  switch (node.type) {
    case 'word':
      return { keys: new Set(options.reader.keysOf(node.word)[0] ?? []), lowers: new Set(), prefixes: [] };
    case 'exact':
      return { keys: new Set(), lowers: new Set(options.reader.split(node.words[0] as string).slice(0, 1)), prefixes: [] };
    case 'prefix':
      return { keys: new Set(), lowers: new Set(), prefixes: [node.prefix] };
    case 'polar':
      return firstTokens(node.node, options, path, pastOptional);
    case 'group':
      return firstTokens(resolveGroup(node.name, options, path), options, [...path, node.name], pastOptional);
    case 'seq':
      if (pastOptional) return startTokens(node.items, options, path);
      return node.items[0] ? firstTokens(node.items[0], options, path) : null;
    case 'alt': {
      const union: FirstTokens = { keys: new Set(), lowers: new Set(), prefixes: [] };
      for (const option of node.options) {
        const first = firstTokens(option, options, path, pastOptional);
        if (!first) return null;
        addTokens(union, first);
      }
      return union;
    }
    case 'any':
    case 'gap':
    case 'optional':
      return null;
    default:
      return unhandled(node);
  }
}

/** The first tokens of a sequence of items, looking past optional ones; null when they can match nothing or begin with anything. */
export function startTokens(items: readonly PatternNode[], options: ResolveOptions, path: readonly string[]): FirstTokens | null {
  const union: FirstTokens = { keys: new Set(), lowers: new Set(), prefixes: [] };
  for (const item of items) {
    const optional = item.type === 'optional';
    const first = firstTokens(optional ? item.node : item, options, path, true);
    if (!first) return null;
    addTokens(union, first);
    if (!optional) return union;
  }
  return null;
}

function addTokens(union: FirstTokens, first: FirstTokens): void {
  for (const key of first.keys) union.keys.add(key);
  for (const lower of first.lowers) union.lowers.add(lower);
  union.prefixes.push(...first.prefixes);
}

/** A prefix pattern ("accept*") as the matcher tests it: the token's prefix bucket first, then the letters. */
export interface PrefixTest {
  /** The number of the bucket ("^acc"), or -1 for a prefix shorter than a bucket, which every token must try. */
  bucket: number;
  prefix: string;
}

export function prefixTest(prefix: string, vocabulary: Vocabulary): PrefixTest {
  return { bucket: prefix.length >= PREFIX_LENGTH ? vocabulary.intern(prefixOf(prefix)) : -1, prefix };
}

export function passesPrefix(test: PrefixTest, table: NumberedTable, at: number): boolean {
  return (test.bucket < 0 || table.prefixIds[at] === test.bucket) && (table.lower[at] as string).startsWith(test.prefix);
}

/**
 * What one way of matching needs from a sentence: key sets, a key of each of which the sentence
 * must contain ("=form" for an exact word, "^pre" for a prefix, "!key" for a word that must be
 * negated). The index lists a pattern for a sentence that meets one of its needs.
 */
export type Need = ReadonlyArray<ReadonlySet<string>>;

/**
 * Past this many ways of matching, the ways of a node are folded into one need (foldNeed). A folded
 * need is weaker (a sentence with any word of a group of agencies meets it), but it keeps a key of
 * each item of a sequence. On dev, per sentence: at 128, 4.85 theme patterns tried and 6.48 guards
 * listed, 42,064 needs filed; at 64, 4.76, 6.14 and 28,361; at 32, 4.61, 6.12 and 18,319 (so fewer
 * needs read per key); at 16, 4.65 and 6.51. (Before folds kept a key of each item, 32 listed
 * about 44 patterns and 128 about 32.)
 */
const MAX_NEEDS = 32;

/**
 * The ways a node can match, each as the key sets it cannot do without: an alternative gives one
 * need per option, a sequence one per combination of its items' needs, so that
 * `(taken on trust | at his word)` needs "trust" and "on", or "word" and "his", not just any of
 * "taken" or "at". `forced` is the polarity of an enclosing "!(...)" or "+(...)", which overrides
 * the words' own, as in the matcher. needsOf('(a | b c) d') -> [[{a}, {d}], [{b}, {c}, {d}]]
 */
export function needsOf(node: PatternNode, options: ResolveOptions, path: readonly string[], forced: Polarity | null = null): Need[] {
  const one = (keys: string[], own: Polarity): Need[] => [[new Set((forced ?? own) === 'negated' ? keys.map(negatedOf) : keys)]];
  switch (node.type) {
    case 'word': {
      const first = options.reader.keysOf(node.word)[0];
      return first ? one(first, node.polarity) : [[]];
    }
    case 'exact': {
      const first = options.reader.split(node.words[0] as string)[0];
      return first === undefined ? [[]] : one([formOf(first)], node.polarity);
    }
    case 'prefix':
      return node.prefix.length >= PREFIX_LENGTH ? one([anchorPrefixOf(node.prefix)], node.polarity) : [[]];
    case 'group': {
      const memo = `${forced ?? ''}@${node.name}`;
      let needs = options.memo?.groupNeeds.get(memo);
      if (!needs) {
        needs = needsOf(resolveGroup(node.name, options, path), options, [...path, node.name], forced);
        options.memo?.groupNeeds.set(memo, needs);
      }
      return needs;
    }
    case 'polar':
      return needsOf(node.node, options, path, node.polarity);
    case 'alt':
      return alternativeNeeds(node.options.map((option) => needsOf(option, options, path, forced)));
    case 'seq':
      return node.items.reduce<Need[]>((needs, item) => combineNeeds(needs, needsOf(item, options, path, forced)), [[]]);
    case 'any':
    case 'gap':
    case 'optional':
      // Nothing a match cannot do without.
      return [[]];
    default:
      return unhandled(node);
  }
}

/**
 * The needs of two parts that a match must both contain: one need per pair, folded when there are
 * too many, the part with more needs first, so that the other keeps its ways apart when that is enough.
 */
export function combineNeeds(left: Need[], right: Need[]): Need[] {
  const fold = (needs: Need[]) => (needs.length > 1 ? [foldNeed(needs)] : needs);
  let [a, b] = [left, right];
  if (a.length * b.length > MAX_NEEDS) [a, b] = a.length >= b.length ? [fold(a), b] : [a, fold(b)];
  if (a.length * b.length > MAX_NEEDS) [a, b] = [fold(a), fold(b)];
  return a.flatMap((x) => b.map((y) => [...x, ...y]));
}

function foldNeeds(needs: Need[]): Need[] {
  return needs.length > MAX_NEEDS ? [foldNeed(needs)] : needs;
}

/**
 * The needs of an alternative, given each option's: all of them while they are few; past
 * MAX_NEEDS, the options with the most needs folded one by one (each into one need of its own)
 * until they are few again, so that one wide option (a group of agencies before a gap) does not
 * make the others' needs as weak as its own; all folded into one only if that is not enough.
 */
function alternativeNeeds(byOption: Need[][]): Need[] {
  let count = byOption.reduce((sum, needs) => sum + needs.length, 0);
  const widest = byOption.map((_needs, index) => index).sort((a, b) => (byOption[b] as Need[]).length - (byOption[a] as Need[]).length);
  const folded = [...byOption];
  for (const index of widest) {
    const needs = folded[index] as Need[];
    if (count <= MAX_NEEDS || needs.length <= 1) break;
    folded[index] = [foldNeed(needs)];
    count -= needs.length - 1;
  }
  return foldNeeds(folded.flat());
}

/**
 * One need that every one of `needs` implies: the key sets they all share, a key of the anchor of
 * each, a key of another set of each, and a key of the set each has at one place of its list (none
 * when one of them needs nothing).
 */
function foldNeed(needs: Need[]): Need {
  const signatures = needs.map((need) => new Set(need.map(signature)));
  const shared = (needs[0] ?? []).filter((keys) => signatures.every((held) => held.has(signature(keys))));
  const anchors = needs.map((need) => pickAnchor(need));
  if (anchors.some((anchor) => anchor === null)) return shared;
  // A second set of each need, where it has one, makes a second union that every need implies too.
  const seconds = needs.map((need, index) => pickAnchor(need.filter((keys) => keys !== anchors[index])) ?? anchors[index]);
  const union = (sets: ReadonlyArray<ReadonlySet<string> | null | undefined>) => new Set(sets.flatMap((keys) => [...(keys ?? [])]));
  // So is the union of the sets each need has at one place in its list: for the needs of a
  // sequence, a key of each of its items ("(a | b) ..3 (c | d)" folds to {a, b} and {c, d}).
  const places = Math.min(...needs.map((need) => need.length));
  return [...shared, union(anchors), union(seconds), ...Array.from({ length: places }, (_place, at) => union(needs.map((need) => need[at])))];
}

/**
 * How common a key set is likely to be in a sentence: more keys, a function word among them, cost
 * more; negated ones less; and between sets of one size, shorter words more (they are the commoner
 * words of English), so that "(treated | regarded) as an adult" is filed under "adult", not "as".
 */
function commonness(keys: ReadonlySet<string>): number {
  return remembered(commonnessOf, keys, () => {
    const weak = [...keys].some(isWeakKey);
    const negated = [...keys].every((key) => key.startsWith('!'));
    const shortest = Math.min(...[...keys].map((key) => bareWord(key).length));
    return keys.size + (weak ? 1000 : 0) - (negated ? 0.5 : 0) + 1 / (1 + shortest);
  });
}

/**
 * What commonness(), indexCost() and the set's signature came to for each key set: compiling asks
 * again and again of the same sets (a group's needs are shared by every pattern that uses it).
 * Key sets are never changed once made.
 */
const commonnessOf = new WeakMap<ReadonlySet<string>, number>();
const indexCostOf = new WeakMap<ReadonlySet<string>, number>();
const signatureOf = new WeakMap<ReadonlySet<string>, string>();

function remembered<T>(memo: WeakMap<ReadonlySet<string>, T>, keys: ReadonlySet<string>, work: () => T): T {
  let value = memo.get(keys);
  if (value === undefined) {
    value = work();
    memo.set(keys, value);
  }
  return value;
}

/** The set's keys in one string: two sets with the same keys have the same signature. */
export function signature(keys: ReadonlySet<string>): string {
  return remembered(signatureOf, keys, () => [...keys].sort().join('\u0000'));
}

const bareWord = (key: string): string => key.replace(/^!?[=^]?/, '');

/** Whether the key is a function word ("the", "not", "was"): one nearly every sentence holds. */
export function isWeakKey(key: string): boolean {
  return WEAK_ANCHORS.has(bareWord(key));
}

/**
 * Words found in many sentences of case reviews (on the generated bench corpus, "child" in about one
 * in five, "mother" in one in seven; keys as the reader gives them). Many patterns need one of them
 * beside rarer words, so the index files such a need under a rarer set where there is one.
 */
const COMMON_IN_REVIEWS = new Set([
  'child', 'mother', 'father', 'parent', 'famili', 'babi', 'know', 'assess', 'review', 'visit', 'servic', 'health', 'practition', 'worker',
  'social', 'plan', 'school', 'report', 'manag', 'support', 'meet', 'about', 'after', 'earli', 'record', 'referr', 'profession', 'concern', 'agenc',
]);

/** commonness(), with a set that offers a word common in case reviews counted as two words longer: how the index orders the sets of a need. */
export function indexCost(keys: ReadonlySet<string>): number {
  return remembered(indexCostOf, keys, () => {
    for (const key of keys) if (COMMON_IN_REVIEWS.has(key.startsWith('=') ? key.slice(1) : key)) return commonness(keys) + 2;
    return commonness(keys);
  });
}

/** The most selective set of a need (least `cost`), or null when the need is empty. */
export function pickAnchor(need: Need, costOf: (keys: ReadonlySet<string>) => number = commonness): ReadonlySet<string> | null {
  let best: ReadonlySet<string> | null = null;
  let bestCost = Infinity;
  for (const anchor of need) {
    const cost = costOf(anchor);
    if (cost < bestCost) {
      best = anchor;
      bestCost = cost;
    }
  }
  return best;
}

/** The default of a switch over every kind of pattern node: a kind added without a case here does not compile. */
export function unhandled(node: never): never {
  throw new Error(`unhandled pattern node ${JSON.stringify(node)}`);
}
