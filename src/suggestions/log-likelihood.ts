/**
 * Dunning's log-likelihood (G²) that a phrase is more frequent in one set of passages than in
 * another: `a` of `n` passages in the first hold it, `b` of `m` in the second. 0 when it is not
 * more frequent in the first (only over-represented phrases are suggested). Above 3.84 the
 * difference is significant at p < 0.05, above 10.83 at p < 0.001.
 * logLikelihood(10, 20, 5, 1000) > 10.83
 */
export function logLikelihood(a: number, n: number, b: number, m: number): number {
  if (n === 0 || m === 0 || a / n <= b / m) return 0;
  const total = n + m;
  const holding = a + b;
  const cells: Array<[observed: number, expected: number]> = [
    [a, (n * holding) / total],
    [n - a, (n * (total - holding)) / total],
    [b, (m * holding) / total],
    [m - b, (m * (total - holding)) / total],
  ];
  return 2 * cells.reduce((sum, [observed, expected]) => (observed > 0 ? sum + observed * Math.log(observed / expected) : sum), 0);
}
