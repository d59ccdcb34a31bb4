import { getHeapStatistics, setFlagsFromString } from 'node:v8';

/**
 * How much a long-running server's heap may grow past what its last full collection kept before
 * V8 starts the next one: about this many bytes, as a share of the heap when the server starts
 * listening, between the bounds below.
 *
 * A server over 3,000 reviews keeps some 130 MB of objects (the recommendation groups, the
 * lexicons and tagger, wink's model, the caches). After start-up, when allocation outran the
 * collector, V8 set the next full collection about 10% above that: the first dozen MB the first
 * requests kept (a review list, answers cached) started a full mark of all 130 MB, 300-450 CPU ms
 * on helper threads and the main one, which on two cores fell on whichever first search was
 * running (`plan*` at 130-780 ms instead of 20-50). With the headroom the first requests and the
 * warm mix that follows run without a full collection; the price is up to this much garbage held
 * a while longer.
 */
const HEADROOM_BYTES = 64 * 2 ** 20;
const PERCENT_BOUNDS = { least: 10, most: 50 };

/**
 * Call once the server is loaded and listening: start-up itself keeps V8's own factor. V8 reads
 * this flag whenever it sets the next limit, so it applies from the next full collection on.
 */
export function giveHeapHeadroom(): void {
  const percent = Math.round((100 * HEADROOM_BYTES) / Math.max(getHeapStatistics().used_heap_size, 1));
  setFlagsFromString(`--heap-growing-percent=${Math.min(PERCENT_BOUNDS.most, Math.max(PERCENT_BOUNDS.least, percent))}`);
}
