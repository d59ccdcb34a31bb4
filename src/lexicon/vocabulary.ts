import type { TokenTable } from '../nlp/token-table.js';
import type { ReadTable } from '../nlp/tokens.js';
import type { WordForm } from '../nlp/word-key.js';

/**
 * The strings that patterns ask about, numbered when the lexicons are compiled: word keys
 * ("see"), exact forms ("=informed"), three-letter prefixes ("^fai") and the same marked negated
 * ("!see"). A passage token is then tested by comparing numbers, not strings: the matcher's inner
 * loop does no hashing and allocates nothing. A string that no pattern uses has no number (-1),
 * and nothing is numbered while tagging, so the vocabulary stays the size of the lexicons.
 */
export class Vocabulary {
  private readonly numbers = new Map<string, number>();
  /** Numbers of the strings the index files patterns under: the only ones a token needs to bring to a lookup. */
  private readonly indexKeys = new Set<number>();
  private frozen = false;

  get size(): number {
    return this.numbers.size;
  }

  /** The number of a pattern's string, numbering it if new. vocabulary.intern('see') -> 17 */
  intern(text: string): number {
    let number = this.numbers.get(text);
    if (number === undefined) {
      if (this.frozen) throw new Error(`the vocabulary is complete; "${text}" came too late`);
      number = this.numbers.size;
      this.numbers.set(text, number);
    }
    return number;
  }

  /** intern(), for a string the index looks up. */
  internIndexKey(text: string): number {
    const number = this.intern(text);
    this.indexKeys.add(number);
    return number;
  }

  /** The number of a passage's string, or -1 when no pattern uses it. */
  find(text: string): number {
    return this.numbers.get(text) ?? -1;
  }

  isIndexKey(number: number): boolean {
    return this.indexKeys.has(number);
  }

  /** Called once every pattern is compiled: tokens numbered from now on stay valid. */
  freeze(): void {
    this.frozen = true;
  }
}

/** Index strings of a token: its exact form, its prefix bucket, and the negated mark. */
export const formOf = (lower: string): string => `=${lower}`;
export const PREFIX_LENGTH = 3;
export const prefixOf = (lower: string): string => `^${lower.slice(0, PREFIX_LENGTH)}`;
export const negatedOf = (text: string): string => `!${text}`;
/**
 * A prefix pattern is indexed by up to this many of its letters ("consistent*" by "^consiste"), so
 * that it is not tried on every word that begins "con"; a token offers each of its prefixes from
 * three letters up to this length.
 */
export const ANCHOR_PREFIX_LENGTH = 8;
export const anchorPrefixOf = (prefix: string): string => `^${prefix.slice(0, ANCHOR_PREFIX_LENGTH)}`;

/** One token's numbers: what the matcher compares, and the index anchors it satisfies. */
export interface TokenNumbers {
  key: string;
  keyId: number;
  unKeyId: number;
  formId: number;
  prefixId: number;
  /** Index keys the token offers wherever it stands ("unseen" offers "see" and "!see")... */
  anchors: readonly number[];
  /** ...and those it adds where it is negated ("!see", "!=seen", "!^see"). */
  negatedAnchors: readonly number[];
}

/** A token table with each token's strings numbered by a vocabulary: what compiled patterns read. */
export interface NumberedTable extends TokenTable {
  keyIds: number[];
  /** -1 for a token without an un-key. */
  unKeyIds: number[];
  formIds: number[];
  prefixIds: number[];
  numbers: TokenNumbers[];
}

/** numbersOf(vocabulary, 'unseen', 'unseen', 'see').anchors -> the numbers of "unseen", "=unseen", "^uns", "^unse", ..., "see", "!see" that patterns use */
export function numbersOf(vocabulary: Vocabulary, lower: string, key: string, unKey: string | undefined): TokenNumbers {
  const found = (texts: string[]) => [...new Set(texts.map((text) => vocabulary.find(text)).filter((id) => vocabulary.isIndexKey(id)))];
  const prefixes: string[] = [];
  for (let length = PREFIX_LENGTH; length <= Math.min(lower.length, ANCHOR_PREFIX_LENGTH); length += 1) prefixes.push(`^${lower.slice(0, length)}`);
  const own = [key, formOf(lower), ...prefixes];
  return {
    key,
    keyId: vocabulary.find(key),
    unKeyId: unKey === undefined ? -1 : vocabulary.find(unKey),
    formId: vocabulary.find(formOf(lower)),
    prefixId: vocabulary.find(prefixOf(lower)),
    anchors: found(unKey === undefined ? own : [...own, unKey, negatedOf(unKey)]),
    negatedAnchors: found(own.map(negatedOf)),
  };
}

/** The table with its tokens numbered; `numbersAt` gives each token's numbers (cached by the tagger). */
export function numberTable(table: TokenTable, numbersAt: (at: number) => TokenNumbers): NumberedTable {
  // Every field written out, in one order, rather than spread: the matcher reads these objects in
  // its inner loop, and V8 keeps property access fast only for objects of one fixed shape.
  const { count, lower, flags, keys, unKeys, pos, negated, start, end, clauses, sentences } = table;
  // The arrays are made at their full length, not grown by push.
  const keyIds = new Array<number>(count);
  const unKeyIds = new Array<number>(count);
  const formIds = new Array<number>(count);
  const prefixIds = new Array<number>(count);
  const all = new Array<TokenNumbers>(count);
  for (let i = 0; i < count; i += 1) {
    const numbers = numbersAt(i);
    all[i] = numbers;
    keyIds[i] = numbers.keyId;
    // The cache is by word, but negation can take an un-word's reading away ("did not go unnoticed").
    unKeyIds[i] = unKeys[i] === undefined ? -1 : numbers.unKeyId;
    formIds[i] = numbers.formId;
    prefixIds[i] = numbers.prefixId;
  }
  return { count, lower, flags, keys, unKeys, pos, negated, start, end, clauses, sentences, keyIds, unKeyIds, formIds, prefixIds, numbers: all };
}

/**
 * Numbers the tokens of passages, working out each distinct token (word form and key) once: a
 * corpus repeats a few thousand words, so nearly every token costs one array read, by the id of
 * its reading (word-key.ts WordReading). The numbers are those of the word as such: its un-key's
 * anchors stay when a negation takes the un-key's reading away in one passage ("did not go
 * unnoticed"), so that a passage's candidates do not depend on where the process first met the
 * word (numberTable clears the un-key's number there).
 */
export class TokenNumbering {
  /** By reading id: a reading is one form and one key. */
  private readonly byReading: Array<TokenNumbers | undefined> = [];

  constructor(private readonly vocabulary: Vocabulary) {}

  number(table: ReadTable): NumberedTable {
    return numberTable(table, (at) => this.numbersAt(table, at));
  }

  private numbersAt(table: ReadTable, at: number): TokenNumbers {
    const reading = table.readings[at] as number;
    // Grown one slot at a time, so that the array stays dense (a sparse one is a hash table).
    while (this.byReading.length <= reading) this.byReading.push(undefined);
    const known = this.byReading[reading];
    if (known) return known;
    const form = table.forms[at] as WordForm;
    return (this.byReading[reading] = numbersOf(this.vocabulary, form.lower, table.keys[at] as string, form.unKey));
  }
}
