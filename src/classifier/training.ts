import type { Tagger } from '../lexicon/index.js';
import { THEME_IDS, type PassageKind, type ThemeId } from '../model/themes.js';
import { FAILURE_GROUPS, sentenceFeatures, signalsFailure } from './features.js';
import { sigmoid } from './theme-model.js';
import { linearScore, trainLogistic, trainPerceptron, type Example, type LinearWeights } from './learners.js';

/** A labelled passage as the training script reads it: a line of dev.jsonl or hard.jsonl, or a lexicon example. */
export interface TrainingItem {
  id: string;
  /** Where it came from ("dev", "hard-train", "examples"): figures are given per set. */
  set: string;
  text: string;
  /** The theme's label where known. A lexicon example labels only its own theme. */
  labels: Partial<Record<ThemeId, boolean>>;
}

/** An item as the model sees it: the features of each sentence that states something, and what the patterns found. */
export interface Instance {
  item: TrainingItem;
  sentences: string[][];
  /** Every sentence's features together: what a passage-level label is learned from. */
  features: string[];
  patternThemes: ReadonlySet<ThemeId>;
}

export type Learner = { name: string; train: (examples: readonly Example[]) => LinearWeights };

/** The learners the script compares, each with the settings tried. */
export const LEARNERS: readonly Learner[] = [
  { name: 'averaged perceptron (10 epochs)', train: (examples) => trainPerceptron(examples, 10) },
  // From the weakest regularisation to the strongest: scripts/train-model.ts gives a full tie to the later.
  ...[1e-3, 3e-3, 1e-2, 3e-2].flatMap((l2) => [1, 2, 3].map((positiveWeight): Learner => ({
    name: `logistic regression (SGD, 20 epochs, L2 ${l2}, positive weight ${positiveWeight})`,
    train: (examples) => trainLogistic(examples, { l2, epochs: 20, positiveWeight }),
  }))),
];

/** Reads every item once with the tagger (without section context, as the evaluation does). */
export function readInstances(tagger: Tagger, items: readonly TrainingItem[]): Instance[] {
  return items.map((item) => {
    const reading = tagger.read(item.text);
    const sentences = reading.readings
      .filter((sentence) => !sentence.topicOnly)
      .map((sentence) => sentenceFeatures(reading, sentence, reading.kind as PassageKind))
      .filter((features) => features.length > 0);
    return { item, sentences, features: [...new Set(sentences.flat())], patternThemes: new Set(reading.themes) };
  });
}

/**
 * Drops features met in fewer than `minCount` items: a word seen once is remembered, not learned,
 * and it would only make the model file bigger.
 */
export function dropRareFeatures(instances: readonly Instance[], minCount: number): Instance[] {
  const counts = new Map<string, number>();
  for (const instance of instances) for (const feature of instance.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const keep = (feature: string) => (counts.get(feature) as number) >= minCount;
  return instances.map((instance) => ({
    ...instance,
    sentences: instance.sentences.map((features) => features.filter(keep)),
    features: instance.features.filter(keep),
  }));
}

/**
 * The examples for one theme: the instances labelled for it (those with a sentence that states
 * something) where none of the theme's patterns counted. The model adds a theme only there, so it
 * learns only there: the positives the patterns miss against the negatives they leave alone, not
 * the cue words the patterns already find.
 */
export function examplesFor(instances: readonly Instance[], theme: ThemeId): Example[] {
  return instances
    .filter((instance) => instance.item.labels[theme] !== undefined && instance.features.length > 0 && !instance.patternThemes.has(theme))
    .map((instance) => ({ features: instance.features, positive: instance.item.labels[theme] as boolean }));
}

/** Per instance, per theme (THEME_IDS order): the best sentence's score. */
export type Scores = Float64Array[];

export function scoreInstances(models: ReadonlyMap<ThemeId, LinearWeights>, instances: readonly Instance[]): Scores {
  return instances.map((instance) =>
    Float64Array.from(THEME_IDS, (theme) => {
      const model = models.get(theme);
      if (!model) return 0;
      let best = 0;
      // As at tagging time with the gate the script writes (layered-tagger.ts): only sentences that signal a failure are scored.
      for (const features of instance.sentences) if (signalsFailure(features, FAILURE_GROUPS)) best = Math.max(best, sigmoid(linearScore(model.bias, model.weights, features)));
      return best;
    }),
  );
}

export function trainThemes(learner: Learner, instances: readonly Instance[]): Map<ThemeId, LinearWeights> {
  return new Map(THEME_IDS.map((theme) => [theme, learner.train(examplesFor(instances, theme))]));
}

/**
 * K-fold cross-validation: each instance is scored by models trained without its fold. Folds are
 * fixed by position (every k-th instance), so a run is repeatable.
 */
export function crossValidate(learner: Learner, instances: readonly Instance[], folds: number): Scores {
  const scores: Scores = new Array(instances.length);
  for (let fold = 0; fold < folds; fold += 1) {
    const training = instances.filter((_, index) => index % folds !== fold);
    const held = instances.map((instance, index) => ({ instance, index })).filter(({ index }) => index % folds === fold);
    const models = trainThemes(learner, training);
    const heldScores = scoreInstances(models, held.map(({ instance }) => instance));
    held.forEach(({ index }, at) => (scores[index] = heldScores[at] as Float64Array));
  }
  return scores;
}

export type Layer = 'patterns' | 'model' | 'both';

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  /** Share of theme-free items given a theme. */
  themeFreeTagged: number;
  /** Precision of the tags the model adds to the patterns' (for the model alone: of all its tags); 1 when it adds none. */
  addedPrecision: number;
  /** How many tags the model adds to the patterns' (for the model alone: all its tags). */
  added: number;
}

/** Micro precision, recall and F1 over the themes an item is labelled for, for one layer at one threshold. */
export function figuresOf(instances: readonly Instance[], scores: Scores, layer: Layer, threshold: number): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let themeFree = 0;
  let themeFreeTagged = 0;
  let addedRight = 0;
  let added = 0;
  instances.forEach((instance, index) => {
    const labels = instance.item.labels;
    const free = THEME_IDS.every((theme) => labels[theme] === false);
    let tagged = false;
    THEME_IDS.forEach((theme, at) => {
      const label = labels[theme];
      if (label === undefined) return;
      const byPattern = layer !== 'model' && instance.patternThemes.has(theme);
      const byModel = layer !== 'patterns' && (scores[index]?.[at] ?? 0) >= threshold;
      const got = byPattern || byModel;
      tagged ||= got;
      if (byModel && !byPattern) {
        added += 1;
        if (label) addedRight += 1;
      }
      if (got && label) tp += 1;
      else if (got) fp += 1;
      else if (label) fn += 1;
    });
    if (free) {
      themeFree += 1;
      if (tagged) themeFreeTagged += 1;
    }
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    themeFreeTagged: themeFree === 0 ? 0 : themeFreeTagged / themeFree,
    addedPrecision: added === 0 ? 1 : addedRight / added,
    added,
  };
}

/** A labelled set with its cross-validated scores: the unit the operating point is held to. */
export interface ScoredSet {
  instances: readonly Instance[];
  scores: Scores;
}

/**
 * The operating point: the threshold (0.2 to 0.99 in steps of 0.01) that gives both layers the best
 * F1 over all `sets` together, among those at which both layers are at least `minPrecision` precise
 * on every set apart (so that the easy set cannot carry the hard one). Null when none qualifies.
 */
export function chooseThreshold(sets: readonly ScoredSet[], minPrecision: number): { threshold: number; figures: Figures } | null {
  const all = sets.flatMap((set) => set.instances);
  const allScores = sets.flatMap((set) => set.scores);
  let best: { threshold: number; figures: Figures } | null = null;
  for (let step = 0; step <= 79; step += 1) {
    const threshold = Math.round(20 + step) / 100;
    if (sets.some((set) => figuresOf(set.instances, set.scores, 'both', threshold).precision < minPrecision)) continue;
    const figures = figuresOf(all, allScores, 'both', threshold);
    if (!best || figures.f1 > best.figures.f1) best = { threshold, figures };
  }
  return best;
}
