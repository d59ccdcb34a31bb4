import { CLOSE_ARRAY, CLOSE_DICT, EOF, Lexer, OPEN_ARRAY, OPEN_DICT, type Token } from './lexer.js';
import { Cmd, Dict, Name, Ref, type PdfObject } from './objects.js';
import { LIMITS, unsupported } from './unsupported.js';

const R = Cmd.of('R');

/**
 * Reads one object (arrays and dictionaries whole, `n g R` as a Ref) from the lexer, starting
 * with `first` when the caller has read its first token already. Nesting is bounded.
 */
export function parseObject(lexer: Lexer, first: Token = lexer.next(), depth = 0, refs = true): PdfObject {
  if (depth > LIMITS.depth) unsupported('objects nested too deeply');
  if (first === OPEN_ARRAY) {
    const items: PdfObject[] = [];
    for (let token = lexer.next(); token !== CLOSE_ARRAY; token = lexer.next()) {
      if (token === EOF) unsupported('an unterminated array');
      items.push(parseObject(lexer, token, depth + 1, refs));
    }
    return items;
  }
  if (first === OPEN_DICT) return parseDict(lexer, depth, refs);
  if (first === EOF || first instanceof Cmd) unsupported(first === EOF ? 'an object cut short' : `an unexpected "${first.cmd}"`);
  if (refs && typeof first === 'number' && Number.isInteger(first) && first >= 0) return maybeRef(lexer, first);
  return first;
}

function parseDict(lexer: Lexer, depth: number, refs: boolean): Dict {
  const dict = new Dict();
  for (let token = lexer.next(); token !== CLOSE_DICT; token = lexer.next()) {
    if (!(token instanceof Name)) unsupported('a dictionary key that is not a name');
    dict.map.set(token.name, parseObject(lexer, lexer.next(), depth + 1, refs));
  }
  return dict;
}

function maybeRef(lexer: Lexer, num: number): PdfObject {
  const saved = lexer.pos;
  const gen = lexer.next();
  if (typeof gen === 'number' && Number.isInteger(gen) && gen >= 0) {
    if (lexer.next() === R) return new Ref(num, gen);
  }
  lexer.pos = saved;
  return num;
}
