import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { ParsedQuery } from './fts-query.js';
import type { Span } from './highlight.js';

interface Token {
  start: number;
  end: number;
  stem: string;
}

/**
 * Finds where a parsed query's terms occur in a passage, the way FTS5's `porter unicode61
 * remove_diacritics 2` tokenizer sees them: letters and digits, folded to lower case without
 * diacritics, Porter-stemmed (natural's stemmer agrees with SQLite's on the corpus vocabulary).
 * Doing this in JavaScript spares an FTS5 query per result, which for a prefix term costs a merge
 * of every matching doclist. Excluded terms are not marked.
 * queryHits(parseUserQuery('face value'))('taken at face value') -> [{9,13}, {14,19}]
 */
export function queryHits(query: ParsedQuery): (text: string) => Span[] {
  const terms = query.required.flat().map((term) => ({ stems: term.words.map(porterStem), prefix: term.prefix }));
  return (text: string) => {
    const tokens = tokenize(text);
    const spans: Span[] = [];
    for (const term of terms) {
      for (let at = 0; at + term.stems.length <= tokens.length; at++) {
        if (term.stems.every((stem, offset) => matches(tokens[at + offset]!.stem, stem, term.prefix && offset === term.stems.length - 1))) {
          spans.push({ start: tokens[at]!.start, end: tokens[at + term.stems.length - 1]!.end });
        }
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  };
}

function matches(token: string, stem: string, prefix: boolean): boolean {
  return prefix ? token.startsWith(stem) : token === stem;
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length, stem: porterStem(match[0]) }));
}

/** Stems of words seen, as a page of results repeats most of its vocabulary; cleared when large. */
const stems = new Map<string, string>();

/** The form FTS5 indexes a word under: porterStem('Agencies') === 'agenc' */
export function porterStem(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size > 100_000) stems.clear();
    stem = PorterStemmer.stem(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    stems.set(word, stem);
  }
  return stem;
}
