import type { TokenTable } from '../nlp/tokens.js';
import type { PatternNode } from './pattern-syntax.js';
import { PatternSyntaxError } from './pattern-syntax.js';

/**
 * What a pattern needs from a sentence before it is worth running: its anchor (the keys of its
 * most selective required word), all its required word sets, and the tokens a match can begin
 * with. The index (pattern-index.ts) and the matcher (pattern-matcher.ts) both use them.
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
}

/** Prefix patterns ("accept*") are indexed by their first letters, and each token looks up its own. */
export const PREFIX_ANCHOR = 3;
export function prefixAnchor(word: string): string {
  return `^${word.slice(0, PREFIX_ANCHOR)}`;
}

/** Words too common to serve as an anchor when a rarer one is available. */
const WEAK_ANCHORS = new Set(['not', 'no', 'the', 'a', 'be', 'to', 'of', 'and', 'or', 'in', 'on', 'was', 'were', 'have', 'had', 'do', 'did', 'by', 'with', 'at', 'for']);

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

/** The first tokens a node can begin with, or null when it can begin with anything (or nothing). */
export function firstTokens(node: PatternNode, options: ResolveOptions, path: readonly string[]): FirstTokens | null {
  switch (node.type) {
    case 'word':
      return { keys: new Set(options.reader.keysOf(node.word)[0] ?? []), lowers: new Set(), prefixes: [] };
    case 'exact':
      return { keys: new Set(), lowers: new Set(options.reader.split(node.words[0] as string).slice(0, 1)), prefixes: [] };
    case 'prefix':
      return { keys: new Set(), lowers: new Set(), prefixes: [node.prefix] };
    case 'polar':
      return firstTokens(node.node, options, path);
    case 'group':
      return firstTokens(resolveGroup(node.name, options, path), options, [...path, node.name]);
    case 'seq':
      return node.items[0] ? firstTokens(node.items[0], options, path) : null;
    case 'alt': {
      const union: FirstTokens = { keys: new Set(), lowers: new Set(), prefixes: [] };
      for (const option of node.options) {
        const first = firstTokens(option, options, path);
        if (!first) return null;
        for (const key of first.keys) union.keys.add(key);
        for (const lower of first.lowers) union.lowers.add(lower);
        union.prefixes.push(...first.prefixes);
      }
      return union;
    }
    default:
      return null;
  }
}

/** A cheap test that the token at a position can begin a match; it spares the full matcher most positions. */
export type StartTest = (table: TokenTable, at: number) => boolean;

export function startTest(node: PatternNode, options: ResolveOptions, path: readonly string[]): StartTest | null {
  const first = firstTokens(node, options, path);
  if (!first) return null;
  const { keys, lowers, prefixes } = first;
  const byKey: StartTest = (table, at) => {
    if (keys.has(table.keys[at] as string)) return true;
    const unKey = table.unKeys[at];
    return unKey !== undefined && keys.has(unKey);
  };
  // Most patterns begin with plain words only; they get the key test alone.
  if (lowers.size === 0 && prefixes.length === 0) return byKey;
  return (table, at) => {
    if (byKey(table, at)) return true;
    const lower = table.lower[at] as string;
    if (lowers.has(lower)) return true;
    for (const prefix of prefixes) if (lower.startsWith(prefix)) return true;
    return false;
  };
}

/** Keys one of which every match of the node contains ("=form" for exact words, "^pre" for prefixes), or null. */
export function anchorOf(node: PatternNode, options: ResolveOptions, path: readonly string[]): Set<string> | null {
  switch (node.type) {
    case 'word': {
      const first = options.reader.keysOf(node.word)[0];
      return first ? new Set(first) : null;
    }
    case 'exact': {
      const first = options.reader.split(node.words[0] as string)[0];
      return first === undefined ? null : new Set([`=${first}`]);
    }
    case 'prefix':
      return node.prefix.length >= PREFIX_ANCHOR ? new Set([prefixAnchor(node.prefix)]) : null;
    case 'group':
      return anchorOf(resolveGroup(node.name, options, path), options, [...path, node.name]);
    case 'polar':
      return anchorOf(node.node, options, path);
    case 'seq':
      return pickAnchor(node.items.map((item) => anchorOf(item, options, path)));
    case 'alt': {
      const union = new Set<string>();
      for (const option of node.options) {
        const anchor = anchorOf(option, options, path);
        if (!anchor) return null;
        for (const key of anchor) union.add(key);
      }
      return union;
    }
    default:
      return null;
  }
}

/** The anchors of every word a match cannot do without: the mandatory items of a sequence, each. */
export function requiredAnchors(node: PatternNode, options: ResolveOptions, path: readonly string[]): Array<Set<string>> {
  switch (node.type) {
    case 'seq':
      return node.items.flatMap((item) => requiredAnchors(item, options, path));
    case 'polar':
      return requiredAnchors(node.node, options, path);
    case 'group':
      return requiredAnchors(resolveGroup(node.name, options, path), options, [...path, node.name]);
    default: {
      const anchor = node.type === 'optional' ? null : anchorOf(node, options, path);
      return anchor ? [anchor] : [];
    }
  }
}

/** The most selective anchor: fewest keys, and not a function word unless nothing else is there. */
export function pickAnchor(anchors: Array<Set<string> | null>): Set<string> | null {
  let best: Set<string> | null = null;
  let bestCost = Infinity;
  for (const anchor of anchors) {
    if (!anchor) continue;
    const weak = [...anchor].some((key) => WEAK_ANCHORS.has(key.replace(/^=/, '')));
    const cost = anchor.size + (weak ? 1000 : 0);
    if (cost < bestCost) {
      best = anchor;
      bestCost = cost;
    }
  }
  return best;
}
