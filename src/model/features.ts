import type { PassageReading, SentenceReading } from '../lexicon/index.js';
import type { PassageKind } from '../themes.js';

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
  let statesSomething = !sentence.prescriptive;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    if (factual[i] === 0) continue;
    statesSomething ||= VERBS.has(tokens.pos[i] as string);
    if (SKIPPED_POS.has(tokens.pos[i] as string)) continue;
    features.add(tokens.negated[i] === 1 ? `!${tokens.keys[i]}` : (tokens.keys[i] as string));
    // Beside the word itself: the un-prefix reading is sometimes wrong ("underestimated").
    const unKey = tokens.unKeys[i];
    if (unKey !== undefined) features.add(`!${unKey}`);
  }
  if (features.size === 0 || !statesSomething) return [];
  features.add(`^${kind}`);
  for (const group of sentence.groups) features.add(`@${group}`);
  for (const group of sentence.negatedGroups) features.add(`!@${group}`);
  for (const theme of sentence.patternThemes) features.add(`=${theme}`);
  return [...features];
}

const VERBS = new Set(['VERB', 'AUX']);
/** Parts of speech that carry no content of their own (negation is read from the scope, not from "not"). */
const SKIPPED_POS = new Set(['PUNCT', 'NUM', 'DET', 'CCONJ', 'SCONJ', 'PART', 'SYM', 'X', 'SPACE', 'PRON', 'ADP', 'AUX']);
