import { createTermReader, type TermReader } from '../check/terms.js';
import { actionOf } from './ask-action.js';
import { conceptOf, isGeneric } from './ask-concepts.js';
import { plainAsk } from './ask-phrases.js';
import { readRecommendation, type RecommendationParts } from './recommendation-parts.js';

/** A recommendation's ask: the sentence that makes it, read into parts, and the words it turns on. */
export interface Ask {
  sentence: string;
  parts: RecommendationParts;
  /** Porter stems of the ask's particular words (not "board", "should", "ensure"): what "same words" compares. */
  stems: readonly string[];
  /**
   * The content words of the whole sentence (purpose and manner included: a rewording often moves
   * the ask into them), one per stem, without generic words and names: what "same ask reworded"
   * aligns, word by word, through stems, concept groups and WordNet.
   */
  words: readonly AskWord[];
  /** The concepts of those words ("spoken" and "seen" are both "see"): how candidates are found. */
  concepts: readonly string[];
  /** The class of what it asks to be done (ask-action.ts): two asks of different classes ask different things. */
  action: string | null;
}

/** A content word of an ask: as written (lower case), its Porter stem, its concept group and what it counts. */
export interface AskWord {
  word: string;
  stem: string;
  concept: string;
  /** 1 for a word of the ask itself (addressee, verb, object), OUTSIDE_ASK for one of its purpose or timescale. */
  weight: number;
}

/** A sentence that asks: a modal, "is asked to", "to consider", or a recommending opening. */
const ASKING = /\b(?:must|shall|should|will|ought to|needs? to|(?:is|are) asked to|to consider|recommend(?:s|ed)?)\b/i;
/** "unclear who should act" reports a finding, not an ask. */
const NOT_ASKING = /\b(?:who|what|whether|how) (?:should|must|would|will)\b/i;
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z‘“"'(])/;
/** A capitalised word that does not open the text; acronyms (GP, CAMHS) are kept. */
const NAME = /(?<=\S\s+)\p{Lu}\p{Ll}+(?:['’]s)?/gu;

/**
 * The ask of a recommendation passage: its first sentence that asks for something (a passage
 * often opens with the finding it answers), else its first sentence.
 * readAsk('Child H was not seen. The Board should ensure children are seen alone.').parts.verb === 'ensure'
 */
export function readAsk(text: string): Ask {
  const { sentence, parts } = readAskParts(text);
  return fromParts(sentence, parts);
}

/**
 * The sentence that makes a recommendation's ask and its parts, no more: what the store keeps.
 * Ingest reads this; the words and concepts that compare asks are read when asks are compared.
 * readAskParts('Child H was not seen. The Board should ensure children are seen alone.').sentence === 'The Board should ensure children are seen alone.'
 */
export function readAskParts(text: string): { sentence: string; parts: RecommendationParts } {
  const sentences = text.split(SENTENCE_END).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
  const sentence = sentences.find((candidate) => ASKING.test(candidate) && !NOT_ASKING.test(candidate)) ?? sentences[0] ?? '';
  return { sentence, parts: readRecommendation(sentence) };
}

/** An ask from parts already read (as stored): no second parse. */
export function fromParts(sentence: string, parts: RecommendationParts): Ask {
  // Who is asked to do what; the purpose, timescale and measure after it ("with evidence of the change by ...") are left out.
  const asked = plainAsk(parts.verb === null ? sentence : [parts.addressee, parts.verb, parts.object].filter(Boolean).join(' '));
  // A reader of its own: its cache would otherwise keep a draft's words after its check.
  const terms = createTermReader();
  // Names (of places, boards, children) are capitalised inside the sentence: they say where, not what is asked.
  const stems = [...new Set(terms.stems(asked.replace(NAME, ' ')))].filter((stemmed) => !isGeneric(stemmed));
  const words = contentWords(plainAsk(sentence), terms, new Set(stems));
  return { sentence, parts, stems, words, concepts: [...new Set(words.map((word) => word.concept))], action: actionOf(plainVerb(parts)) };
}

/** The verb and object in plain verbs (ask-phrases.ts): "seek assurance that X" is read as "ensure that X". */
function plainVerb(parts: RecommendationParts): RecommendationParts {
  if (parts.verb === null) return parts;
  const [verb = '', ...object] = plainAsk(`${parts.verb} ${parts.object ?? ''}`).trim().split(' ');
  return { ...parts, verb, object: object.join(' ') };
}

/**
 * What a word outside the ask itself counts (its purpose, manner or timescale: "so that ...", "with
 * evidence of the change by ..."): a rewording may move the ask there, but each review adds its own.
 * Chosen on the tuning asks (README).
 */
const OUTSIDE_ASK = 0.2;

function contentWords(sentence: string, terms: TermReader, asked: ReadonlySet<string>): AskWord[] {
  const words = new Map<string, AskWord>();
  for (const word of sentence.replace(NAME, ' ').toLowerCase().match(/\p{L}+/gu) ?? []) {
    const [stemmed] = terms.stems(word);
    if (stemmed === undefined || isGeneric(stemmed) || words.has(stemmed)) continue;
    words.set(stemmed, { word, stem: stemmed, concept: conceptOf(stemmed), weight: asked.has(stemmed) ? 1 : OUTSIDE_ASK });
  }
  return [...words.values()];
}
