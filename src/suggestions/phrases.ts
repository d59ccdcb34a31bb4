import { nlp } from '../nlp/compromise.js';

/** The words of a text as phrases are compared: lower case, letters and digits, inner apostrophes kept. */
export function phraseWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** A phrase's key: its words joined by one space ("was never entered"). */
export function phraseKey(words: readonly string[]): string {
  return words.join(' ');
}

/** Words that begin a noun phrase without saying anything of it ("the", "her"): dropped from its start. */
const LEADING = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'any', 'some', 'each', 'every']);
/** Words too common to be a phrase on their own. */
const FUNCTION_WORDS = new Set([...LEADING, 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'has', 'have', 'did', 'do', 'does', 'not', 'no', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'it', 'he', 'she', 'they', 'there', 'nobody', 'who', 'which', 'what', 'would', 'could', 'should', 'will', 'may', 'might']);
const MAX_WORDS = 6;

/**
 * The noun and verb phrases of a passage, chunked by compromise: its noun phrases (less a leading
 * determiner, possessive or number), its verb phrases ("was never entered", "did not speak") and a copula
 * with its participle ("were not recorded", which compromise reads as an adjective). Each phrase
 * once, as its words' key. Slow (about 10 ms a passage): for suggestions, never for tagging.
 * passagePhrases('Her bedroom was never entered.') -> ['bedroom', 'was never entered']
 */
export function passagePhrases(text: string): string[] {
  const doc = nlp(text);
  const read = (chunks: string[]) => chunks.filter((chunk) => !namesSomeone(chunk));
  const chunks = [
    ...read(doc.nouns().out('array') as string[]).map((chunk) => dropLeading(phraseWords(chunk))),
    ...read(doc.verbs().out('array') as string[]).map(phraseWords),
    ...read(doc.match('#Copula #Negative? #Adverb? #Adjective').out('array') as string[]).map(phraseWords),
  ];
  const phrases = new Set<string>();
  for (const words of chunks) {
    if (words.length === 0 || words.length > MAX_WORDS || words.every((word) => FUNCTION_WORDS.has(word) || /^\d+$/.test(word) || word.length < 3)) continue;
    phrases.add(phraseKey(words));
  }
  return [...phrases];
}

/**
 * A chunk with a capitalised word after its first, or a lone capital ("Child W's", "Ms W"): an
 * anonymised name or a place, true of one review and nothing a lexicon should hold.
 */
function namesSomeone(chunk: string): boolean {
  return /\s\p{Lu}/u.test(chunk.trim()) || /(?:^|\s)\p{Lu}(?:['’]s)?(?=$|[\s.,;:])/u.test(chunk);
}

function dropLeading(words: string[]): string[] {
  let from = 0;
  while (from < words.length - 1 && (LEADING.has(words[from]!) || /^\d+$/.test(words[from]!))) from++;
  return words.slice(from);
}

/**
 * Which of `phrases` (keys) occur in a text, matched on its words: one pass over its n-grams.
 * phrasesIn('The bedroom was never entered', new Set(['was never entered'])) -> Set {'was never entered'}
 */
export function phrasesIn(text: string, phrases: ReadonlySet<string>, longest: number): Set<string> {
  const words = phraseWords(text);
  const found = new Set<string>();
  for (let from = 0; from < words.length; from++) {
    let key = '';
    for (let length = 1; length <= longest && from + length <= words.length; length++) {
      key = length === 1 ? words[from]! : `${key} ${words[from + length - 1]!}`;
      if (phrases.has(key)) found.add(key);
    }
  }
  return found;
}
