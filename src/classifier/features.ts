import type { PassageReading, SentenceReading } from '../lexicon/index.js';
import type { PassageKind } from '../model/themes.js';

/**
 * The learned layer's features of one sentence, all read off what the tagger already computed:
 *   `word`        the key (stem of the lemma) of a content word in text that states a fact
 *   `!word`       the same word inside a negation's scope ("not seen" -> !see), or un-prefixed ("unseen" -> unseen and !see)
 *   `@group`      a lexicon group (`group: @name`) matched in the sentence; `!@group` negated
 *   `=theme`      a theme's pattern counted in the sentence (a theme's model never weighs its own:
 *                 it would learn to trust the patterns, and add nothing where they miss)
 *   `^kind`       the passage kind (given by the section, or inferred)
 * Words in prescriptions, conditions, questions and headings are left out, so a pure
 * recommendation or a heading has no word features, and the model does not score it; nor does it
 * score a prescription whose factual part has no verb ("Managers | should review the plan").
 * sentenceFeatures(tagger.read('The child was not seen.'), reading.readings[0], 'finding') -> ['^finding', 'child', '!see', '@child']
 */
export function sentenceFeatures(passage: PassageReading, sentence: SentenceReading, kind: PassageKind): string[] {
  const features = new Set<string>();
  return visitFeatures(passage, sentence, kind, (feature) => features.add(feature)) ? [...features] : [];
}

/**
 * Hands each feature of sentenceFeatures() to `visit`, a word as often as it occurs, without
 * building the list: the tagger scores sentences this way. Returns false, after visiting some
 * words, when the sentence has no features after all: then what was visited does not count.
 */
export function visitFeatures(passage: PassageReading, sentence: SentenceReading, kind: PassageKind, visit: (feature: string) => void): boolean {
  const { tokens, factual } = passage;
  let statesSomething = !sentence.prescriptive;
  let words = false;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    if (factual[i] === 0) continue;
    statesSomething ||= VERBS.has(tokens.pos[i] as string);
    if (SKIPPED_POS.has(tokens.pos[i] as string)) continue;
    words = true;
    visit(tokens.negated[i] === 1 ? marked(NEGATED, '!', tokens.keys[i] as string) : (tokens.keys[i] as string));
    // Beside the word itself: the un-prefix reading is sometimes wrong ("underestimated").
    const unKey = tokens.unKeys[i];
    if (unKey !== undefined) visit(marked(NEGATED, '!', unKey));
  }
  if (!words || !statesSomething) return false;
  visit(marked(KINDS, '^', kind));
  for (const group of sentence.groups) visit(marked(GROUPS, '@', group));
  for (const group of sentence.negatedGroups) visit(marked(NEGATED_GROUPS, '!@', group));
  for (const theme of sentence.patternThemes) visit(marked(PATTERNS, '=', theme));
  return true;
}

/**
 * signalsFailure(sentenceFeatures(...), gate), read off the sentence without building its features:
 * a negated word or un-word in text that states a fact, a negated group, or a group of the gate.
 */
export function opensGate(passage: PassageReading, sentence: SentenceReading, gate: ReadonlySet<string>): boolean {
  const { tokens, factual } = passage;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    if (factual[i] === 0 || SKIPPED_POS.has(tokens.pos[i] as string)) continue;
    if (tokens.negated[i] === 1 || tokens.unKeys[i] !== undefined) return true;
  }
  return sentence.negatedGroups.length > 0 || sentence.groups.some((group) => gate.has(marked(GROUPS, '@', group)));
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

// Feature names made once per word: a string built anew would be hashed anew at every lookup.
const NEGATED = new Map<string, string>();
const GROUPS = new Map<string, string>();
const NEGATED_GROUPS = new Map<string, string>();
const PATTERNS = new Map<string, string>();
const KINDS = new Map<string, string>();
/** Past this many, a cache is cleared: a corpus uses a few thousand words. */
const MAX_CACHED = 200_000;

function marked(cache: Map<string, string>, mark: string, name: string): string {
  let feature = cache.get(name);
  if (feature === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    feature = mark + name;
    cache.set(name, feature);
  }
  return feature;
}

const VERBS = new Set(['VERB', 'AUX']);
/** Parts of speech that carry no content of their own (negation is read from the scope, not from "not"). */
const SKIPPED_POS = new Set(['PUNCT', 'NUM', 'DET', 'CCONJ', 'SCONJ', 'PART', 'SYM', 'X', 'SPACE', 'PRON', 'ADP', 'AUX']);
