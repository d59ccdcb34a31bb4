import { describe, expect, test } from 'vitest';
import { linearScore, trainLogistic, trainPerceptron, type Example, type LinearWeights } from '../../src/classifier/learners.js';

/**
 * A small made-up task: an example is positive when it has "late" and not "!late" (the word under
 * negation); "visit" and "plan" are noise on both sides.
 */
const EXAMPLES: Example[] = Array.from({ length: 60 }, (_, index) => {
  const noise = index % 3 === 0 ? ['visit'] : index % 3 === 1 ? ['plan'] : ['visit', 'plan'];
  if (index % 4 === 0) return { features: ['late', ...noise], positive: true };
  if (index % 4 === 1) return { features: ['!late', ...noise], positive: false };
  if (index % 4 === 2) return { features: ['late', 'report', ...noise], positive: true };
  return { features: noise, positive: false };
});

const accuracy = (model: LinearWeights) => EXAMPLES.filter((example) => linearScore(model.bias, model.weights, example.features) > 0 === example.positive).length / EXAMPLES.length;

describe.each([
  ['logistic regression', () => trainLogistic(EXAMPLES, { l2: 1e-3, epochs: 20, positiveWeight: 1 })],
  ['averaged perceptron', () => trainPerceptron(EXAMPLES, 10)],
])('%s', (_, train) => {
  test('when the classes are separable, then it separates them, leaning on the word that decides', () => {
    const model = train();
    expect(accuracy(model)).toBe(1);
    expect(model.weights.get('late')).toBeGreaterThan(Math.abs(model.weights.get('visit') ?? 0));
    expect(model.weights.get('!late') ?? 0).toBeLessThan(model.weights.get('late') as number);
  });

  test('when trained twice on the same data, then the weights are identical', () => {
    const [first, second] = [train(), train()];
    expect(second.bias).toBe(first.bias);
    expect([...second.weights]).toEqual([...first.weights]);
  });
});
