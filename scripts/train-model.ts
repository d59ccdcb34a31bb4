/**
 * Trains the learned layer and writes it to LEXICONS/model.json (src/model/):
 *   npx tsx scripts/train-model.ts [--lexicons DIR] [--folds 5] [--min-precision 0.75]
 * Training data: ../shared/eval/dev.jsonl, the "train" half of ../shared/eval/hard.jsonl and the
 * lexicons' match:/nomatch: examples. The "validation" half is never read. Each learner of
 * LEARNERS is scored by k-fold cross-validation on dev and hard-train; the best F1 of both layers
 * together wins (within 0.005 of F1: see betterThan), at the
 * threshold chosen on the same folds (the best F1 of both layers at which both layers are at least
 * --min-precision precise on dev and on hard-train, each); it is retrained on everything and saved
 * with its figures and the hashes of its inputs.
 * Deterministic: the same lexicons and data give the same file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { compileTagger, readLexiconSources } from '../src/lexicon/index.js';
import { parseLexiconFile } from '../src/lexicon/lexicon-file.js';
import { MODEL_FILE } from '../src/classifier/index.js';
import { FAILURE_GROUPS } from '../src/classifier/features.js';
import type { ModelFile } from '../src/classifier/theme-model.js';
import {
  chooseThreshold,
  crossValidate,
  dropRareFeatures,
  figuresOf,
  LEARNERS,
  readInstances,
  trainThemes,
  type Figures,
  type Instance,
  type TrainingItem,
} from '../src/classifier/training.js';
import { isThemeId, THEME_IDS } from '../src/model/themes.js';

const { values } = scriptArgs(import.meta.url, {
  options: {
    lexicons: { type: 'string' },
    folds: { type: 'string', default: '5' },
    'min-precision': { type: 'string', default: '0.75' },
  },
});
const started = performance.now();
const dir = values.lexicons ? path.resolve(values.lexicons) : loadConfig(process.env).lexicons;
const sources = readLexiconSources(dir);
const tagger = compileTagger(sources);
const evalDir = path.resolve(PROJECT_ROOT, '../shared/eval');

interface Line {
  id: string;
  text: string;
  themes: string[];
  split?: string;
}

const readLines = (file: string): Line[] =>
  readFileSync(path.join(evalDir, file), 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Line);
const labelsOf = (themes: readonly string[]) => Object.fromEntries(THEME_IDS.map((theme) => [theme, themes.includes(theme)]));

const items: TrainingItem[] = [
  ...readLines('dev.jsonl').map((line) => ({ id: line.id, set: 'dev', text: line.text, labels: labelsOf(line.themes) })),
  // The validation half is dropped here, before anything reads it.
  ...readLines('hard.jsonl').filter((line) => line.split === 'train').map((line) => ({ id: line.id, set: 'hard-train', text: line.text, labels: labelsOf(line.themes) })),
  ...sources.flatMap(({ file, source }) => {
    const lexicon = parseLexiconFile(file, source);
    const theme = lexicon.id?.text ?? '';
    if (!isThemeId(theme)) return [];
    return lexicon.examples.map((example) => ({ id: `${path.basename(file)}:${example.line}`, set: 'examples', text: example.text, labels: { [theme]: example.expected } }));
  }),
];
const instances = dropRareFeatures(readInstances(tagger, items), 2);
// Figures and choices rest on the fully labelled sets: an example is labelled for its own theme only.
const scored = (set?: string) => instances.filter((instance) => instance.item.set !== 'examples' && (!set || instance.item.set === set));
const folds = Number(values.folds);
const minPrecision = Number(values['min-precision']);
const F1_TIE = 0.005;

const show = (figures: Figures) =>
  `P ${figures.precision.toFixed(3)} R ${figures.recall.toFixed(3)} F1 ${figures.f1.toFixed(3)}, theme-free tagged ${(100 * figures.themeFreeTagged).toFixed(1)}%, model's added tags ${figures.added}, P ${figures.addedPrecision.toFixed(3)}`;
console.log(`${items.length} items (${['dev', 'hard-train', 'examples'].map((set) => `${set} ${items.filter((item) => item.set === set).length}`).join(', ')}), lexicons ${tagger.version}`);
console.log(`\n${folds}-fold cross-validation on dev + hard-train (both layers; threshold chosen on the folds: the best F1 with precision >= ${minPrecision} on dev and on hard-train):`);

let best: { learner: (typeof LEARNERS)[number]; threshold: number; figures: Figures; scores: Float64Array[] } | null = null;
for (const learner of LEARNERS) {
  const scores = crossValidate(learner, instances, folds);
  const chosen = chooseThreshold(['dev', 'hard-train'].map((set) => ({ instances: scored(set), scores: pick(scores, instances, scored(set)) })), minPrecision);
  if (!chosen) {
    console.log(`  ${learner.name}: no threshold gives both layers precision ${minPrecision} on dev and on hard-train`);
    continue;
  }
  console.log(`  ${learner.name}: threshold ${chosen.threshold.toFixed(3)}, ${show(chosen.figures)}`);
  if (!best || betterThan(chosen.figures, best.figures)) best = { learner, ...chosen, scores };
}
if (!best) throw new Error(`no learner gives both layers precision ${minPrecision} on dev and on hard-train; lower --min-precision or improve the features`);

const figures: Record<string, unknown> = { folds, threshold: round(best.threshold), minPrecision };
console.log(`\nchosen: ${best.learner.name}, threshold ${best.threshold.toFixed(3)}. Cross-validated figures:`);
for (const set of ['dev', 'hard-train']) {
  const chosen = scored(set);
  const scores = pick(best.scores, instances, chosen);
  for (const layer of ['patterns', 'model', 'both'] as const) {
    const result = figuresOf(chosen, scores, layer, best.threshold);
    figures[`${set} ${layer}`] = roundAll(result);
    console.log(`  ${set.padEnd(10)} ${layer.padEnd(8)} ${show(result)}`);
  }
}

const models = trainThemes(best.learner, instances);
const logit = Math.log(best.threshold / (1 - best.threshold));
const model: ModelFile = {
  format: 1,
  lexiconVersion: tagger.version,
  trainingData: hashOf(items),
  learner: best.learner.name,
  figures,
  failureGate: [...FAILURE_GROUPS],
  themes: Object.fromEntries(
    [...models].map(([theme, { bias, weights }]) => [theme, { bias: round(bias - logit), weights: prune(weights) }]),
  ) as ModelFile['themes'],
};
const file = path.join(dir, MODEL_FILE);
writeFileSync(file, `${JSON.stringify(model, null, 1)}\n`);
const weights = Object.values(model.themes).reduce((sum, entry) => sum + Object.keys(entry?.weights ?? {}).length, 0);
console.log(`\nwrote ${path.relative(process.cwd(), file)}: ${weights} weights, training data ${model.trainingData}, in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/**
 * Learners within F1_TIE (0.005) of each other are a tie (the folds cannot tell them apart). A tie
 * goes to the one whose added tags are more precise, since precision is what fails first on unseen
 * text; then to the one that adds more (a model that adds nothing is precise by convention only);
 * and a full tie to the later of LEARNERS, the more strongly regularised, since the folds give no
 * reason for the more complex model.
 */
function betterThan(a: Figures, b: Figures): boolean {
  if (Math.abs(a.f1 - b.f1) > F1_TIE) return a.f1 > b.f1;
  if (a.addedPrecision !== b.addedPrecision) return a.addedPrecision > b.addedPrecision;
  return a.added >= b.added;
}

/** The scores of `chosen` (a subset of `all`, in its order). */
function pick(scores: Float64Array[], all: readonly Instance[], chosen: readonly Instance[]): Float64Array[] {
  const at = new Map(all.map((instance, index) => [instance, index]));
  return chosen.map((instance) => scores[at.get(instance) as number] as Float64Array);
}

/** Weights too small to move a score are dropped and the rest rounded: the file stays small and reviewable. */
function prune(weights: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...weights].filter(([, weight]) => Math.abs(weight) >= 0.1).map(([feature, weight]) => [feature, round(weight)]).sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1)));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function roundAll(figures: Figures): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, Math.round(value * 1000) / 1000]));
}

function hashOf(training: readonly TrainingItem[]): string {
  const hash = createHash('sha256');
  for (const item of training) hash.update(`${item.id}\0${item.text}\0${JSON.stringify(item.labels)}\n`);
  return hash.digest('hex').slice(0, 12);
}
