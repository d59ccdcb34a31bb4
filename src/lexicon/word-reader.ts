import { nlp, its, lemmaIts } from '../nlp/wink.js';
import { keyOfWord, stemOf } from '../nlp/word-key.js';
import type { WordReader } from './pattern-anchors.js';

/**
 * Pattern words read the way passage words are (tokens.ts): split by wink's tokenizer, keyed by
 * the stem of the lemma. A word also keeps its own stem, so a pattern written in an inflected form
 * ("seen") still matches that form whatever the lemma says.
 */
export const winkWordReader: WordReader = {
  keysOf(word) {
    const tokens = nlp.readDoc(word).tokens();
    const values = tokens.out() as string[];
    const lemmas = tokens.out(lemmaIts) as string[];
    return values.map((value, index) => [...new Set([stemOf(lemmas[index] as string), keyOfWord(value), stemOf(value.toLowerCase())])]);
  },
  split(text) {
    return (nlp.readDoc(text).tokens().out(its.normal) as string[]).map((value) => value.toLowerCase());
  },
};
