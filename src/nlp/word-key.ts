import model from 'wink-eng-lite-web-model';
import { nlp, lemmaIts } from './wink.js';

/**
 * The key under which a word is matched: the Porter2 stem of its lemma ("seen" -> "see",
 * "accepted" -> "accept", "agencies" -> "agenc"). The lemma folds irregular forms that stemming
 * cannot (saw/seen -> see, children -> child); the stem then folds what the lemma leaves apart
 * (assess/assessed/assessment -> assess). Stemming is wink's own Porter2 (the model's addon), so
 * pattern words and passage words go through one and the same function.
 */
const porter2 = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;

const stems = new Map<string, string>();
const isolatedKeys = new Map<string, string>();

/** stemOf('accepting') === 'accept'; cached, because a corpus repeats a few thousand words. */
export function stemOf(lowerWord: string): string {
  let stem = stems.get(lowerWord);
  if (stem === undefined) {
    stem = porter2(lowerWord);
    stems.set(lowerWord, stem);
  }
  return stem;
}

/**
 * The key of a word read on its own, for nouns: wink leaves proper nouns unlemmatised and tags
 * any capitalised first word as one ("Children were ..."), and it sometimes reads a past tense
 * as a noun ("No one saw" -> noun "saw"). Read alone, such words get their verb or common-noun
 * lemma; for true nouns the result is the same stem either way.
 * keyOfWord('Children') === 'child'; keyOfWord('saw') === 'see'
 */
export function keyOfWord(word: string): string {
  const lower = word.toLowerCase();
  let key = isolatedKeys.get(lower);
  if (key === undefined) {
    const lemma = (nlp.readDoc(lower).tokens().out(lemmaIts) as string[])[0] ?? lower;
    key = stemOf(lemma);
    isolatedKeys.set(lower, key);
  }
  return key;
}

/** What is known of a word as wink writes it, worked out once: a corpus repeats a few thousand words. */
export interface WordForm {
  /** A number of its own, counting from 0 in the order words are first met: what caches index by. */
  id: number;
  /** The word as wink writes it. */
  value: string;
  lower: string;
  /** Whether it holds an apostrophe: a contraction's part ("'d", "can't") takes its lemma from the text around it. */
  hasApostrophe: boolean;
  /**
   * For a word negated by its prefix, the key of the word without it ("unseen" -> "see",
   * "unaware" -> "awar"); undefined otherwise.
   */
  unKey: string | undefined;
  /** How the word has been read in context (readingOfToken): one entry per part of speech, and per key of a contraction. */
  readings: WordReading[];
  /**
   * The part of speech, key and reading id of its first reading outside a contraction (null, '' and
   * -1 until then), on the form itself: most tokens are read as their form first was, and the form
   * is in the cache already, while the search of `readings` costs three reads further afield
   * (readTokens' hottest line in a CPU profile).
   */
  firstPos: string | null;
  firstKey: string;
  firstReading: number;
}

/**
 * A word form read with one key, numbered: what a token's further numbers (vocabulary.ts) are kept
 * by, so that finding them is one array read rather than a search by key.
 */
export interface WordReading {
  /** A number of its own, counting from 0 across all forms. */
  id: number;
  /** The part of speech it was read as; null for a contraction's part, whose key comes from the text around it. */
  pos: string | null;
  key: string;
}

const forms = new Map<string, WordForm>();
let readingCount = 0;

/** formOfWord('Unseen') -> { lower: 'unseen', unKey: 'see', ... }; the same object for every occurrence. */
export function formOfWord(value: string): WordForm {
  let form = forms.get(value);
  if (form === undefined) {
    const lower = value.toLowerCase();
    const unKey = value.length > 5 && lower.startsWith('un') ? keyOfWord(lower.slice(2)) : undefined;
    form = { id: forms.size, value, lower, hasApostrophe: value.includes("'"), unKey, readings: [], firstPos: null, firstKey: '', firstReading: -1 };
    forms.set(value, form);
  }
  return form;
}

/**
 * How token `at` is read in context: nouns are keyed as read alone (keyOfWord), other words by
 * the stem of their lemma. wink's lemma of a word depends only on the word and its part of speech,
 * so readings are kept by both and `lemmaAt` runs only for a pair not met before; lemmatising every
 * token of every passage would cost a sixth of reading time. A contraction ("'d" is "would" or
 * "had") takes its lemma from the text around it, so its reading is found by the key.
 * `lemmaAt` takes the token's number, so that one function serves a whole passage (no closure per token).
 * readingOfToken(formOfWord('seen'), 'VERB', false, () => 'see', 0).key === 'see'
 */
export function readingOfToken(form: WordForm, pos: string, isContraction: boolean, lemmaAt: (at: number) => string, at: number): WordReading {
  const { readings } = form;
  if (isContraction) {
    const key = stemOf(lemmaAt(at));
    for (let i = 0; i < readings.length; i += 1) if ((readings[i] as WordReading).pos === null && (readings[i] as WordReading).key === key) return readings[i] as WordReading;
    return addReading(form, null, key);
  }
  for (let i = 0; i < readings.length; i += 1) if ((readings[i] as WordReading).pos === pos) return readings[i] as WordReading;
  const isNoun = pos === 'NOUN' || pos === 'PROPN';
  return addReading(form, pos, isNoun ? keyOfWord(form.lower) : stemOf(lemmaAt(at)));
}

function addReading(form: WordForm, pos: string | null, key: string): WordReading {
  const reading = { id: readingCount, pos, key };
  readingCount += 1;
  form.readings.push(reading);
  if (form.firstPos === null && pos !== null) [form.firstPos, form.firstKey, form.firstReading] = [pos, key, reading.id];
  return reading;
}
