import { InputError } from '../errors.js';

/**
 * A user's search words as a parsed query: groups of alternatives that must all match, and terms
 * that must not. `child "not seen" -alone drift OR delay plan*` has four required groups
 * (child; "not seen"; drift OR delay; plan*) and one exclusion (alone).
 */
export interface Term {
  /** The words of the term: one for a word, several for a "quoted phrase". */
  words: string[];
  prefix: boolean;
}

export interface ParsedQuery {
  required: Term[][];
  excluded: Term[];
}

type Token = { kind: 'term'; term: Term; negated: boolean } | { kind: 'or' };

/**
 * Parses a user's search text. Throws InputError (400) with a message that says what to fix:
 * an unbalanced quote, a dangling OR, or a query with nothing to look for.
 * parseUserQuery('drift OR delay -"no drift"') -> { required: [[drift, delay]], excluded: ["no drift"] }
 */
export function parseUserQuery(input: string): ParsedQuery {
  const tokens = tokenize(input);
  const required: Term[][] = [];
  const excluded: Term[] = [];
  let joinNext = false;
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'or') {
      const previous = tokens[index - 1];
      const next = tokens[index + 1];
      if (!previous || previous.kind !== 'term' || previous.negated || !next || next.kind !== 'term' || next.negated) {
        throw new InputError('OR must stand between two search terms, as in "drift OR delay".', 'bad_query');
      }
      joinNext = true;
      continue;
    }
    if (token.negated) excluded.push(token.term);
    else if (joinNext) required[required.length - 1]?.push(token.term);
    else required.push([token.term]);
    joinNext = false;
  }
  if (required.length === 0 && excluded.length > 0) {
    throw new InputError('a search cannot only exclude words: add a word to look for, e.g. "drift -delay".', 'bad_query');
  }
  return { required, excluded };
}

/** Curly and other typographic double quotes, as word processors and phones type them. */
const TYPOGRAPHIC_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

function tokenize(text: string): Token[] {
  const input = text.replace(TYPOGRAPHIC_QUOTES, '"');
  if (input.length > 1000) throw new InputError('the search is too long: use at most 1,000 characters.', 'bad_query');
  const quotes = (input.match(/"/g) ?? []).length;
  if (quotes % 2 === 1) throw new InputError('the search has an unbalanced quote: close the "phrase" with a second double quote.', 'bad_query');
  const tokens: Token[] = [];
  for (const match of input.matchAll(/(-?)"([^"]*)"(\*?)|(\S+)/g)) {
    const [, minus, phrase, star, bare] = match;
    if (bare === 'OR') {
      tokens.push({ kind: 'or' });
      continue;
    }
    const negated = minus === '-' || (bare?.startsWith('-') ?? false);
    const raw = phrase ?? bare?.replace(/^-/, '') ?? '';
    const prefix = star === '*' || (bare?.endsWith('*') ?? false);
    const words = raw.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) continue;
    tokens.push({ kind: 'term', term: { words, prefix }, negated });
  }
  return tokens;
}

/**
 * Writes a parsed query as FTS5 syntax in which every term is a quoted string, so no user text
 * can be read as an FTS5 operator or column filter.
 * toFts5(parseUserQuery('drift OR delay plan*')) === '("drift" OR "delay") AND ("plan"*)'
 */
export function toFts5(query: ParsedQuery): string {
  const groups = query.required.map((group) => `(${group.map(quoteTerm).join(' OR ')})`);
  const positive = groups.join(' AND ');
  return query.excluded.reduce((fts, term) => `${fts} NOT ${quoteTerm(term)}`, positive);
}

function quoteTerm(term: Term): string {
  return `"${term.words.join(' ').replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;
}
