/**
 * The pattern language, parsed into a tree. A pattern describes one way of saying a failure:
 *
 *   accept ... face value            words match any inflection; "..." allows up to 4 words between
 *   (take|accept) ..2 "at" face value   alternatives in brackets; "..2" up to 2 words; quotes: exact form
 *   !see alone                        "!": the word must be negated ("not seen alone", "never seen alone")
 *   +drift                            "+": the word must not be negated
 *   !(shared | passed on) | !@pass_on "!" or "+" before brackets or a group: every word inside
 *   (the|a)? delay                    "?": optional
 *   inform* | @agency                 "*": any ending; "@name": a word group defined with `group:`
 *   @agency &6 !share                 both sides within 6 words of each other, in either order
 *   @agency & !share                  both sides anywhere in the same sentence
 *   @oversight ~ @weak                both sides in the same clause (see src/nlp/clauses.ts), in either order
 *
 * Without a "!" anywhere, a pattern's first word must not be negated: "there was no drift" does not
 * match "drift". Grammar (lowest precedence first):
 *   pattern := alt ( ( "&" [N] | "~" ) alt )?
 *   alt     := seq ( "|" seq )*
 *   seq     := item+
 *   item    := ( "(" alt ")" | term | gap ) "?"?
 *   term    := [ "!" | "+" ] ( word | word* | "exact words" | @group | "(" alt ")" ) | *
 *   gap     := ".." N | "..."
 */

export type Polarity = 'any' | 'negated' | 'affirmed';

export type PatternNode =
  | { type: 'word'; word: string; polarity: Polarity }
  | { type: 'exact'; words: string[]; polarity: Polarity }
  | { type: 'prefix'; prefix: string; polarity: Polarity }
  | { type: 'any' }
  | { type: 'group'; name: string }
  | { type: 'gap'; max: number }
  | { type: 'optional'; node: PatternNode }
  /** "!(...)" or "+@group": every word inside takes the polarity. */
  | { type: 'polar'; polarity: Exclude<Polarity, 'any'>; node: PatternNode }
  | { type: 'seq'; items: PatternNode[] }
  | { type: 'alt'; options: PatternNode[] };

/** How close the two sides of a co-occurrence must be: a number of words between them, the same sentence (null), or the same clause. */
export type NearWindow = number | null | 'clause';

export interface PatternTree {
  root: PatternNode;
  /** A second part that must occur in the same sentence (window null), the same clause, or within `window` words. */
  near?: { node: PatternNode; window: NearWindow };
}

export const DEFAULT_GAP = 4;
/** Token numbers standing for "the same sentence" ("&") and "the same clause" ("~"). */
const SENTENCE = -1;
const CLAUSE = -2;
const MAX_GAP = 15;
const MAX_WINDOW = 30;

/** Thrown with the column and what was expected; the loader adds file and line. */
export class PatternSyntaxError extends Error {
  constructor(
    readonly column: number,
    readonly expected: string,
    readonly found: string,
  ) {
    super(`at column ${column}: expected ${expected}, found ${found}`);
  }
}

type Token = { kind: 'word' | 'exact' | 'sym' | 'gap' | 'near'; text: string; column: number; number?: number };

const TOKEN = /\s*(?:(\.\.\.|\.\.\d+)|(&\d*|~)|("[^"]*")|([()|?!+])|(@?[\p{L}\p{N}_'’*-]+)|(\S))/uy;

function lex(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const found = TOKEN.exec(source);
    if (!found) break;
    const column = found.index + found[0].length - found[0].trimStart().length + 1;
    if (found[1]) tokens.push({ kind: 'gap', text: found[1], column, number: found[1] === '...' ? DEFAULT_GAP : Number(found[1].slice(2)) });
    else if (found[2]) tokens.push({ kind: 'near', text: found[2], column, number: found[2] === '~' ? CLAUSE : found[2].length > 1 ? Number(found[2].slice(1)) : SENTENCE });
    else if (found[3]) tokens.push({ kind: 'exact', text: found[3].slice(1, -1), column });
    else if (found[4]) tokens.push({ kind: 'sym', text: found[4], column });
    else if (found[5]) tokens.push({ kind: 'word', text: found[5], column });
    else throw new PatternSyntaxError(column, 'a word, "(", "|", "...", "..N", "&", "!", "+" or "@group"', `"${found[6]}"`);
    if (TOKEN.lastIndex === at) break;
  }
  return tokens;
}

/** parsePattern('!see alone') -> { root: seq[word see (negated), word alone] } */
export function parsePattern(source: string): PatternTree {
  const tokens = lex(source);
  let at = 0;
  const peek = () => tokens[at];
  const describe = (token: Token | undefined) => (token ? `"${token.text}"` : 'the end of the pattern');
  const endColumn = source.length + 1;
  const columnOf = (token: Token | undefined) => token?.column ?? endColumn;

  function parseAlt(): PatternNode {
    const options = [parseSeq()];
    while (peek()?.text === '|' && peek()?.kind === 'sym') {
      at += 1;
      options.push(parseSeq());
    }
    return options.length === 1 ? (options[0] as PatternNode) : { type: 'alt', options };
  }

  function parseSeq(): PatternNode {
    const items: PatternNode[] = [];
    for (;;) {
      const token = peek();
      if (!token || token.kind === 'near' || (token.kind === 'sym' && (token.text === '|' || token.text === ')'))) break;
      items.push(parseItem());
    }
    if (items.length === 0) throw new PatternSyntaxError(columnOf(peek()), 'a word or "("', describe(peek()));
    if (items[0]?.type === 'gap' || items[items.length - 1]?.type === 'gap') {
      throw new PatternSyntaxError(columnOf(peek()), 'a word on both sides of a gap ("..." cannot start or end a sequence)', 'a gap at the edge');
    }
    return items.length === 1 ? (items[0] as PatternNode) : { type: 'seq', items };
  }

  function parseItem(): PatternNode {
    let node = parseAtom();
    if (peek()?.kind === 'sym' && peek()?.text === '?') {
      at += 1;
      if (node.type === 'gap') throw new PatternSyntaxError(columnOf(tokens[at - 1]), 'a word or group before "?"', 'a gap');
      node = { type: 'optional', node };
    }
    return node;
  }

  function parseAtom(): PatternNode {
    const token = peek();
    if (!token) throw new PatternSyntaxError(endColumn, 'a word or "("', 'the end of the pattern');
    at += 1;
    if (token.kind === 'gap') {
      const max = token.number ?? DEFAULT_GAP;
      if (!(max >= 1 && max <= MAX_GAP)) throw new PatternSyntaxError(token.column, `a gap of 1 to ${MAX_GAP} words`, `"${token.text}"`);
      return { type: 'gap', max };
    }
    if (token.kind === 'sym' && token.text === '(') {
      const inner = parseAlt();
      const close = peek();
      if (close?.kind !== 'sym' || close.text !== ')') throw new PatternSyntaxError(columnOf(close), '")"', describe(close));
      at += 1;
      return inner;
    }
    if (token.kind === 'sym' && (token.text === '!' || token.text === '+')) {
      const polarity: Polarity = token.text === '!' ? 'negated' : 'affirmed';
      const target = peek();
      if (target?.kind === 'sym' && target.text === '(') return { type: 'polar', polarity, node: parseAtom() };
      if (!target || (target.kind !== 'word' && target.kind !== 'exact') || target.text === '*') {
        throw new PatternSyntaxError(columnOf(target), `a word, "(" or "@group" right after "${token.text}"`, describe(target));
      }
      at += 1;
      const term = termOf(target, polarity);
      return term.type === 'group' ? { type: 'polar', polarity, node: term } : term;
    }
    if (token.kind === 'word' || token.kind === 'exact') return termOf(token, 'any');
    throw new PatternSyntaxError(token.column, 'a word, "(", "!" or "+"', describe(token));
  }

  function termOf(token: Token, polarity: Polarity): PatternNode {
    const text = token.text.toLowerCase().replace(/’/g, "'");
    if (token.kind === 'exact') {
      const words = text.split(/\s+/).filter(Boolean);
      if (words.length === 0) throw new PatternSyntaxError(token.column, 'words inside the quotes', '""');
      return { type: 'exact', words, polarity };
    }
    if (text === '*') return { type: 'any' };
    if (text.startsWith('@')) {
      if (!/^@[a-z][a-z0-9_]*$/.test(text)) throw new PatternSyntaxError(token.column, 'a group name of letters, digits and "_"', `"${token.text}"`);
      return { type: 'group', name: text.slice(1) };
    }
    const star = text.indexOf('*');
    if (star >= 0) {
      if (star !== text.length - 1 || star < 2) throw new PatternSyntaxError(token.column, 'a "*" only at the end of a word of two letters or more', `"${token.text}"`);
      return { type: 'prefix', prefix: text.slice(0, -1), polarity };
    }
    return { type: 'word', word: text, polarity };
  }

  const root = parseAlt();
  const next = peek();
  if (!next) return { root };
  if (next.kind !== 'near') throw new PatternSyntaxError(next.column, 'the end of the pattern, "|", "&" or "~"', describe(next));
  at += 1;
  const window: NearWindow = next.number === SENTENCE ? null : next.number === CLAUSE ? 'clause' : (next.number as number);
  if (typeof window === 'number' && !(window >= 1 && window <= MAX_WINDOW)) throw new PatternSyntaxError(next.column, `a window of 1 to ${MAX_WINDOW} words after "&"`, `"${next.text}"`);
  const node = parseAlt();
  const rest = peek();
  if (rest) throw new PatternSyntaxError(rest.column, 'the end of the pattern (only one "&" or "~" is allowed)', describe(rest));
  return { root, near: { node, window } };
}
