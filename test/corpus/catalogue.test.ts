import { describe, expect, test } from 'vitest';
import { areaOf, readCatalogue } from '../../src/ingest/catalogue.js';
import { corpusTruths } from '../support/corpus.js';

/** The catalogue fields the generator states in each report, against its ground truth. */
describe('reading the catalogue fields of the bundled corpus', () => {
  const truths = corpusTruths();
  const read = truths.map((truth) => ({ truth, catalogue: readCatalogue(truth.meta, truth.paragraphs.map((paragraph) => paragraph.text).join('\n\n')) }));

  test.each([
    ['area', 'area'],
    ['age_band', 'ageBand'],
    ['sex', 'sex'],
  ] as const)('when %s is read from the title, board and text, then it is the ground truth for every report', (field, truthField) => {
    const wrong = read.filter(({ truth, catalogue }) => catalogue[field] !== truth.review[truthField]).map(({ truth, catalogue }) => `${truth.file}: ${catalogue[field]} (truth ${truth.review[truthField]})`);
    expect(wrong).toEqual([]);
  });

  test('when the review type is read, then it is the ground truth wherever the title or text names it; only a learning brief may not', () => {
    const wrong = read.filter(({ truth, catalogue }) => catalogue.review_type !== null && catalogue.review_type !== truth.review.type).map(({ truth }) => truth.file);
    expect(wrong).toEqual([]);
    for (const { truth, catalogue } of read) if (catalogue.review_type === null) expect(truth.review.document, truth.file).toBe('brief');
  });

  test('when the harm is read, then it is the ground truth wherever the report states it, and left empty where it does not', () => {
    const wrong = read.filter(({ truth, catalogue }) => catalogue.harm !== null && catalogue.harm !== truth.review.harm).map(({ truth }) => truth.file);
    expect(wrong).toEqual([]);
    const stated = read.filter(({ truth }) => /\b(?:died|lost (?:his|her) life|suffered serious harm|seriously injured)\b/.test(truth.paragraphs.map((paragraph) => paragraph.text).join(' ')));
    expect(stated.length).toBeGreaterThanOrEqual(20);
    for (const { truth, catalogue } of stated) expect(catalogue.harm, truth.file).toBe(truth.review.harm);
  });

  test('when a board became a partnership, then both names give one area', () => {
    expect(areaOf('Eastvale LSCB')).toBe('Eastvale');
    expect(areaOf('Eastvale Safeguarding Children Partnership')).toBe('Eastvale');
    expect(areaOf('Eastvale Local Safeguarding Children Board')).toBe('Eastvale');
    expect(areaOf('Ashworth Vale Community Safety Partnership')).toBe('Ashworth Vale');
    expect(areaOf('')).toBeNull();
  });

  test('when a report states nothing, then every field is null rather than a guess', () => {
    expect(readCatalogue({ title: 'Learning from practice', board: '' }, 'The agencies met twice.')).toEqual({ review_type: null, area: null, region: null, age_band: null, sex: null, harm: null });
  });
});
