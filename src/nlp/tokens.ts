import type { TokenTable } from './token-table.js';
import { nlp, its, lemmaIts } from './wink.js';
import { formOfWord, keyOfToken } from './word-key.js';
import { markNegation } from './negation.js';
import { clauseBoundaries, numberClauses } from './clauses.js';

/** readTokens('No one saw Child A.').keys -> ['no', 'one', 'saw', 'child', 'a.'] */
export function readTokens(text: string): TokenTable {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const winkNegated = tokens.out(its.negationFlag) as unknown as boolean[];
  const count = values.length;
  const lower = new Array<string>(count);
  const keys = new Array<string>(count);
  const unKeys = new Array<string | undefined>(count);
  const start = new Array<number>(count);
  const end = new Array<number>(count);
  const lemmaAt = (at: number) => tokens.itemAt(at).out(lemmaIts);
  let offset = 0;
  for (let i = 0; i < count; i += 1) {
    const value = values[i] as string;
    offset += (spaces[i] as string).length;
    start[i] = offset;
    offset += value.length;
    end[i] = offset;
    const form = formOfWord(value);
    lower[i] = form.lower;
    unKeys[i] = form.unKey;
    const isContraction = value.includes("'") || values[i + 1] === "n't";
    keys[i] = keyOfToken(form, pos[i] as string, isContraction, lemmaAt, i);
  }
  const sentences = (doc.sentences().out(its.span) as unknown as Array<[number, number]>).map(
    ([first, last]): [number, number] => [first, last + 1],
  );
  const boundaries = clauseBoundaries({ count, lower, pos, start, end });
  const table: TokenTable = { count, lower, keys, unKeys, pos, negated: new Array<number>(count).fill(0), start, end, clauses: numberClauses(boundaries), sentences };
  markNegation(table, winkNegated, boundaries);
  return table;
}
