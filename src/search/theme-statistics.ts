import { THEME_IDS, type ThemeId } from '../model/themes.js';
import type { ReviewProfile } from './review-profiles.js';

export interface YearShare {
  /** The first year of the bin (the year itself for single years). */
  year: number;
  /** The last year of the bin; equal to `year` for single years. */
  to_year: number;
  /** Reviews published in those years (0 for a gap, shown rather than skipped). */
  reviews: number;
  /** Of those, reviews with at least one passage carrying the theme. */
  with_theme: number;
  /** with_theme / reviews, rounded to 3 places; null for a bin without reviews. */
  share: number | null;
  /** Wilson 95% interval of the share, rounded to 3 places; null without reviews. */
  low: number | null;
  high: number | null;
}

/** Bins a share by year can be drawn with: single years, 3 or 5 years. */
export const YEAR_BINS = [1, 3, 5] as const;
export type YearBin = (typeof YEAR_BINS)[number];

export interface Pairing {
  theme: ThemeId;
  other: ThemeId;
  /** Reviews carrying both themes. */
  both: number;
  /**
   * How much more often the two occur in the same review than if they were independent:
   * reviews x both / (reviews with theme x reviews with other). 1 is chance; null when either is absent.
   */
  lift: number | null;
}

export interface ThemeTotals {
  theme: ThemeId;
  reviews: number;
  share: number;
  passages: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Reviews and passages carrying each theme, over the whole corpus. */
export function themeTotals(profiles: ReadonlyMap<number, ReviewProfile>): ThemeTotals[] {
  const total = profiles.size;
  return THEME_IDS.map((theme, bit) => {
    let reviews = 0;
    let passages = 0;
    for (const profile of profiles.values()) {
      if (profile.themeMask & (1 << bit)) reviews++;
      passages += profile.themePassages[bit]!;
    }
    return { theme, reviews, share: total === 0 ? 0 : round(reviews / total), passages };
  });
}

/**
 * For every year from the first review to the last (in bins of `bin` years from the first), how
 * many reviews there were and how many carry the theme, with the share's Wilson 95% interval: a
 * year of one review reads 0-100% honestly as 0-79% or 21-100%.
 */
export function prevalenceByYear(profiles: ReadonlyMap<number, ReviewProfile>, theme: ThemeId, bin: YearBin = 1): YearShare[] {
  const bit = 1 << THEME_IDS.indexOf(theme);
  const dated = [...profiles.values()].filter((profile) => profile.year !== null);
  if (dated.length === 0) return [];
  const first = Math.min(...dated.map((profile) => profile.year!));
  const last = Math.max(...dated.map((profile) => profile.year!));
  const bins = Array.from({ length: Math.floor((last - first) / bin) + 1 }, (_, at) => ({ year: first + at * bin, to_year: Math.min(last, first + at * bin + bin - 1), reviews: 0, with_theme: 0 }));
  for (const profile of dated) {
    const entry = bins[Math.floor((profile.year! - first) / bin)]!;
    entry.reviews++;
    if (profile.themeMask & bit) entry.with_theme++;
  }
  return bins.map((entry) => {
    const interval = wilson(entry.with_theme, entry.reviews);
    return { ...entry, share: entry.reviews === 0 ? null : round(entry.with_theme / entry.reviews), low: interval && round(interval[0]), high: interval && round(interval[1]) };
  });
}

/** The Wilson score interval at 95% for `hits` of `n`; null for n = 0. */
export function wilson(hits: number, n: number): [number, number] | null {
  if (n === 0) return null;
  const z = 1.959964;
  const p = hits / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - margin), Math.min(1, centre + margin)];
}

/** Every pair of distinct themes with the number of reviews carrying both, and its lift. */
export function coOccurrence(profiles: ReadonlyMap<number, ReviewProfile>): Pairing[] {
  const size = THEME_IDS.length;
  const alone = new Uint32Array(size);
  const both = new Uint32Array(size * size);
  for (const { themeMask } of profiles.values()) {
    for (let a = 0; a < size; a++) {
      if (!(themeMask & (1 << a))) continue;
      alone[a]!++;
      for (let b = 0; b < size; b++) if (b !== a && themeMask & (1 << b)) both[a * size + b]!++;
    }
  }
  const reviews = profiles.size;
  const pairs: Pairing[] = [];
  THEME_IDS.forEach((theme, a) =>
    THEME_IDS.forEach((other, b) => {
      if (a === b) return;
      const n = both[a * size + b]!;
      const expected = alone[a]! * alone[b]!;
      pairs.push({ theme, other, both: n, lift: expected === 0 ? null : round((reviews * n) / expected) });
    }),
  );
  return pairs;
}
