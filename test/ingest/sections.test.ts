import { describe, expect, test } from 'vitest';
import { headingNumber, headingTitle, isHeading, sectionKind } from '../../src/ingest/sections.js';
import type { Line } from '../../src/ingest/types.js';

const line = (text: string, size = 11): Line => ({ text, x: 72, y: 100, right: 300, size });

describe('section headings', () => {
  test.each([
    ['4. Analysis', 'finding'],
    ['Findings and analysis', 'finding'],
    ['Lessons learned', 'finding'],
    ['Key learning', 'finding'],
    ['7 Conclusions', 'finding'],
    ['8. Recommendations', 'recommendation'],
    ['Recommendations for the Partnership', 'recommendation'],
    ['2. Terms of reference', 'narrative'],
    ['Family background', 'narrative'],
    ['Summary of agency involvement', 'narrative'],
    ['Health visiting', null],
  ])('when the heading is "%s", then its passages are of kind %s', (heading, kind) => {
    expect(sectionKind(headingTitle(heading))).toBe(kind);
  });

  test.each([
    ['4. Analysis', true],
    ['4 Summary of agency involvement', true],
    ['Recommendations', true],
    ['A heading set in larger type', true, 14],
    ['4.12 The social worker accepted the account', false],
    ['The mother said she would attend.', false],
    ['12 occasions on which the family was seen', false],
    ['Date\tAgency\tEvent', false],
  ])('when a line reads "%s", then isHeading is %s', (text, expected, size = 11) => {
    expect(isHeading(line(text, size as number), 11)).toBe(expected);
  });

  test('when a heading is numbered, then its number and title are read apart', () => {
    expect(headingNumber('4. Analysis')).toBe('4');
    expect(headingTitle('4. Analysis')).toBe('Analysis');
    expect(headingNumber('Analysis')).toBeNull();
  });
});
