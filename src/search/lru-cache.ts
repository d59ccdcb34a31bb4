/**
 * A map that forgets its least recently used entries once their total weight passes a budget
 * (the newest entry is always kept). What a value weighs is read again at each eviction, so a
 * value that grows in place (a ranking made deeper) is accounted for by calling `evict()`.
 * new LruCache<string>(2, () => 1).set('a', 'x').get('a') === 'x'
 */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    private readonly budget: number,
    private readonly weigh: (value: V) => number,
  ) {}

  /** The value, if held; it becomes the most recently used. */
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): this {
    this.entries.delete(key);
    this.entries.set(key, value);
    this.evict();
    return this;
  }

  /** Drops the least recently used entries until the budget holds. */
  evict(): void {
    let held = 0;
    for (const value of this.entries.values()) held += this.weigh(value);
    for (const [key, value] of this.entries) {
      if (held <= this.budget || this.entries.size === 1) break;
      this.entries.delete(key);
      held -= this.weigh(value);
    }
  }
}

/**
 * Values worked out against one state of the passage index (an LRU for each), kept while that
 * index is the current one: a new index (another corpus, a human code) starts afresh.
 * reviews.get(index, 'sort=findings', () => listReviews(...))
 */
export class PerIndexCache<V> {
  private readonly caches = new WeakMap<object, LruCache<V>>();

  constructor(
    private readonly budget: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(index: object, key: string, compute: () => V): V {
    let cache = this.caches.get(index);
    if (!cache) {
      cache = new LruCache(this.budget, this.weigh);
      this.caches.set(index, cache);
    }
    let value = cache.get(key);
    if (value === undefined) {
      value = compute();
      cache.set(key, value);
    }
    return value;
  }
}
