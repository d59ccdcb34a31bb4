import type { TokenTable } from './token-table.js';
import { nlp, its, lemmaIts } from './wink.js';
import { formOfWord, readingOfToken, type WordForm } from './word-key.js';
import { flagsOfForm } from './word-flags.js';
import { markNegation } from './negation.js';
import { clauseBoundaries, numberClauses } from './clauses.js';
import { markMissedSteps } from './missed-steps.js';

/** A passage's tokens, with the form of each word (the same object wherever the word recurs) and the id of its reading (WordReading). */
export interface ReadTable extends TokenTable {
  forms: WordForm[];
  readings: number[];
}

/**
 * Word forms by wink's id of the token's text (`its.uniqueId`): wink gives one text one id for the
 * life of its instance, so a token's form costs an array read, not a hash of its text.
 */
const formsByWinkId: Array<WordForm | undefined> = [];

/** readTokens('No one saw Child A.').keys -> ['no', 'one', 'saw', 'child', 'a.'] */
export function readTokens(text: string): ReadTable {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const winkNegated = tokens.out(its.negationFlag) as unknown as boolean[];
  const count = ids.length;
  const forms = new Array<WordForm>(count);
  for (let i = 0; i < count; i += 1) {
    const id = ids[i] as number;
    // Grown one slot at a time, so that the array stays dense (a sparse one is a hash table).
    while (formsByWinkId.length <= id) formsByWinkId.push(undefined);
    forms[i] = formsByWinkId[id] ?? (formsByWinkId[id] = formOfWord(tokens.itemAt(i).out()));
  }
  const lower = new Array<string>(count);
  const keys = new Array<string>(count);
  const unKeys = new Array<string | undefined>(count);
  const start = new Array<number>(count);
  const end = new Array<number>(count);
  const flags = new Array<number>(count);
  const readings = new Array<number>(count);
  const lemmaAt = (at: number) => tokens.itemAt(at).out(lemmaIts);
  let offset = 0;
  for (let i = 0; i < count; i += 1) {
    const form = forms[i] as WordForm;
    offset += (spaces[i] as string).length;
    start[i] = offset;
    offset += form.value.length;
    end[i] = offset;
    lower[i] = form.lower;
    flags[i] = flagsOfForm(form);
    unKeys[i] = form.unKey;
    const isContraction = form.hasApostrophe || (i + 1 < count && (forms[i + 1] as WordForm).value === "n't");
    if (!isContraction && form.firstPos === pos[i]) {
      keys[i] = form.firstKey;
      readings[i] = form.firstReading;
    } else {
      const reading = readingOfToken(form, pos[i] as string, isContraction, lemmaAt, i);
      keys[i] = reading.key;
      readings[i] = reading.id;
    }
  }
  // wink gives each sentence a fresh [first, last] pair, made [first, last + 1) in place.
  const sentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  for (const sentence of sentences) sentence[1] += 1;
  const boundaries = clauseBoundaries({ count, lower, flags, pos, start, end });
  const table: ReadTable = { count, lower, flags, keys, unKeys, pos, negated: new Array<number>(count).fill(0), start, end, clauses: numberClauses(boundaries), sentences, forms, readings };
  markNegation(table, winkNegated, boundaries);
  markMissedSteps(table);
  return table;
}
