import type { PassageReading, SentenceReading } from '../lexicon/index.js';
import type { PassageKind } from '../model/themes.js';

/**
 * The learned layer's features of one sentence, all read off what the tagger already computed:
 *   `word`        the key (stem of the lemma) of a content word in text that states a fact
 *   `!word`       the same word inside a negation's scope ("not seen" -> !see), or un-prefixed ("unseen" -> unseen and !see)
 *   `@group`      a lexicon group (`group: @name`) matched in the sentence; `!@group` negated
 *   `^kind`       the passage kind (given by the section, or inferred)
 * Words in prescriptions, conditions, questions and headings are left out, so a pure
 * recommendation or a heading has no word features, and the model does not score it; nor does it
 * score a prescription whose factual part has no verb ("Managers | should review the plan").
 * sentenceFeatures(tagger.read('The child was not seen.'), reading.readings[0], 'finding') -> ['^finding', 'child', '!see', '@child']
 */
export function sentenceFeatures(passage: PassageReading, sentence: SentenceReading, kind: PassageKind): string[] {
  const features = new Set<string>();
  const add = (mark: string) => (name: string) => void features.add(mark + name);
  const sink: FeatureSink = { word: add(''), negatedWord: add('!'), group: add('@'), negatedGroup: add('!@'), kind: add('^') };
  return visitFeatures(passage, sentence, kind, sink) ? [...features] : [];
}

/** Where visitFeatures() hands each feature, by its sort and name, without building the feature's string. */
export interface FeatureSink {
  word(key: string): void;
  negatedWord(key: string): void;
  group(name: string): void;
  negatedGroup(name: string): void;
  kind(kind: PassageKind): void;
}

/** The marks that feature names carry in the model file (`!see`, `@weak`), read back by parseFeature(). */
export type FeatureSort = keyof FeatureSink;

/** parseFeature('!@weak') -> { sort: 'negatedGroup', name: 'weak' }; parseFeature('oversight') -> { sort: 'word', name: 'oversight' } */
export function parseFeature(feature: string): { sort: FeatureSort; name: string } {
  if (feature.startsWith('!@')) return { sort: 'negatedGroup', name: feature.slice(2) };
  if (feature.startsWith('!')) return { sort: 'negatedWord', name: feature.slice(1) };
  if (feature.startsWith('@')) return { sort: 'group', name: feature.slice(1) };
  if (feature.startsWith('^')) return { sort: 'kind', name: feature.slice(1) };
  return { sort: 'word', name: feature };
}

/**
 * Hands each feature of sentenceFeatures() to `sink`, a word as often as it occurs, without
 * building the list: the tagger scores sentences this way. Returns false, after visiting some
 * words, when the sentence has no features after all: then what was visited does not count.
 */
export function visitFeatures(passage: Pick<PassageReading, 'tokens' | 'factual'>, sentence: SentenceReading, kind: PassageKind, sink: FeatureSink): boolean {
  if (!visitWords(passage, sentence, sink)) return false;
  visitSentenceFeatures(sentence, kind, sink);
  return true;
}

/**
 * The first part of visitFeatures(): the sentence's words. Returns whether the sentence has
 * features at all (a word, and something stated).
 */
export function visitWords(passage: Pick<PassageReading, 'tokens' | 'factual'>, sentence: SentenceReading, sink: Pick<FeatureSink, 'word' | 'negatedWord'>): boolean {
  const { tokens, factual } = passage;
  let statesSomething = !sentence.prescriptive;
  let words = false;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    if (factual[i] === 0) continue;
    statesSomething ||= VERBS.has(tokens.pos[i] as string);
    // A lone letter is a name's ("Child T"): weighed as a word, one child's name gave a theme another's did not.
    if (SKIPPED_POS.has(tokens.pos[i] as string) || (tokens.keys[i] as string).length === 1) continue;
    words = true;
    if (tokens.negated[i] === 1) sink.negatedWord(tokens.keys[i] as string);
    else sink.word(tokens.keys[i] as string);
    // Beside the word itself: the un-prefix reading is sometimes wrong ("underestimated").
    const unKey = tokens.unKeys[i];
    if (unKey !== undefined) sink.negatedWord(unKey);
  }
  return words && statesSomething;
}

/** The rest of visitFeatures(), after a sentence's words: its kind and groups. */
export function visitSentenceFeatures(sentence: SentenceReading, kind: PassageKind, sink: FeatureSink): void {
  sink.kind(kind);
  for (const group of sentence.groups) sink.group(group);
  for (const group of sentence.negatedGroups) sink.negatedGroup(group);
}

/**
 * signalsFailure(sentenceFeatures(...), gate), read off the sentence without building its features:
 * a negated word or un-word in text that states a fact, a negated group, or a group of the gate
 * (`gateGroups` names them without their "@").
 */
export function opensGate(passage: PassageReading, sentence: SentenceReading, gateGroups: ReadonlySet<string>): boolean {
  const { tokens, factual } = passage;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    if (factual[i] === 0 || SKIPPED_POS.has(tokens.pos[i] as string)) continue;
    if (tokens.negated[i] === 1 || tokens.unKeys[i] !== undefined) return true;
  }
  return sentence.negatedGroups.length > 0 || sentence.groups.some((group) => gateGroups.has(group));
}

/**
 * The failure words of lexicons/groups.lex, the gate scripts/train-model.ts writes into the model
 * (`failureGate`): the model scores only a sentence that signals a failure, by one of these groups
 * or by any negated word ("not seen", "no one asked", "unaware"). Cross-validated on the train
 * half, this keeps the model off neutral narrative that merely shares a theme's vocabulary: the
 * share of theme-free items it tags falls from 9.0% to 5.2% (the patterns' own rate), at a cost of
 * 1.3 points of recall (lexicons/README.md).
 */
export const FAILURE_GROUPS: readonly string[] = ['@weak', '@lacking', '@misjudged', '@none', '@underdone'];

/** signalsFailure(['oversight', '@weak'], FAILURE_GROUPS) === true; signalsFailure(['plan', 'drift'], FAILURE_GROUPS) === false */
export function signalsFailure(features: readonly string[], gate: readonly string[]): boolean {
  return features.some((feature) => feature.startsWith('!') || gate.includes(feature));
}

const VERBS = new Set(['VERB', 'AUX']);
/** Parts of speech that carry no content of their own (negation is read from the scope, not from "not"). */
const SKIPPED_POS = new Set(['PUNCT', 'NUM', 'DET', 'CCONJ', 'SCONJ', 'PART', 'SYM', 'X', 'SPACE', 'PRON', 'ADP', 'AUX']);
