import type { ReviewYear } from '../store/check-queries.js';
import type { YearShare } from './types.js';

interface Recurrence {
  reviews_with_theme: number;
  share: number;
  by_year: YearShare[];
}

/**
 * How often a failing recurs in the corpus: the reviews in which it was found, overall and by
 * year of publication, as counts and as shares of that year's reviews.
 * recurrence([{ id: 1, year: 2014 }, { id: 2, year: 2014 }], new Set([2])).share === 0.5
 */
export function recurrence(reviews: readonly ReviewYear[], withTheme: ReadonlySet<number>): Recurrence {
  const years = new Map<number | null, { reviews: number; found: number }>();
  for (const review of reviews) {
    const year = years.get(review.year) ?? { reviews: 0, found: 0 };
    year.reviews += 1;
    if (withTheme.has(review.id)) year.found += 1;
    years.set(review.year, year);
  }
  const found = reviews.filter((review) => withTheme.has(review.id)).length;
  return {
    reviews_with_theme: found,
    share: ratio(found, reviews.length),
    by_year: [...years]
      .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
      .map(([year, counts]) => ({ year, reviews: counts.reviews, reviews_with_theme: counts.found, share: ratio(counts.found, counts.reviews) })),
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;
}
