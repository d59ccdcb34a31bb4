import { THEME_IDS, type ThemeId } from '../model/themes.js';
import type { ReviewProfile } from './review-profiles.js';

export interface YearShare {
  year: number;
  /** Reviews published that year. */
  reviews: number;
  /** Of those, reviews with at least one passage carrying the theme. */
  with_theme: number;
  /** with_theme / reviews, rounded to 3 places. */
  share: number;
}

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

/** For each year with reviews, how many of them carry the theme. */
export function prevalenceByYear(profiles: ReadonlyMap<number, ReviewProfile>, theme: ThemeId): YearShare[] {
  const bit = 1 << THEME_IDS.indexOf(theme);
  const years = new Map<number, YearShare>();
  for (const profile of profiles.values()) {
    if (profile.year === null) continue;
    const entry = years.get(profile.year) ?? { year: profile.year, reviews: 0, with_theme: 0, share: 0 };
    entry.reviews++;
    if (profile.themeMask & bit) entry.with_theme++;
    years.set(profile.year, entry);
  }
  return [...years.values()].sort((a, b) => a.year - b.year).map((entry) => ({ ...entry, share: round(entry.with_theme / entry.reviews) }));
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
