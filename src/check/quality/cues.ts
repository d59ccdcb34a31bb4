import type { Span } from '../../search/highlight.js';

/**
 * Cue vocabularies of the quality criteria: phrases a board can read and edit. A phrase is matched
 * case-insensitively on word boundaries; `word*` matches any ending ("contribut*": contribute,
 * contribution); a lone `*` stands for up to six words ("from * to"); `{child}` stands for the
 * child the draft is about (the name in its title, "Child R" -> R) or "the child".
 */

export type { Span };

/** Groups of phrases: a text matches when it contains a phrase of every group. */
export type CueGroups = readonly (readonly string[])[];

export interface CueMatcher {
  /** The spans of every group's phrases, or null when a group has none. */
  match(text: string): Span[] | null;
}

const GAP = String.raw`(?:[\w'’-]+[\s,;:]+){0,6}?`;

/** compileCues([['family', 'mother'], ['invited', 'contribut*']], 'R').match('R\'s mother was invited') */
export function compileCues(groups: CueGroups, child: string | null): CueMatcher {
  const patterns = groups.map((phrases) => new RegExp(phrases.map((phrase) => phraseSource(phrase, child)).join('|'), 'gu'));
  return {
    match(text) {
      const spans: Span[] = [];
      for (const pattern of patterns) {
        const found = [...text.matchAll(pattern)].map((hit) => ({ start: hit.index, end: hit.index + hit[0].length }));
        if (found.length === 0) return null;
        spans.push(...found);
      }
      return spans.sort((a, b) => a.start - b.start);
    },
  };
}

function phraseSource(phrase: string, child: string | null): string {
  const words = phrase.trim().split(/\s+/).map((word) => {
    if (word === '*') return GAP;
    // The child's name keeps its case: "Sibling Group A" must not match every "a".
    if (word === '{child}') return child ? `(?:${caseless('the child')}|${escape(child)})` : caseless('the child');
    const open = word.endsWith('*');
    const body = caseless(open ? word.slice(0, -1) : word).replace(/'/g, "['’]");
    return open ? `${body}[\\w'’-]*` : body;
  });
  const joined = words.map((word, index) => (index === 0 || words[index - 1] === GAP ? word : `\\s+${word}`)).join('');
  return String.raw`(?<![\w'’])(?:${joined})(?![\w])`;
}

/** A phrase as a pattern that ignores case, letter by letter, so that the child's name can keep its own. */
function caseless(text: string): string {
  return escape(text).replace(/\p{L}/gu, (letter) => (letter.toLowerCase() === letter.toUpperCase() ? letter : `[${letter.toLowerCase()}${letter.toUpperCase()}]`));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
