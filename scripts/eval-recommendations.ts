/**
 * Measures how recommendations are compared, on the labelled asks of
 * test/fixtures/recommendations/asks.txt: every pair of wordings is labelled same ask, similar
 * ask, related or unrelated by the asks and themes they belong to. Prints pairwise precision and
 * recall per tier and for "same or similar ask", a sweep of the similar-ask threshold, and the
 * purity and completeness of the groups groupAsks makes, on the tuning asks; with --held-out, on
 * the held-out asks too, and the second, fresh held-out group (look there only to confirm a choice made
 * on the tuning asks, never to make it).
 * With --errors, it prints the tuning pairs it gets wrong instead: the same or similar asks scored
 * under the thresholds and the other pairs scored over them, with the words each ask is compared by.
 *   npx tsx scripts/eval-recommendations.ts [--held-out | --errors]
 */
import { PROJECT_ROOT } from '../src/config.js';
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import { readAsk, type Ask } from '../src/recommendations/ask.js';
import { seededRandom } from '../src/seeded-random.js';
import { groupAsks, LINKED_SHARE, linkStrength, PLACED_SHARE } from '../src/recommendations/ask-groups.js';
import { askTier, askWeights, RELATED_ASK, SAME_ASK, scoreAsks, SIMILAR_ASK, type AskScores } from '../src/recommendations/ask-similarity.js';
import { pairLabel, readLabelledAsks, type LabelledWording, type PairLabel } from '../src/recommendations/labelled-asks.js';

const wordings = readLabelledAsks(path.join(PROJECT_ROOT, 'test/fixtures/recommendations/asks.txt'));
const asks = wordings.map((wording) => readAsk(wording.text));
const weights = askWeights(asks);

interface Pair {
  label: PairLabel;
  scores: AskScores;
  /** Positions of the two wordings in the list paired. */
  at: [number, number];
}

function pairsOf(indexes: number[]): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i < indexes.length; i += 1)
    for (let j = i + 1; j < indexes.length; j += 1) {
      const a = indexes[i] as number;
      const b = indexes[j] as number;
      pairs.push({ label: pairLabel(wordings[a] as LabelledWording, wordings[b] as LabelledWording), scores: scoreAsks(asks[a] as Ask, asks[b] as Ask, weights), at: [i, j] });
    }
  return pairs;
}

const fixed = (value: number): string => (Number.isNaN(value) ? ' n/a' : value.toFixed(2));

interface Counts {
  truePositive: number;
  predicted: number;
  actual: number;
}

function counts(pairs: Pair[], predicted: (pair: Pair) => boolean, actual: (label: PairLabel) => boolean): Counts {
  const counted = { truePositive: 0, predicted: 0, actual: 0 };
  for (const pair of pairs) {
    const guess = predicted(pair);
    const truth = actual(pair.label);
    if (guess) counted.predicted += 1;
    if (truth) counted.actual += 1;
    if (guess && truth) counted.truePositive += 1;
  }
  return counted;
}

const described = ({ truePositive, predicted, actual }: Counts): string =>
  `precision ${fixed(truePositive / predicted)}  recall ${fixed(truePositive / actual)}  (${actual} labelled, ${predicted} predicted)`;

function precisionRecall(pairs: Pair[], predicted: (pair: Pair) => boolean, actual: (label: PairLabel) => boolean): string {
  return described(counts(pairs, predicted, actual));
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const order = [...items];
  for (let at = order.length - 1; at > 0; at -= 1) {
    const other = Math.floor(random() * (at + 1));
    [order[at], order[other]] = [order[other] as T, order[at] as T];
  }
  return order;
}

/**
 * The groups of the wordings taken in another order, by position in `indexes`. The file keeps an
 * ask's wordings together, near-identical ones first, which flatters average linkage; a corpus is
 * grouped by year, and a reworded ask may come before its plainest wording.
 */
function groupsInOrder(indexes: number[], seed: number): number[] {
  const order = shuffled(indexes.map((_, at) => at), seed);
  const grouped = groupAsks(order.map((at) => asks[indexes[at] as number] as Ask), weights, LINKED_SHARE, memoScore);
  const groups: number[] = [];
  order.forEach((at, position) => (groups[at] = grouped[position] as number));
  return groups;
}

const SHUFFLES = 5;

/** Mean precision and recall of several runs. */
function meanOf(runs: readonly Counts[]): string {
  const mean = (of: (counted: Counts) => number) => runs.reduce((sum, counted) => sum + of(counted), 0) / runs.length;
  return `precision ${fixed(mean((c) => c.truePositive / c.predicted))}  recall ${fixed(mean((c) => c.truePositive / c.actual))}`;
}

/** Each pair of asks scored once, for the many groupings below. */
const scoreMemo = new Map<Ask, Map<Ask, AskScores>>();
function memoScore(a: Ask, b: Ask): AskScores {
  const row = scoreMemo.get(a) ?? new Map<Ask, AskScores>();
  scoreMemo.set(a, row);
  let scores = row.get(b);
  if (!scores) row.set(b, (scores = scoreAsks(a, b, weights)));
  return scores;
}

const TIER_RANK = { 'same ask': 2, 'similar ask': 1, related: 0 } as const;

/**
 * The decision a draft check makes (recommendation-placement.ts): each wording in turn is the draft
 * and the others the corpus, grouped in the file's order; the draft is placed in the group of its
 * closest same or similar ask among the groups whose distinct wordings it matches on PLACED_SHARE
 * of their number. Each ordered pair (draft, corpus wording) is predicted when the draft was placed
 * in the corpus wording's group.
 */
function placedCounts(indexes: number[], placedShare = PLACED_SHARE, seed: number | null = null): Counts {
  const counted = { truePositive: 0, predicted: 0, actual: 0 };
  const inOrder = seed === null ? indexes : shuffled(indexes, seed);
  inOrder.forEach((draft) => {
    const corpus = inOrder.filter((other) => other !== draft);
    const groups = groupAsks(corpus.map((index) => asks[index] as Ask), weights, LINKED_SHARE, memoScore);
    const scores = corpus.map((index) => memoScore(asks[draft] as Ask, asks[index] as Ask));
    const links = new Map<number, number>();
    const wordingsOf = new Map<number, Set<string>>();
    corpus.forEach((index, position) => {
      const group = groups[position] as number;
      // A candidate shares a concept with the draft, as in placement; the others count nothing.
      if ((asks[index] as Ask).concepts.some((concept) => (asks[draft] as Ask).concepts.includes(concept))) links.set(group, (links.get(group) ?? 0) + linkStrength(scores[position] as AskScores));
      wordingsOf.set(group, (wordingsOf.get(group) ?? new Set()).add([...(asks[index] as Ask).stems].sort().join(' ')));
    });
    let best = -1;
    let bestKey = -1;
    scores.forEach((scored, position) => {
      const tier = askTier(scored);
      const group = groups[position] as number;
      if ((tier !== 'same ask' && tier !== 'similar ask') || (links.get(group) ?? 0) / (wordingsOf.get(group) as Set<string>).size < placedShare) return;
      const key = TIER_RANK[tier] + (tier === 'same ask' ? scored.same : scored.reworded);
      if (key > bestKey) [best, bestKey] = [position, key];
    });
    corpus.forEach((index, position) => {
      const guess = best >= 0 && groups[position] === groups[best];
      const truth = sameOrSimilar(pairLabel(wordings[draft] as LabelledWording, wordings[index] as LabelledWording));
      if (guess) counted.predicted += 1;
      if (truth) counted.actual += 1;
      if (guess && truth) counted.truePositive += 1;
    });
  });
  return counted;
}

function clusterScores(indexes: number[], groups: number[]): string {
  const labels = indexes.map((index) => (wordings[index] as LabelledWording).ask);
  const majority = (keys: number[], of: (at: number) => string): number => {
    const byKey = new Map<number, Map<string, number>>();
    keys.forEach((key, at) => {
      const counts = byKey.get(key) ?? new Map<string, number>();
      counts.set(of(at), (counts.get(of(at)) ?? 0) + 1);
      byKey.set(key, counts);
    });
    let sum = 0;
    for (const counts of byKey.values()) sum += Math.max(...counts.values());
    return sum / keys.length;
  };
  const labelNumbers = new Map([...new Set(labels)].map((label, at) => [label, at]));
  const purity = majority(groups, (at) => labels[at] as string);
  const completeness = majority(labels.map((label) => labelNumbers.get(label) as number), (at) => String(groups[at]));
  return `purity ${fixed(purity)}  completeness ${fixed(completeness)}  (${new Set(groups).size} groups for ${new Set(labels).size} asks)`;
}

const sameOrSimilar = (label: PairLabel): boolean => label === 'same ask' || label === 'similar ask';

function report(name: string, indexes: number[]): void {
  const pairs = pairsOf(indexes);
  const groups = groupAsks(indexes.map((index) => asks[index] as Ask), weights);
  const tier = (pair: Pair) => askTier(pair.scores);
  console.log(`\n${name}: ${indexes.length} wordings of ${new Set(indexes.map((index) => wordings[index]?.ask)).size} asks, ${pairs.length} pairs`);
  for (const label of ['same ask', 'similar ask', 'related'] as const) console.log(`  ${label.padEnd(22)} ${precisionRecall(pairs, (pair) => tier(pair) === label, (actual) => actual === label)}`);
  console.log(`  ${'same or similar ask'.padEnd(22)} ${precisionRecall(pairs, (pair) => tier(pair) === 'same ask' || tier(pair) === 'similar ask', sameOrSimilar)}  (pair scores over the thresholds)`);
  console.log(`  ${'same or similar ask'.padEnd(22)} ${described(placedCounts(indexes))}  (placed in a group: how a draft check decides; pairs both ways)`);
  const placedShuffled = Array.from({ length: SHUFFLES }, (_, seed) => placedCounts(indexes, PLACED_SHARE, seed + 1));
  console.log(`  ${'same or similar ask'.padEnd(22)} ${meanOf(placedShuffled)}  (placed in a group, the corpus grouped in ${SHUFFLES} random orders: the mean)`);
  console.log(`  ${'related or closer'.padEnd(22)} ${precisionRecall(pairs, (pair) => tier(pair) !== null, (actual) => actual !== 'unrelated')}`);
  console.log(`  ${'same or similar ask'.padEnd(22)} ${precisionRecall(pairs, (pair) => groups[pair.at[0]] === groups[pair.at[1]], sameOrSimilar)}  (in one group: how /recommendations groups)`);
  console.log(`  groups                 ${clusterScores(indexes, groups)}`);
  const inGroups = Array.from({ length: SHUFFLES }, (_, seed) => {
    const inOrder = groupsInOrder(indexes, seed + 1);
    return counts(pairs, (pair) => inOrder[pair.at[0]] === inOrder[pair.at[1]], sameOrSimilar);
  });
  console.log(`  ${'same or similar ask'.padEnd(22)} ${meanOf(inGroups)}  (in one group, the wordings in ${SHUFFLES} random orders: the mean)`);
}

/**
 * The tuning pairs the pair scores get wrong, closest to the threshold first: what a change to the
 * scorer should be read against. Printed only for the tuning asks (the held-out ones are for confirming).
 */
function printErrors(indexes: number[]): void {
  const wrong = pairsOf(indexes).filter((pair) => {
    const tier = askTier(pair.scores);
    return (tier === 'same ask' || tier === 'similar ask') !== sameOrSimilar(pair.label);
  });
  const missed = wrong.filter((pair) => sameOrSimilar(pair.label)).sort((a, b) => b.scores.reworded - a.scores.reworded);
  const taken = wrong.filter((pair) => !sameOrSimilar(pair.label)).sort((a, b) => a.scores.reworded - b.scores.reworded);
  const describe = (pair: Pair): string => {
    const [a, b] = pair.at.map((at) => indexes[at] as number) as [number, number];
    const words = (index: number): string => (asks[index] as Ask).words.map((word) => (word.weight < 1 ? `(${word.word})` : word.word)).join(' ');
    const action = (index: number): string => (asks[index] as Ask).action ?? '-';
    return [
      `  reworded ${pair.scores.reworded.toFixed(3)}  same ${pair.scores.same.toFixed(3)}  ${pair.label}: ${wordings[a]?.ask} / ${wordings[b]?.ask}`,
      `    ${wordings[a]?.text}\n      [${action(a)}] ${words(a)}`,
      `    ${wordings[b]?.text}\n      [${action(b)}] ${words(b)}`,
    ].join('\n');
  };
  console.log(`\nsame or similar asks scored under the thresholds (${missed.length}), the closest first; words in brackets count less, actions in square brackets:`);
  for (const pair of missed) console.log(describe(pair));
  console.log(`\nother pairs scored as the same or a similar ask (${taken.length}), the closest to the threshold first:`);
  for (const pair of taken) console.log(describe(pair));
}

const tuning = wordings.flatMap((wording, index) => (wording.heldOut ? [] : [index]));
const heldOut = wordings.flatMap((wording, index) => (wording.heldOut && !wording.fresh ? [index] : []));
const fresh = wordings.flatMap((wording, index) => (wording.fresh ? [index] : []));
const { values } = scriptArgs(import.meta.url, { options: { 'held-out': { type: 'boolean', default: false }, errors: { type: 'boolean', default: false } } });
if (values.errors) {
  printErrors(tuning);
  process.exit(0);
}
console.log(`thresholds: same ask >= ${SAME_ASK} (words), similar ask >= ${SIMILAR_ASK} (aligned words), related >= ${RELATED_ASK} (aligned words); a group is joined on ${LINKED_SHARE} of its wordings`);
report('tuning asks', tuning);
if (values['held-out']) {
  report('held-out asks', heldOut);
  report('fresh held-out asks (the second group)', fresh);
} else console.log(`\n(${heldOut.length + fresh.length} held-out wordings not shown: --held-out shows them)`);

const tuningPairs = pairsOf(tuning);
console.log('\nsweep of the similar-ask threshold on the tuning asks ("same or similar ask"):');
for (let threshold = 0.3; threshold <= 0.601; threshold += 0.01) {
  const predicted = (pair: Pair) => pair.scores.same >= SAME_ASK || pair.scores.reworded >= threshold;
  console.log(`  ${threshold.toFixed(3)}  ${precisionRecall(tuningPairs, predicted, sameOrSimilar)}`);
}
console.log('\nsweep of the share of a group\'s wordings an ask must match to join it, on the tuning asks (pairs in one group):');
for (const share of [0.6, 0.7, 0.8, 0.9, 1, 1.1]) {
  const groups = groupAsks(tuning.map((index) => asks[index] as Ask), weights, share);
  console.log(`  ${share.toFixed(1)}  ${precisionRecall(tuningPairs, (pair) => groups[pair.at[0]] === groups[pair.at[1]], sameOrSimilar)}  ${clusterScores(tuning, groups)}`);
}
console.log('\nsweep of the related threshold on the tuning asks ("related or closer"):');
for (let threshold = 0.15; threshold <= 0.401; threshold += 0.05) {
  const predicted = (pair: Pair) => pair.scores.same >= SAME_ASK || pair.scores.reworded >= threshold;
  console.log(`  ${threshold.toFixed(3)}  ${precisionRecall(tuningPairs, predicted, (label) => label !== 'unrelated')}`);
}
console.log('\nsweep of the share of a group\'s wordings a draft must match to be placed in it, on the tuning asks (placed in a group, file order):');
for (const share of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) console.log(`  ${share.toFixed(1)}  ${described(placedCounts(tuning, share))}`);
