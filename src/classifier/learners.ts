/**
 * Two binary linear learners over sparse string features, written here because both are a few
 * dozen lines and must be deterministic (the same data gives the same weights, on every run):
 * logistic regression by stochastic gradient descent with L2, and the averaged perceptron.
 * scripts/train-model.ts compares them by cross-validation and keeps the better.
 */
import { sigmoid } from './theme-model.js';

/** One training example for one theme: its features and whether it has the theme. */
export interface Example {
  features: readonly string[];
  positive: boolean;
}

export interface LinearWeights {
  bias: number;
  weights: Map<string, number>;
}

export interface LogisticOptions {
  /** L2 penalty per example and epoch. */
  l2: number;
  epochs: number;
  /** Weight of a positive example's loss: themes are rare, so positives count more. */
  positiveWeight: number;
}

/** trainLogistic(examples, { l2: 1e-3, epochs: 20, positiveWeight: 3 }) -> { bias, weights } */
export function trainLogistic(examples: readonly Example[], options: LogisticOptions): LinearWeights {
  const weights = new Map<string, number>();
  let bias = 0;
  const order = shuffledOrder(examples.length);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const rate = 0.5 / (1 + epoch);
    for (const index of order) {
      const example = examples[index] as Example;
      const margin = linearScore(bias, weights, example.features);
      const target = example.positive ? 1 : 0;
      const gradient = (sigmoid(margin) - target) * (example.positive ? options.positiveWeight : 1);
      bias -= rate * gradient;
      for (const feature of example.features) {
        const weight = weights.get(feature) ?? 0;
        weights.set(feature, weight - rate * (gradient + options.l2 * weight));
      }
    }
  }
  return { bias, weights };
}

/**
 * The averaged perceptron (Collins 2002): mistake-driven updates, and the average of the weights
 * over every step, which keeps it from chasing the last examples it saw.
 */
export function trainPerceptron(examples: readonly Example[], epochs: number): LinearWeights {
  const weights = new Map<string, number>();
  // Sums of (step x update), so that the average is weight - total / steps, without touching every weight every step.
  const totals = new Map<string, number>();
  let bias = 0;
  let biasTotal = 0;
  let step = 1;
  const order = shuffledOrder(examples.length);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (const index of order) {
      const example = examples[index] as Example;
      const update = example.positive ? 1 : -1;
      // A score of 0 is a mistake either way: a tie must not stand as a decision.
      if (update * linearScore(bias, weights, example.features) <= 0) {
        bias += update;
        biasTotal += step * update;
        for (const feature of example.features) {
          weights.set(feature, (weights.get(feature) ?? 0) + update);
          totals.set(feature, (totals.get(feature) ?? 0) + step * update);
        }
      }
      step += 1;
    }
  }
  const averaged = new Map<string, number>();
  for (const [feature, weight] of weights) averaged.set(feature, weight - (totals.get(feature) ?? 0) / step);
  return { bias: bias - biasTotal / step, weights: averaged };
}

export function linearScore(bias: number, weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let sum = bias;
  for (const feature of features) sum += weights.get(feature) ?? 0;
  return sum;
}


/** 0..n-1 in a fixed pseudo-random order (a seeded linear congruential generator): SGD needs mixing, runs need repeating. */
function shuffledOrder(n: number): number[] {
  const order = Array.from({ length: n }, (_, index) => index);
  let state = 20261206;
  for (let i = n - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}
