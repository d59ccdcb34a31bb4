import type { PassageReading, SentenceReading } from '../lexicon/index.js';
import type { PassageKind } from '../themes.js';
import type { WordVectors } from './word-vectors.js';

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
  const { tokens, factual } = passage;
  const features = new Set<string>();
  const negated = (key: string) => marked(NEGATED, '!', key);
  let statesSomething = !sentence.prescriptive;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    if (factual[i] === 0) continue;
    statesSomething ||= VERBS.has(tokens.pos[i] as string);
    if (!isContentWord(passage, i)) continue;
    features.add(tokens.negated[i] === 1 ? negated(tokens.keys[i] as string) : (tokens.keys[i] as string));
    // Beside the word itself: the un-prefix reading is sometimes wrong ("underestimated").
    const unKey = tokens.unKeys[i];
    if (unKey !== undefined) features.add(negated(unKey));
  }
  if (features.size === 0 || !statesSomething) return [];
  features.add(marked(KINDS, '^', kind));
  for (const group of sentence.groups) features.add(marked(GROUPS, '@', group));
  for (const group of sentence.negatedGroups) features.add(marked(NEGATED_GROUPS, '!@', group));
  for (const theme of sentence.patternThemes) features.add(marked(PATTERNS, '=', theme));
  return [...features];
}

/** A word whose meaning the features read: in a stated part of the sentence, and of a part of speech with content. */
function isContentWord(passage: PassageReading, i: number): boolean {
  return passage.factual[i] !== 0 && !SKIPPED_POS.has(passage.tokens.pos[i] as string);
}

/** The content words of sentences whose meaning is read: their vector rows, and whether each is negated. */
export interface MeaningWords {
  rows: number[];
  negated: number[];
}

/**
 * The content words of `sentences` (as sentenceFeatures reads them) that have a word vector. The
 * meaning features are the mean vector of the affirmed words and that of the negated ones
 * (meaningOf), so "the child was not seen" and "the child was seen" differ.
 * meaningWords(reading, reading.readings, vectors) -> { rows: [412, 301], negated: [0, 1] }
 */
export function meaningWords(passage: PassageReading, sentences: readonly SentenceReading[], vectors: WordVectors): MeaningWords {
  const words: MeaningWords = { rows: [], negated: [] };
  for (const sentence of sentences) {
    for (let i = sentence.from; i < sentence.to; i += 1) {
      if (!isContentWord(passage, i)) continue;
      const row = vectors.rowOf(passage.tokens.lower[i] as string);
      if (row < 0) continue;
      words.rows.push(row);
      words.negated.push(passage.tokens.negated[i] as number);
    }
  }
  return words;
}

/**
 * The meaning features are scaled up: a mean of unit vectors has components of some 0.05, which
 * would take the learners many more steps to weigh than the 0/1 of a word feature.
 */
const MEANING_SCALE = Number(process.env.MS ?? 4);

/** The meaning features: [mean of the affirmed words' vectors, mean of the negated words'], each `dimensions` long. */
export function meaningOf(words: MeaningWords, vectors: WordVectors): Float64Array {
  const { dimensions, values } = vectors;
  const meaning = new Float64Array(2 * dimensions);
  const counts = [0, 0];
  words.rows.forEach((row, at) => {
    const part = words.negated[at] as number;
    (counts[part] as number) += 1;
    for (let d = 0; d < dimensions; d += 1) (meaning[part * dimensions + d] as number) += values[row * dimensions + d] as number;
  });
  for (let d = 0; d < 2 * dimensions; d += 1) {
    const count = counts[d < dimensions ? 0 : 1] as number;
    if (count > 0) (meaning[d] as number) *= MEANING_SCALE / count;
  }
  return meaning;
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
