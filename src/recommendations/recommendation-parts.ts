import { nlp } from '../nlp/compromise.js';
import type { RecommendationParts, Strength } from '../model/recommendation.js';

// The types are the data model's (src/model/recommendation.ts), which the store writes; re-exported for this domain's readers.
export type { RecommendationParts, Strength };

const PREAMBLE = /^(?:(?:recommendation\s+)?\d+(?:\.\d+)*[.):]?\s+|[-*•]\s+)?(?:(?:it is|we) recommend(?:ed)? that\s+|that\s+)?/i;
const MODAL = /\b(must|shall|should|will|needs? to|(?:is|are) asked to|(?:is|are) recommended to)\s+/i;
const PASSIVE = /^(?:be|are|is)\s+(?:\w+ly\s+)?(\w+(?:ed|en|wn|ght|lt|de|ne))\b/i;
/** Words read by compromise to find the verb: after a modal, and in a sentence without one. */
const VERB_WORDS = 3;
const OPENING_WORDS = 14;
/** Where the ask ends and its purpose, timescale or manner begins. */
const OBJECT_END = /[;:]|,\s|\s(?:so that|in order|by (?:the end of )?\w+ \d{4}|within|and report)\b/i;
/** The ask's verb opening what follows ("urgently review", "make sure", "ensure that"), parsed once, not at every match. */
const VERB_OPENING = nlp.parseMatch('^#Adverb* #Verb+ sure?');
/**
 * compromise's answers for the few words it reads, kept by those words: asks repeat their verbs
 * ("ensure that", "it reviews"), and a conjugation costs about a millisecond. Pure functions of the
 * words, so kept answers are the same; cleared when full, to bound a long ingest's memory.
 */
const CACHE_LIMIT = 20_000;
const verbOpenings = new Map<string, string>();
const infinitives = new Map<string, string>();

/**
 * Reads a recommendation's first sentence: its addressee, strength, ask verb and object.
 * readRecommendation('The Board should seek assurance that children are seen alone.')
 *   -> { addressee: 'The Board', strength: 'should', verb: 'seek', object: 'assurance that children are seen alone' }
 */
export function readRecommendation(sentence: string): RecommendationParts {
  const text = sentence.trim().replace(PREAMBLE, '').replace(/[.\s]+$/, '');
  const modal = MODAL.exec(text);
  if (modal) return readAsk(text.slice(0, modal.index), strengthOf(modal[1] ?? ''), text.slice(modal.index + modal[0].length));
  // No modal: "The Board to consider ..." or, after "That", "the ICB review ...". The subject and
  // the verb come first, and compromise's parse costs by the word, so only the opening is read.
  const opening = text.split(/\s+/).slice(0, OPENING_WORDS).join(' ');
  const verb = nlp(opening).verbs().json({ offset: true })[0] as CompromiseVerb | undefined;
  if (!verb || verb.offset.start === 0) return { addressee: null, strength: null, verb: null, object: null };
  const before = text.slice(0, verb.offset.start);
  const toConsider = /\bto\s+$/i.test(before);
  return readAsk(before.replace(/\bto\s+$/i, ''), toConsider ? 'to consider' : 'should', text.slice(verb.offset.start), !toConsider);
}

interface CompromiseVerb {
  offset: { start: number };
}

/** `inflected`: the verb may not be in its plain form ("the council reviews"), as it is after a modal or "to". */
function readAsk(subject: string, strength: Strength, rest: string, inflected = false): RecommendationParts {
  const passive = PASSIVE.exec(rest);
  if (passive) {
    // "Procedures should be revised": the subject is what is to change, not who is to change it.
    return { addressee: null, strength, verb: infinitive(`they have ${passive[1] ?? ''}`), object: cleanPhrase(subject) };
  }
  // The ask's verb opens what follows ("urgently review", "make sure", "ensure that").
  const phrase = cached(verbOpenings, rest.split(/\s+/).slice(0, VERB_WORDS).join(' '), (words) => nlp(words).match(VERB_OPENING).text());
  const words = phrase.replace(/[,.;:]+$/, '').replace(/^(?:\w+ly\s+)+/i, '').replace(/\s+that$/i, '');
  const after = phrase ? rest.slice(rest.indexOf(phrase) + phrase.length).replace(/^\s+/, '') : rest;
  const end = OBJECT_END.exec(after);
  const verb = words === '' ? null : inflected ? infinitive(`it ${words}`) : words.toLowerCase();
  return { addressee: cleanPhrase(subject), strength, verb, object: cleanPhrase(end ? after.slice(0, end.index) : after) };
}

function strengthOf(modal: string): Strength {
  const word = modal.toLowerCase().replace(/\s+/g, ' ');
  if (word === 'must' || word === 'shall' || word.startsWith('need')) return 'must';
  if (word === 'will') return 'will';
  if (word.endsWith('asked to')) return 'is asked to';
  return 'should';
}

/** The plain form of the verb of a short clause: "they have revised" -> "revise", "it reviews" -> "review". */
function infinitive(clause: string): string {
  return cached(infinitives, clause, () => {
    const plain = (nlp(clause).verbs().conjugate()[0] as { Infinitive?: string } | undefined)?.Infinitive;
    return (plain ?? clause.split(' ').pop() ?? clause).toLowerCase();
  });
}

function cached(answers: Map<string, string>, words: string, read: (words: string) => string): string {
  let answer = answers.get(words);
  if (answer === undefined) {
    if (answers.size >= CACHE_LIMIT) answers.clear();
    answer = read(words);
    answers.set(words, answer);
  }
  return answer;
}

function cleanPhrase(text: string): string | null {
  const phrase = text.replace(/^(?:that|to)\s+/i, '').replace(/[\s,;:]+$/, '').trim();
  return phrase === '' ? null : phrase;
}
