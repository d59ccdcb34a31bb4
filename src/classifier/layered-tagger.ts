import type { PassageReading, ReadOptions, SentenceReading, Tagger, TagResult, ThemeMatch } from '../lexicon/index.js';
import { THEME_IDS, type PassageKind, type ThemeId } from '../model/themes.js';
import { opensGate, sentenceFeatures, visitFeatures } from './features.js';
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
   * The sentences of the passage being read that the bound judged: null for one whose groups were
   * not looked for (the model could tag nothing from it), else the margins of its words.
   */
  const judged = new Map<SentenceReading, Float64Array | null>();
  const options: ReadOptions = {
    ...(model.failureGate ? { gateGroups: model.failureGate } : {}),
    groupsWanted: (sentence, passage, groups, lookFor) => {
      const wanted = !sentence.topicOnly && model.couldReach(passage, sentence, groups, least, lookFor);
      judged.set(sentence, wanted ? model.wordMargins() : null);
      return wanted;
    },
  };
  const read = (text: string, context: { section?: PassageKind } = {}): PassageReading => {
    judged.clear();
    const reading = tagger.read(text, context, options);
    const patterns = layers === 'both' ? reading.matches : [];
    const found = modelMatches(reading, layers === 'both' ? reading.themes : [], text, model, least, judged);
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
 * The model's tags: per theme not tagged yet, its best sentence at the threshold or more. A
 * sentence is scored feature by feature, and only once it passes the failure gate; its feature
 * list is built only for the evidence of a tag.
 */
function modelMatches(reading: PassageReading, tagged: readonly ThemeId[], text: string, model: ThemeModel, least: number, judged: ReadonlyMap<SentenceReading, Float64Array | null>): ThemeMatch[] {
  const best = new Map<number, Best>();
  for (const sentence of reading.readings) {
    const wordMargins = judged.get(sentence);
    if (sentence.topicOnly || wordMargins === null || (model.failureGate && !opensGate(reading, sentence, model.failureGate))) continue;
    let margins: Float64Array;
    if (wordMargins) margins = model.scoreAfterWords(wordMargins, sentence, reading.kind);
    else {
      model.startSentence();
      if (!visitFeatures(reading, sentence, reading.kind, model)) continue;
      margins = model.sentenceMargins;
    }
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
