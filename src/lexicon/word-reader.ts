import { nlp, its, lemmaIts } from '../nlp/wink.js';
import { keyOfWord, stemOf } from '../nlp/word-key.js';
import type { WordReader } from './pattern-anchors.js';

/** What keysOf and split said for each pattern word or phrase: compiling asks again for the anchors and the needs. */
const keysCache = new Map<string, string[][]>();
const splitCache = new Map<string, string[]>();

/**
 * Pattern words read the way passage words are (tokens.ts): split by wink's tokenizer, keyed by
 * the stem of the lemma. A word also keeps its own stem, so a pattern written in an inflected form
 * ("seen") still matches that form whatever the lemma says. The answers are cached (the same words
 * are read three times a compile, in every thread); callers must not change them.
 */
export const winkWordReader: WordReader = {
  keysOf(word) {
    let keys = keysCache.get(word);
    if (!keys) {
      const tokens = nlp.readDoc(word).tokens();
      const values = tokens.out() as string[];
      const lemmas = tokens.out(lemmaIts) as string[];
      keys = values.map((value, index) => [...new Set([stemOf(lemmas[index] as string), keyOfWord(value), stemOf(value.toLowerCase())])]);
      keysCache.set(word, keys);
    }
    return keys;
  },
  split(text) {
    let words = splitCache.get(text);
    if (!words) {
      words = (nlp.readDoc(text).tokens().out(its.normal) as string[]).map((value) => value.toLowerCase());
      splitCache.set(text, words);
    }
    return words;
  },
};
