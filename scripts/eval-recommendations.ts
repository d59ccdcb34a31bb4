/**
 * Measures how recommendations are compared, on the labelled asks of
 * test/fixtures/recommendations/asks.txt: every pair of wordings is labelled same ask, similar
 * ask, related or unrelated by the asks and themes they belong to. Prints pairwise precision and
 * recall per tier and for "same or similar ask", a sweep of the similar-ask threshold, and the
 * purity and completeness of the groups groupAsks makes, on the tuning asks and the held-out ones.
 *   npx tsx scripts/eval-recommendations.ts
 */
import { PROJECT_ROOT } from '../src/config.js';
import path from 'node:path';
import { readAsk, type Ask } from '../src/recommendations/ask.js';
import { groupAsks, LINKED_SHARE } from '../src/recommendations/ask-groups.js';
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

function precisionRecall(pairs: Pair[], predicted: (pair: Pair) => boolean, actual: (label: PairLabel) => boolean): string {
  let truePositive = 0;
  let predictedCount = 0;
  let actualCount = 0;
  for (const pair of pairs) {
    const guess = predicted(pair);
    const truth = actual(pair.label);
    if (guess) predictedCount += 1;
    if (truth) actualCount += 1;
    if (guess && truth) truePositive += 1;
  }
  return `precision ${fixed(truePositive / predictedCount)}  recall ${fixed(truePositive / actualCount)}  (${actualCount} labelled, ${predictedCount} predicted)`;
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
  console.log(`  ${'same or similar ask'.padEnd(22)} ${precisionRecall(pairs, (pair) => tier(pair) === 'same ask' || tier(pair) === 'similar ask', sameOrSimilar)}  (pair scores: how a draft is placed)`);
  console.log(`  ${'related or closer'.padEnd(22)} ${precisionRecall(pairs, (pair) => tier(pair) !== null, (actual) => actual !== 'unrelated')}`);
  console.log(`  ${'same or similar ask'.padEnd(22)} ${precisionRecall(pairs, (pair) => groups[pair.at[0]] === groups[pair.at[1]], sameOrSimilar)}  (in one group: how /recommendations groups)`);
  console.log(`  groups                 ${clusterScores(indexes, groups)}`);
}

const tuning = wordings.flatMap((wording, index) => (wording.heldOut ? [] : [index]));
const heldOut = wordings.flatMap((wording, index) => (wording.heldOut ? [index] : []));
console.log(`thresholds: same ask >= ${SAME_ASK} (words), similar ask >= ${SIMILAR_ASK} (aligned words), related >= ${RELATED_ASK} (aligned words); a group is joined on ${LINKED_SHARE} of its wordings`);
report('tuning asks', tuning);
report('held-out asks', heldOut);

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
