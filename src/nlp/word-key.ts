import model from 'wink-eng-lite-web-model';
import { nlp, its, lemmaIts } from './wink.js';

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
