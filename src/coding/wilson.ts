/** An estimate of a proportion with its 95% interval. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
}

const Z = 1.959_964;

/**
 * The Wilson score interval of `successes` out of `trials` at 95%: unlike the normal
 * approximation it stays inside [0, 1] and is honest for small samples and proportions near 0 or 1.
 * wilson(18, 20) -> { value: 0.9, low: 0.699, high: 0.972 } (rounded)
 */
export function wilson(successes: number, trials: number): Estimate | null {
  if (trials === 0) return null;
  const p = successes / trials;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (Z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
