import { THEME_IDS } from '../model/themes.js';
import type { PassageIndex } from './passage-index.js';

/** One review summed from its passages: size, findings, and passages per theme (THEME_IDS order). */
export interface ReviewProfile {
  year: number | null;
  passages: number;
  findings: number;
  themePassages: Uint32Array;
  /** Bit i set when the review has any passage with THEME_IDS[i]. */
  themeMask: number;
}

const profiles = new WeakMap<PassageIndex, Map<number, ReviewProfile>>();

/**
 * Per-review totals, computed once per passage index (one pass over it): what review lists, theme
 * prevalence and co-occurrence are counted from.
 */
export function reviewProfiles(index: PassageIndex): Map<number, ReviewProfile> {
  const cached = profiles.get(index);
  if (cached) return cached;
  const byReview = new Map<number, ReviewProfile>();
  for (let id = 0; id < index.kind.length; id++) {
    if (index.kind[id] === 0) continue;
    const reviewId = index.review[id]!;
    let profile = byReview.get(reviewId);
    if (!profile) {
      const year = index.year[id]!;
      profile = { year: year === 0 ? null : year, passages: 0, findings: 0, themePassages: new Uint32Array(THEME_IDS.length), themeMask: 0 };
      byReview.set(reviewId, profile);
    }
    profile.passages++;
    profile.findings += index.evidence[id]!;
    let mask = index.themes[id]!;
    profile.themeMask |= mask;
    while (mask !== 0) {
      profile.themePassages[31 - Math.clz32(mask & -mask)]!++;
      mask &= mask - 1;
    }
  }
  profiles.set(index, byReview);
  return byReview;
}
