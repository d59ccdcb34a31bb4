import { describe, expect, test } from 'vitest';
import { QUALITY_CRITERIA } from '../../scripts/corpus/review-types.js';
import { THEME_IDS } from '../../src/themes.js';
import { corpusTruths } from '../support/corpus.js';

/**
 * What a researcher sees first must look like a collection of real reviews: spread over the years
 * and areas, of the review types the system knows, with themes at uneven, realistic rates and
 * reviews of uneven quality (corpus/README.md states the shares and their sources).
 */
const truths = corpusTruths();
const countBy = <T>(items: T[]): Map<T, number> => items.reduce((map, item) => map.set(item, (map.get(item) ?? 0) + 1), new Map<T, number>());

describe('the shape of the bundled corpus', () => {
  test('when the reports are counted by year, then every year from 2008 to 2025 has one and some years have several', () => {
    expect(truths.length).toBe(30);
    const years = countBy(truths.map((truth) => truth.meta.year));
    for (let year = 2008; year <= 2025; year++) expect(years.get(year), String(year)).toBeGreaterThanOrEqual(1);
    expect([...years.values()].filter((count) => count >= 2).length).toBeGreaterThanOrEqual(8);
  });

  test('when the areas are listed, then there are ten or more, and some published both as an LSCB and later as a partnership', () => {
    const areas = new Set(truths.map((truth) => truth.review.area));
    expect(areas.size).toBeGreaterThanOrEqual(10);
    const both = [...areas].filter((area) => {
      const boards = truths.filter((truth) => truth.review.area === area).map((truth) => truth.meta.board);
      return boards.some((board) => board.endsWith('Local Safeguarding Children Board')) && boards.some((board) => board.endsWith('Safeguarding Children Partnership'));
    });
    expect(both.length).toBeGreaterThanOrEqual(3);
    for (const truth of truths) expect(truth.meta.board.startsWith(truth.review.area), truth.file).toBe(true);
  });

  test('when the review types are listed, then SCRs end in 2019, practice reviews start then, and one DHR and one SAR are there', () => {
    const types = countBy(truths.map((truth) => truth.review.type));
    expect(new Set(types.keys())).toEqual(new Set(['SCR', 'LCSPR', 'CSPR', 'rapid review', 'DHR', 'SAR']));
    expect(types.get('DHR')).toBe(1);
    expect(types.get('SAR')).toBe(1);
    for (const truth of truths) {
      if (truth.review.type === 'SCR') expect(truth.meta.year, truth.file).toBeLessThanOrEqual(2019);
      if (['LCSPR', 'CSPR', 'rapid review'].includes(truth.review.type)) expect(truth.meta.year, truth.file).toBeGreaterThanOrEqual(2019);
    }
  });

  test('when learning briefs are measured, then each runs to two to four pages and overview reports are longer', () => {
    const briefs = truths.filter((truth) => truth.review.document === 'brief');
    expect(briefs.length).toBeGreaterThanOrEqual(2);
    for (const brief of briefs) expect(brief.pages, brief.file).toBeGreaterThanOrEqual(2);
    for (const brief of briefs) expect(brief.pages, brief.file).toBeLessThanOrEqual(4);
    expect(Math.min(...truths.filter((truth) => truth.review.document === 'overview').map((truth) => truth.pages))).toBeGreaterThan(4);
  });

  test("when a report's text is read, then it states the child's age, and every report has the metadata fields", () => {
    for (const truth of truths) {
      expect(truth.review.region, truth.file).toMatch(/^[A-Z]/);
      expect(['under 1', '1-4', '5-9', '10-15', '16-17', 'adult']).toContain(truth.review.ageBand);
      expect(['male', 'female']).toContain(truth.review.sex);
      expect(['death', 'serious harm']).toContain(truth.review.harm);
      const text = truth.paragraphs.map((paragraph) => paragraph.text).join(' ');
      expect(text, truth.file).toContain(truth.review.age);
    }
  });

  test('when reviews are counted per theme, then counts are uneven: multi-agency working in most, no count shared by more than four themes', () => {
    const reviews = new Map(THEME_IDS.map((theme) => [theme, truths.filter((truth) => truth.paragraphs.some((p) => p.themes.includes(theme))).length]));
    expect(reviews.get('multi_agency')).toBeGreaterThan(truths.length / 2);
    expect(reviews.get('child_not_seen')).toBeGreaterThan(truths.length / 3);
    expect(reviews.get('pre_birth')).toBeLessThan(reviews.get('child_not_seen') as number);
    expect(reviews.get('adolescents')).toBeLessThan(reviews.get('child_not_seen') as number);
    for (const [theme, count] of reviews) expect(count, theme).toBeGreaterThanOrEqual(2);
    const themesPerCount = countBy([...reviews.values()]);
    expect([...themesPerCount].filter(([, themes]) => themes > 4)).toEqual([]);
  });

  test('when the quality criteria are read, then each varies between reviews and more are met after 2018 than before 2013', () => {
    for (const criterion of QUALITY_CRITERIA) {
      expect(new Set(truths.map((truth) => truth.review.quality[criterion])).size, criterion).toBeGreaterThanOrEqual(2);
    }
    const metShare = (from: number, to: number): number => {
      const span = truths.filter((truth) => truth.meta.year >= from && truth.meta.year <= to);
      const met = span.flatMap((truth) => QUALITY_CRITERIA.map((criterion) => truth.review.quality[criterion])).filter((level) => level === 'met').length;
      return met / (span.length * QUALITY_CRITERIA.length);
    };
    expect(metShare(2019, 2025)).toBeGreaterThan(metShare(2008, 2012) + 0.2);
  });

  test('when a review is slow, then its months taken say so, and its text gives the dates', () => {
    for (const truth of truths.filter((t) => t.review.document === 'overview')) {
      const text = truth.paragraphs.map((paragraph) => paragraph.text).join(' ');
      if (truth.review.quality.timeliness === 'met') expect(truth.review.months, truth.file).toBeLessThanOrEqual(6);
      else expect(truth.review.months, truth.file).toBeGreaterThan(6);
      expect(text, truth.file).toContain(truth.review.commissioned);
    }
  });
});
