import nlp from 'compromise';

/** The forms of one verb that the clause renderer needs. */
export interface VerbForms {
  infinitive: string;
  past: string;
  participle: string;
  gerund: string;
}

const cache = new Map<string, VerbForms>();

/**
 * Conjugates a verb, or the head verb of a phrasal verb ("pass on"), with compromise, which knows
 * the irregular forms (took, seen, sought) that a suffix rule would get wrong.
 *
 * conjugate('seek').participle === 'sought'; conjugate('pass on').past === 'passed on'
 */
export function conjugate(verb: string): VerbForms {
  const known = cache.get(verb);
  if (known) return known;
  const [head = verb, ...particle] = verb.split(' ');
  // Tagged as a verb, so that words that can be adjectives ("complete") still conjugate.
  const doc = nlp(head);
  doc.tag('Infinitive');
  const forms = doc.verbs().conjugate()[0] as Record<string, string> | undefined;
  if (!forms?.PastTense || !forms.Gerund) throw new Error(`conjugate: compromise does not know the verb "${head}"`);
  const tail = particle.length > 0 ? ` ${particle.join(' ')}` : '';
  const result: VerbForms = {
    infinitive: verb,
    past: forms.PastTense + tail,
    // compromise gives a separate participle only where it differs from the past tense.
    participle: (forms.Participle ?? forms.PastTense) + tail,
    gerund: forms.Gerund + tail,
  };
  cache.set(verb, result);
  return result;
}
