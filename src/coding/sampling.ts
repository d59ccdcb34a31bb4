/**
 * Reproducible random samples: the same population, size and seed always give the same passages,
 * so a coding session can be resumed, reported and checked by someone else.
 */

/** mulberry32: a small, fast 32-bit generator; plenty for drawing samples, not for secrets. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `size` members of `population` drawn without replacement (a partial Fisher-Yates shuffle of a
 * copy), in the order drawn; all of them, shuffled, when there are fewer.
 * drawSample([1, 2, 3, 4, 5], 2, 7) gives the same two ids every time
 */
export function drawSample(population: readonly number[], size: number, seed: number): number[] {
  const pool = [...population];
  const random = generator(seed);
  const count = Math.min(size, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}
