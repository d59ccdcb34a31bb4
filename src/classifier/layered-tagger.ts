import type { PassageReading, ReadOptions, SentenceReading, Tagger, TagResult, ThemeMatch } from '../lexicon/index.js';
import { THEME_IDS, type PassageKind, type ThemeId } from '../model/themes.js';
import { opensGate, sentenceFeatures } from './features.js';
import { marginOf, sigmoid, type ThemeModel } from './theme-model.js';

/** How many of its top features a model tag shows as its evidence. */
const SHOWN_FEATURES = 4;

interface Best {
  score: number;
  sentence: SentenceReading;
}

/** Both layers, or the model alone (to measure it: `scripts/eval.ts --layer model`). */
export type Layers = 'both' | 'model';

/**
 * The tagger with the learned layer on top: a theme is tagged when one of its patterns counts (as
 * before: patterns stay authoritative) or, failing that, when the model scores a sentence that
 * states something at `threshold` or more. The model's evidence is its best sentence and the
 * features that raised the score most.
 * withModel(tagger, model, 0.5).tag('Oversight by managers had been weak.').matches[0].source === 'model'
 */
export function withModel(tagger: Tagger, model: ThemeModel, threshold: number, layers: Layers = 'both'): Tagger {
  const least = marginOf(threshold);
  /**
   * The sentences of the passage being read that the bound let through, with the margins of their
   * words. No other sentence can be tagged: the bound judged it out, or it did not open the gate.
   * Some 8% of the sentences that reach the bound pass it (dev texts), so the rest cost no entry.
   */
  const wanted = new Map<SentenceReading, Float64Array>();
  const options: ReadOptions = {
    ...(model.failureGate ? { gateGroups: model.failureGate } : {}),
    groupsWanted: (sentence, passage, groups, lookFor) => {
      if (sentence.topicOnly || !model.couldReach(passage, sentence, groups, least, lookFor)) return false;
      wanted.set(sentence, model.wordMargins());
      return true;
    },
  };
  const read = (text: string, context: { section?: PassageKind } = {}): PassageReading => {
    wanted.clear();
    const reading = tagger.read(text, context, options);
    const patterns = layers === 'both' ? reading.matches : [];
    const found = modelMatches(reading, layers === 'both' ? reading.themes : [], text, model, least, wanted);
    if (found.length === 0 && layers === 'both') return reading;
    const matches = [...patterns, ...found].sort((a, b) => a.start - b.start || a.end - b.end || (a.theme < b.theme ? -1 : 1));
    const themes = [...new Set(matches.map((match) => match.theme))].sort();
    return { ...reading, matches, themes };
  };
  return {
    version: tagger.version,
    lexicons: tagger.lexicons,
    read,
    tag(text, context): TagResult {
      const { kind, themes, matches, sentences } = read(text, context);
      return { kind, themes, matches, sentences };
    },
  };
}

/**
 * The model's tags: per theme not tagged yet, its best sentence at the threshold or more. Only the
 * sentences the bound let through (`wanted`, with the margins of their words) are scored, once
 * they pass the failure gate; a feature list is built only for the evidence of a tag.
 */
function modelMatches(reading: PassageReading, tagged: readonly ThemeId[], text: string, model: ThemeModel, least: number, wanted: ReadonlyMap<SentenceReading, Float64Array>): ThemeMatch[] {
  const best = new Map<number, Best>();
  // In the order of the sentences, as the tagger read them: of two equal scores the first stands.
  for (const [sentence, wordMargins] of wanted) {
    if (model.failureGate && !opensGate(reading, sentence, model.failureGate)) continue;
    const margins = model.scoreAfterWords(wordMargins, sentence, reading.kind);
    for (let theme = 0; theme < margins.length; theme += 1) {
      const margin = margins[theme] as number;
      if (margin < least || tagged.includes(THEME_IDS[theme] as ThemeId)) continue;
      const score = sigmoid(margin);
      if (score > (best.get(theme)?.score ?? -1)) best.set(theme, { score, sentence });
    }
  }
  return [...best].map(([theme, { score, sentence }]) => {
    const features = sentenceFeatures(reading, sentence, reading.kind);
    const [start, end] = sentence.span;
    return {
      theme: THEME_IDS[theme] as ThemeId,
      start,
      end,
      text: text.slice(start, end),
      pattern: `model: ${model.topContributions(features, theme, SHOWN_FEATURES).map(({ feature, weight }) => `${feature} +${weight.toFixed(2)}`).join(', ')}`,
      source: 'model' as const,
      score: Math.round(score * 1000) / 1000,
    };
  });
}
