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
 * Sentence boundaries as [start, end) character offsets into `text`.
 * wink reports sentences as token ranges, so offsets are rebuilt from each token's preceding spaces.
 * splitSentences('It rained. We left.') -> [[0, 10], [11, 19]]
 */
export function splitSentences(text: string): Array<[number, number]> {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokenStart: number[] = [];
  const tokenEnd: number[] = [];
  let offset = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    offset += (spaces[i] ?? '').length;
    const at = text.indexOf(tokens[i] ?? '', offset);
    const start = at >= 0 ? at : offset;
    tokenStart.push(start);
    tokenEnd.push(start + (tokens[i] ?? '').length);
    offset = tokenEnd[i] ?? offset;
  }
  const ranges = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return ranges.map(([first, last]) => [tokenStart[first] ?? 0, tokenEnd[last] ?? text.length]);
}

/**
 * `its.lemma` typed for `.out()`: wink's declarations give it the model's addon parameter, which
 * does not line up with the `ItsFunction` that `.out()` accepts, though it works as documented.
 */
export const lemmaIts = its.lemma as unknown as ItsFunction<string>;
