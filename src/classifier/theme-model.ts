import { LexiconError } from '../errors.js';
import { isThemeId, THEME_IDS, type PassageKind, type ThemeId } from '../model/themes.js';
import type { GroupMatch, PassageReading, SentenceReading } from '../lexicon/index.js';
import { parseFeature, visitSentenceFeatures, visitWords, type FeatureSink, type FeatureSort } from './features.js';

/**
 * The committed model file (lexicons/model.json), written by scripts/train-model.ts: per theme a
 * bias and the weights of its features. The threshold chosen by cross-validation is folded into
 * each bias, so a score of 0.5 is the chosen threshold and the setting's default.
 */
export interface ModelFile {
  format: 1;
  /** The lexicon version (src/lexicon/tagger.ts versionOf) the features were read with. */
  lexiconVersion: string;
  /** sha256 (12 hex) of the labelled items it was trained on. */
  trainingData: string;
  learner: string;
  /** Training figures, for the record: not read by the tagger. */
  figures: Record<string, unknown>;
  /**
   * When present, a sentence is scored only if it has one of these group features or a negated
   * word (features.ts signalsFailure); a model without it scores every sentence that states something.
   */
  failureGate?: string[];
  themes: Partial<Record<ThemeId, { bias: number; weights: Record<string, number> }>>;
}

/** Amounts by theme, listed only for the themes where they are not 0. */
interface SparseWeights {
  themes: number[];
  weights: number[];
}

/** What a group can add to each theme: at most, as a group, and negated. */
interface GroupBound {
  /**
   * The most it can add, for the themes where that is more than 0: some 3 of 21 for a group of
   * the committed model, so that the bound adds 3 numbers a group and not 21 (adding 0 changes no sum).
   */
  most: SparseWeights;
  /** The greatest of `most`: couldReach() looks for the weightiest groups first. */
  peak: number;
  present: Float64Array;
  negated: Float64Array;
}

/** A feature's part in one theme's score. */
export interface Contribution {
  feature: string;
  weight: number;
}

/** Per feature, the themes it weighs on and how much: a sentence's score is one lookup per feature. */
interface FeatureWeights extends SparseWeights {
  /** The sentence that last added it: a feature counts once per sentence. */
  addedIn: number;
}

/**
 * A per-theme linear model over sentence features (features.ts). It is the FeatureSink the tagger
 * hands a sentence's features to: each sort of feature has its own table by bare name, so scoring
 * builds no feature string ("!see" is looked up as "see" among the negated words).
 * new ThemeModel(file).margins(['child', '!see']) -> [-4.2, -3.9, 2.6, ...] in THEME_IDS order
 */
export class ThemeModel implements FeatureSink {
  private readonly bySort: Record<FeatureSort, Map<string, FeatureWeights>> = {
    word: new Map(), negatedWord: new Map(), group: new Map(), negatedGroup: new Map(), kind: new Map(),
  };
  /** bySort's words, the features met most often. */
  private readonly words = this.bySort.word;
  private readonly negatedWords = this.bySort.negatedWord;
  private readonly biases: Float64Array;
  /** Reused by every sentence: a sentence's scoring allocates nothing. */
  private readonly sums: Float64Array;
  readonly lexiconVersion: string;
  /** The groups of the failure gate, by bare name ("weak" for "@weak"); null when the file has no gate. */
  readonly failureGate: ReadonlySet<string> | null;
  private sentence = 0;
  /** For couldReach(): per theme, the most a sentence's kind can add, never less than 0. */
  private readonly kindMost: Float64Array;
  /** For couldReach(), per group name: what the group adds to each theme. */
  private readonly groupBounds = new Map<string, GroupBound>();
  /** couldReach()'s list of the groups that can add something, in the order it looks for them, and their places in its `groups`; reused. */
  private readonly pending: GroupBound[] = [];
  private readonly pendingAt: number[] = [];
  /** The margins of couldReach()'s last sentence after its words: scoreAfterWords() goes on from there. */
  private readonly afterWords: Float64Array;

  constructor(file: ModelFile) {
    this.lexiconVersion = file.lexiconVersion;
    this.failureGate = file.failureGate ? new Set(file.failureGate.map((feature) => parseFeature(feature).name)) : null;
    this.biases = new Float64Array(THEME_IDS.length).fill(-Infinity);
    this.sums = new Float64Array(THEME_IDS.length);
    this.afterWords = new Float64Array(THEME_IDS.length);
    THEME_IDS.forEach((theme, index) => {
      const entry = file.themes[theme];
      if (!entry) return;
      this.biases[index] = entry.bias;
      for (const [feature, weight] of Object.entries(entry.weights)) {
        const { sort, name } = parseFeature(feature);
        const table = this.bySort[sort];
        let found = table.get(name);
        if (!found) table.set(name, (found = { themes: [], weights: [], addedIn: -1 }));
        found.themes.push(index);
        found.weights.push(weight);
      }
    });
    this.kindMost = this.most([...this.bySort.kind.values()]);
    for (const name of new Set([...this.bySort.group.keys(), ...this.bySort.negatedGroup.keys()])) {
      const [group, negated] = [this.bySort.group.get(name), this.bySort.negatedGroup.get(name)];
      const most = this.most([group, negated]);
      this.groupBounds.set(name, { most: sparse(most), peak: Math.max(...most), present: this.dense(group), negated: this.dense(negated) });
    }
  }

  /** Per theme, the greatest weight of these features, or 0 if greater. */
  private most(features: ReadonlyArray<FeatureWeights | undefined>): Float64Array {
    const most = new Float64Array(THEME_IDS.length);
    for (const found of features) found?.themes.forEach((theme, at) => (most[theme] = Math.max(most[theme] as number, found.weights[at] as number)));
    return most;
  }

  /** Adds `weights` to every theme's margin. */
  private addAll(weights: Float64Array): void {
    for (let theme = 0; theme < weights.length; theme += 1) (this.sums[theme] as number) += weights[theme] as number;
  }

  /** Adds the weights to the margins of their themes. */
  private raise({ themes, weights }: SparseWeights): void {
    for (let at = 0; at < themes.length; at += 1) (this.sums[themes[at] as number] as number) += weights[at] as number;
  }

  /** Takes the weights away from the margins of their themes. */
  private lower({ themes, weights }: SparseWeights): void {
    for (let at = 0; at < themes.length; at += 1) (this.sums[themes[at] as number] as number) -= weights[at] as number;
  }

  /** A feature's weights by theme, 0 where it has none. */
  private dense(found: FeatureWeights | undefined): Float64Array {
    const weights = new Float64Array(THEME_IDS.length);
    found?.themes.forEach((theme, at) => (weights[theme] = found.weights[at] as number));
    return weights;
  }

  /**
   * Whether a sentence could have a margin of `least` or more on some theme, judged before its
   * groups are all looked for: its words counted as they will be, its kind at its
   * heaviest, and each group it may have (`groups`) at the most it can add. It is an upper bound,
   * whatever the weights: when it fails, the sentence tags nothing and its groups need not be found.
   * With `lookFor` (how group `at` of `groups` matches in the sentence), the groups are looked
   * for one by one, the weightiest first, and each then counts as it will (as a group, negated, or
   * not at all), until the bound fails or every group is known. The slack covers rounding, as the
   * bound adds in another order.
   */
  couldReach(passage: Pick<PassageReading, 'tokens' | 'factual'>, sentence: SentenceReading, groups: readonly string[], least: number, lookFor?: (at: number) => GroupMatch): boolean {
    this.startSentence();
    if (!visitWords(passage, sentence, this)) return false;
    this.afterWords.set(this.sums);
    this.addAll(this.kindMost);
    // The groups that can add something, weightiest first (an insertion sort: a sentence has a few).
    const [pending, pendingAt] = [this.pending, this.pendingAt];
    pending.length = 0;
    pendingAt.length = 0;
    for (let at = 0; at < groups.length; at += 1) {
      const bound = this.groupBounds.get(groups[at] as string);
      if (!bound) continue;
      this.raise(bound.most);
      let place = pending.length;
      for (; place > 0 && (pending[place - 1] as GroupBound).peak < bound.peak; place -= 1) {
        pending[place] = pending[place - 1] as GroupBound;
        pendingAt[place] = pendingAt[place - 1] as number;
      }
      pending[place] = bound;
      pendingAt[place] = at;
    }
    if (!this.reaches(least)) return false;
    if (!lookFor) return true;
    for (let next = 0; next < pending.length; next += 1) {
      const bound = pending[next] as GroupBound;
      const match = lookFor(pendingAt[next] as number);
      this.lower(bound.most);
      if (match !== 'absent') this.addAll(match === 'negated' ? bound.negated : bound.present);
      if (!this.reaches(least)) return false;
    }
    return true;
  }

  private reaches(least: number): boolean {
    for (let theme = 0; theme < this.sums.length; theme += 1) if ((this.sums[theme] as number) >= least - BOUND_SLACK) return true;
    return false;
  }

  /**
   * The margins of the last sentence couldReach() said yes to, after its words: a copy, for
   * scoreAfterWords(), so that scoring does not visit the sentence's words a second time.
   */
  wordMargins(): Float64Array {
    return this.afterWords.slice();
  }

  /**
   * The sentence's margins as startSentence() and visitFeatures() would leave them, from the
   * margins of its words (wordMargins()) on: the same sums, added in the same order.
   */
  scoreAfterWords(wordMargins: Float64Array, sentence: SentenceReading, kind: PassageKind): Float64Array {
    this.startSentence();
    this.sums.set(wordMargins);
    visitSentenceFeatures(sentence, kind, this);
    return this.sums;
  }

  /**
   * The margin (bias plus weights, before the logistic) of every theme, in THEME_IDS order; the
   * array is overwritten by the next call. A score is sigmoid(margin): compare margins with
   * marginOf(threshold) and take the logistic only of the few that pass.
   */
  margins(features: readonly string[]): Float64Array {
    this.startSentence();
    for (const feature of features) {
      const { sort, name } = parseFeature(feature);
      this.add(this.bySort[sort].get(name));
    }
    return this.sums;
  }

  /** margins() fed by visitFeatures(): startSentence(), the sink's calls, then sentenceMargins. */
  startSentence(): void {
    this.sentence += 1;
    this.sums.set(this.biases);
  }

  word(key: string): void {
    this.add(this.words.get(key));
  }

  negatedWord(key: string): void {
    this.add(this.negatedWords.get(key));
  }

  group(name: string): void {
    this.add(this.bySort.group.get(name));
  }

  negatedGroup(name: string): void {
    this.add(this.bySort.negatedGroup.get(name));
  }

  kind(kind: PassageKind): void {
    this.add(this.bySort.kind.get(kind));
  }

  /** Adds a feature's weights to the sentence's margins, once however often it comes. */
  private add(found: FeatureWeights | undefined): void {
    if (!found || found.addedIn === this.sentence) return;
    found.addedIn = this.sentence;
    this.raise(found);
  }

  /** The margins of the features added since startSentence(), overwritten by the next sentence. */
  get sentenceMargins(): Float64Array {
    return this.sums;
  }

  /** The features that raised a theme's score most, strongest first. */
  topContributions(features: readonly string[], theme: number, count: number): Contribution[] {
    const contributions: Contribution[] = [];
    for (const feature of features) {
      const { sort, name } = parseFeature(feature);
      const found = this.bySort[sort].get(name);
      const at = found ? found.themes.indexOf(theme) : -1;
      if (found && at >= 0 && (found.weights[at] as number) > 0) contributions.push({ feature, weight: found.weights[at] as number });
    }
    return contributions.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1)).slice(0, count);
  }
}

const BOUND_SLACK = 1e-9;

/** The amounts of `dense` that are not 0, by theme. */
function sparse(dense: Float64Array): SparseWeights {
  const found: SparseWeights = { themes: [], weights: [] };
  dense.forEach((weight, theme) => {
    if (weight === 0) return;
    found.themes.push(theme);
    found.weights.push(weight);
  });
  return found;
}

export function sigmoid(margin: number): number {
  return 1 / (1 + Math.exp(-margin));
}

/** The margin whose score is `score`: the logit. */
export function marginOf(score: number): number {
  return Math.log(score / (1 - score));
}

/** Checks the shape of a parsed model file; `where` names it in the error. */
export function parseModelFile(text: string, where: string): ModelFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new LexiconError(`${where}: not valid JSON (${(err as Error).message}); rebuild it with: npx tsx scripts/train-model.ts`);
  }
  const file = value as Partial<ModelFile> | null;
  if (!file || file.format !== 1 || typeof file.lexiconVersion !== 'string' || typeof file.themes !== 'object' || file.themes === null) {
    throw new LexiconError(`${where}: not a model file of format 1 (expected "format", "lexiconVersion" and "themes"); rebuild it with: npx tsx scripts/train-model.ts`);
  }
  if (file.failureGate !== undefined && !(Array.isArray(file.failureGate) && file.failureGate.every((group) => typeof group === 'string'))) {
    throw new LexiconError(`${where}: "failureGate" must be a list of group features such as "@weak"; rebuild it with: npx tsx scripts/train-model.ts`);
  }
  for (const theme of Object.keys(file.themes)) {
    if (!isThemeId(theme)) throw new LexiconError(`${where}: unknown theme "${theme}"; expected the ids of themes.md. Rebuild it with: npx tsx scripts/train-model.ts`);
  }
  return file as ModelFile;
}
