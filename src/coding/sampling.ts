import { seededRandom } from '../seeded-random.js';

/**
 * Reproducible random samples: the same population, size and seed always give the same passages,
 * so a coding session can be resumed, reported and checked by someone else.
 */

/**
 * `size` members of `population` drawn without replacement (a partial Fisher-Yates shuffle of a
 * copy), in the order drawn; all of them, shuffled, when there are fewer.
 * drawSample([1, 2, 3, 4, 5], 2, 7) gives the same two ids every time
 */
export function drawSample(population: readonly number[], size: number, seed: number): number[] {
  const pool = [...population];
  const random = seededRandom(seed);
  const count = Math.min(size, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}
