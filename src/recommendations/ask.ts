import { createTermReader } from '../check/terms.js';
import { conceptOf, isGeneric } from './ask-concepts.js';
import { readRecommendation, type RecommendationParts } from './recommendation-parts.js';

/** A recommendation's ask: the sentence that makes it, read into parts, and the words it turns on. */
export interface Ask {
  sentence: string;
  parts: RecommendationParts;
  /** Porter stems of the ask's particular words (not "board", "should", "ensure"): what "same words" compares. */
  stems: readonly string[];
  /** The same words as concepts ("spoken" and "seen" are both "see"): what "same ask reworded" compares. */
  concepts: readonly string[];
}

/** A sentence that asks: a modal, "is asked to", "to consider", or a recommending opening. */
const ASKING = /\b(?:must|shall|should|will|ought to|needs? to|(?:is|are) asked to|to consider|recommend(?:s|ed)?)\b/i;
/** "unclear who should act" reports a finding, not an ask. */
const NOT_ASKING = /\b(?:who|what|whether|how) (?:should|must|would|will)\b/i;
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z‘“"'(])/;
const terms = createTermReader();
/** A capitalised word that does not open the text; acronyms (GP, CAMHS) are kept. */
const NAME = /(?<=\S\s+)\p{Lu}\p{Ll}+(?:['’]s)?/gu;

/**
 * The ask of a recommendation passage: its first sentence that asks for something (a passage
 * often opens with the finding it answers), else its first sentence.
 * readAsk('Child H was not seen. The Board should ensure children are seen alone.').parts.verb === 'ensure'
 */
export function readAsk(text: string): Ask {
  const sentences = text.split(SENTENCE_END).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
  const sentence = sentences.find((candidate) => ASKING.test(candidate) && !NOT_ASKING.test(candidate)) ?? sentences[0] ?? '';
  const parts = readRecommendation(sentence);
  return fromParts(sentence, parts);
}

/** An ask from parts already read (as stored): no second parse. */
export function fromParts(sentence: string, parts: RecommendationParts): Ask {
  // Who is asked to do what; the purpose, timescale and measure after it ("with evidence of the change by ...") are left out.
  const asked = parts.verb === null ? sentence : [parts.addressee, parts.verb, parts.object].filter(Boolean).join(' ');
  // Names (of places, boards, children) are capitalised inside the sentence: they say where, not what is asked.
  const stems = [...new Set(terms.stems(asked.replace(NAME, ' ')))].filter((stemmed) => !isGeneric(stemmed));
  return { sentence, parts, stems, concepts: [...new Set(stems.map(conceptOf))] };
}
