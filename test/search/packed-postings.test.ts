import { describe, expect, test } from 'vitest';
import { mergePostings, postingsOf } from '../../src/search/bm25.js';
import { packPostings, unpackPostings } from '../../src/search/packed-postings.js';

describe('postings', () => {
  test('when occurrences are counted, packed and unpacked, then the passages and counts come back, gaps of every size and counts past 255 included', () => {
    const occurrences = [3, 3, 4, 130, 130, 130, 20_000, 2_000_000_000, ...Array.from({ length: 300 }, () => 2_000_000_001)];
    const postings = postingsOf(Int32Array.from(occurrences));
    expect([...postings.ids]).toEqual([3, 4, 130, 20_000, 2_000_000_000, 2_000_000_001]);
    expect([...postings.counts]).toEqual([2, 1, 3, 1, 1, 300]);
    const back = unpackPostings(packPostings(postings));
    expect([...back.ids]).toEqual([...postings.ids]);
    expect([...back.counts]).toEqual([...postings.counts]);
  });

  test('when a prefix merges its words, then each passage counts the occurrences of all of them', () => {
    const merged = mergePostings([postingsOf(Int32Array.from([1, 5, 5])), postingsOf(Int32Array.from([5, 9])), postingsOf(Int32Array.from([2]))]);
    expect([...merged.ids]).toEqual([1, 2, 5, 9]);
    expect([...merged.counts]).toEqual([1, 1, 3, 1]);
  });
});
