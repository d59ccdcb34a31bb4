import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/**
 * Words as SQLite's FTS5 tokenizer `porter unicode61 remove_diacritics 2` indexes them: split on
 * anything that is not a letter or digit, accents removed, lower-cased, then Porter-stemmed.
 * natural's Porter stemmer is the same original algorithm as SQLite's (they agree on every word
 * of the corpus vocabulary), so a stem here can be looked up in the FTS index's vocabulary.
 */

/**
 * Function words: in nearly every passage, so their weight ln(N / df) is close to nothing, and
 * their document frequencies are the dearest to look up (FTS5 counts them by reading the word's
 * whole posting list). Negations ("not", "never", "no") are kept: "not seen" is the failing.
 */
const ASCII = /^[\x00-\x7f]*$/;

const FUNCTION_WORDS = new Set(
  ('a an the and or but if as at by for from in into of on onto to with within without about after before during over under ' +
    'is are was were be been being am has have had do does did will would shall should could can may might must ' +
    'i me my we us our you your he him his she her it its they them their this that these those there here ' +
    'which who whom whose what when where while than then so such also very both each all any some other').split(' '),
);

export interface TermReader {
  /** stems("The child's views weren't sought") -> ['child', 'view', 'weren', 'sought'] */
  stems(text: string): string[];
  /** A word to put in an FTS5 query for a stem: FTS5 stems it back to exactly that stem. */
  queryWord(stem: string): string;
}

/**
 * A reader for one check. Its caches hold the draft's words, so they live as long as the check and
 * no longer: a draft's words (a child's name among them) must not outlast its request.
 */
export function createTermReader(): TermReader {
  const stemOfWord = new Map<string, string>();
  /** The first word seen for each stem. */
  const wordOfStem = new Map<string, string>();
  const stemOf = (word: string): string => {
    let stem = stemOfWord.get(word);
    if (stem === undefined) {
      stem = PorterStemmer.stem(word);
      stemOfWord.set(word, stem);
      if (!wordOfStem.has(stem)) wordOfStem.set(stem, word);
    }
    return stem;
  };
  return {
    stems(text) {
      // Most text is ASCII, which has no accents to remove, and whose letters and digits simpler patterns find faster.
      const ascii = ASCII.test(text);
      const plain = ascii ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
      const words = plain.toLowerCase().match(ascii ? /[a-z0-9]+/g : /[\p{L}\p{N}]+/gu) ?? [];
      const letter = ascii ? /[a-z]/ : /\p{L}/u;
      const terms: string[] = [];
      for (const word of words) {
        // Single letters (the "s" of "child's") and bare numbers (dates, paragraph numbers) carry no topic.
        if (word.length < 2 || FUNCTION_WORDS.has(word) || !letter.test(word)) continue;
        terms.push(stemOf(word));
      }
      return terms;
    },
    queryWord: (stem) => wordOfStem.get(stem) ?? stem,
  };
}
