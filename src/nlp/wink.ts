import type { ItsFunction } from 'wink-nlp';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The one wink-nlp instance of this process or worker. A second instance breaks
 * `learnCustomEntities`, so every module that needs wink imports it from here.
 * The pipeline is what the project reads: sentences, negation and part of speech (which the
 * lemmas need). Named entities, sentiment and custom entities are left out: nothing uses them,
 * and they cost about a third of reading time (see scripts/bench-tag.ts). Add 'ner', 'sa' or
 * 'cer' here if a feature comes to need them.
 */
export const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
export const its = nlp.its;
export const as = nlp.as;

/**
 * `its.lemma` typed for `.out()`: wink's declarations give it the model's addon parameter, which
 * does not line up with the `ItsFunction` that `.out()` accepts, though it works as documented.
 */
export const lemmaIts = its.lemma as unknown as ItsFunction<string>;
