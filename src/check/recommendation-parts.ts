import nlp from 'compromise';

/**
 * How strongly a recommendation asks: "must" (also "shall", "needs to"), "should" (also "is
 * recommended to", "That X review ..."), "is asked to", "to consider" ("X to consider ..."), "will".
 */
export type Strength = 'must' | 'should' | 'is asked to' | 'to consider' | 'will';

/** A recommendation read into who is asked to do what. */
export interface RecommendationParts {
  /** Who is asked to act, as written ("The Riverside Safeguarding Children Partnership"); null when the sentence names no one, as in a passive ask. */
  addressee: string | null;
  strength: Strength | null;
  /** The ask's verb, in its plain form ("ensure", "seek", "revise"); null when none was found. */
  verb: string | null;
  /** What the verb is asked of, up to the first clause that says why or when ("that children ... are seen"). */
  object: string | null;
}

const PREAMBLE = /^(?:(?:recommendation\s+)?\d+(?:\.\d+)*[.):]?\s+|[-*•]\s+)?(?:(?:it is|we) recommend(?:ed)? that\s+|that\s+)?/i;
const MODAL = /\b(must|shall|should|will|needs? to|(?:is|are) asked to|(?:is|are) recommended to)\s+/i;
const PASSIVE = /^(?:be|are|is)\s+(?:\w+ly\s+)?(\w+(?:ed|en|wn|ght|lt|de|ne))\b/i;
/** Where the ask ends and its purpose, timescale or manner begins. */
const OBJECT_END = /[;:]|,\s|\s(?:so that|in order|by (?:the end of )?\w+ \d{4}|within|and report)\b/i;

/**
 * Reads a recommendation's first sentence: its addressee, strength, ask verb and object.
 * readRecommendation('The Board should seek assurance that children are seen alone.')
 *   -> { addressee: 'The Board', strength: 'should', verb: 'seek', object: 'assurance that children are seen alone' }
 */
export function readRecommendation(sentence: string): RecommendationParts {
  const text = sentence.trim().replace(PREAMBLE, '').replace(/[.\s]+$/, '');
  const modal = MODAL.exec(text);
  if (modal) return readAsk(text.slice(0, modal.index), strengthOf(modal[1] ?? ''), text.slice(modal.index + modal[0].length));
  // No modal: "The Board to consider ..." or, after "That", "the ICB review ...".
  const verb = nlp(text).verbs().json({ offset: true })[0] as CompromiseVerb | undefined;
  if (!verb || verb.offset.start === 0) return { addressee: null, strength: null, verb: null, object: null };
  const before = text.slice(0, verb.offset.start);
  const toConsider = /\bto\s+$/i.test(before);
  return readAsk(before.replace(/\bto\s+$/i, ''), toConsider ? 'to consider' : 'should', text.slice(verb.offset.start));
}

interface CompromiseVerb {
  text: string;
  offset: { start: number; length: number };
  verb: { infinitive: string };
}

function readAsk(subject: string, strength: Strength, rest: string): RecommendationParts {
  const passive = PASSIVE.exec(rest);
  if (passive) {
    // "Procedures should be revised": the subject is what is to change, not who is to change it.
    return { addressee: null, strength, verb: infinitive(passive[1] ?? ''), object: cleanPhrase(subject) };
  }
  const verb = nlp(rest).verbs().json({ offset: true })[0] as CompromiseVerb | undefined;
  const verbEnd = verb && verb.offset.start < 20 ? verb.offset.start + verb.offset.length : 0;
  const verbText = verb && verbEnd > 0 ? verb.verb.infinitive.replace(/\s+that$/i, '').replace(/^\w+ly\s+/, '') : null;
  const after = rest.slice(verbEnd).replace(/^\s+/, '');
  const end = OBJECT_END.exec(after);
  const object = cleanPhrase(end ? after.slice(0, end.index) : after);
  return { addressee: cleanPhrase(subject), strength, verb: verbText?.toLowerCase() ?? null, object };
}

function strengthOf(modal: string): Strength {
  const word = modal.toLowerCase().replace(/\s+/g, ' ');
  if (word === 'must' || word === 'shall' || word.startsWith('need')) return 'must';
  if (word === 'will') return 'will';
  if (word.endsWith('asked to')) return 'is asked to';
  return 'should';
}

function infinitive(participle: string): string {
  return nlp(`they have ${participle}`).verbs().json()[0]?.verb?.infinitive ?? participle.toLowerCase();
}

function cleanPhrase(text: string): string | null {
  const phrase = text.replace(/^(?:that|to)\s+/i, '').replace(/[\s,;:]+$/, '').trim();
  return phrase === '' ? null : phrase;
}
