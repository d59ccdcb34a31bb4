import { describe, expect, test } from 'vitest';
import { compileCues } from '../../../src/check/quality/cues.js';
import { monthsBetween, readDates, readMonthCount } from '../../../src/check/quality/dates.js';

const matched = (groups: string[][], text: string, child: string | null = null) => compileCues(groups, child).match(text)?.map((span) => text.slice(span.start, span.end)) ?? null;

describe('cue phrases', () => {
  test.each([
    ['a word, whatever its case', [['invited']], 'They were INVITED to meet.', ['INVITED']],
    ['not inside another word', [['view']], 'The reviewer met them.', null],
    ['a word ending', [['contribut*']], 'Her contribution was valued.', ['contribution']],
    ['a phrase across line-wrapped spaces', [['lived experience']], 'her lived\n experience', ['lived\n experience']],
    ['curly and straight apostrophes alike', [["child's views"]], 'the child’s views were sought', ['child’s views']],
    ['a gap of a few words', [['from * to']], 'from 1 June 2019 to 28 February 2021', ['from 1 June 2019 to']],
    ['no gap longer than six words', [['from * to']], 'from one two three four five six seven to', null],
    ['every group needed', [['mother'], ['invited']], 'The mother met the reviewer.', null],
    ['every group found', [['mother'], ['invited']], 'The mother was invited.', ['mother', 'invited']],
  ])('%s', (_case, groups, text, expected) => {
    expect(matched(groups, text)).toEqual(expected);
  });

  test.each([
    ['the name from the title, keeping its case', 'A', 'Sibling A told the reviewer; a sister did not.', ['A']],
    ['"the child" when the title names no child', null, 'The child told the reviewer.', ['The child']],
    ['the name with a possessive', 'R', "R's teacher", ['R']],
  ])('{child}: %s', (_case, child, text, expected) => {
    expect(matched([['{child}']], text, child)).toEqual(expected);
  });
});

describe('British dates', () => {
  test.each([
    ['decided on 7 March 2022', [{ text: '7 March 2022', year: 2022, month: 3, day: 7 }]],
    ['on 14th September 2021', [{ text: '14th September 2021', year: 2021, month: 9, day: 14 }]],
    ['in Sept 2020 and 2 Apr. 2021', [{ text: 'Sept 2020', year: 2020, month: 9, day: null }, { text: '2 Apr. 2021', year: 2021, month: 4, day: 2 }]],
    ['by March 2023', [{ text: 'March 2023', year: 2023, month: 3, day: null }]],
    ['day first: 12/03/2021', [{ text: '12/03/2021', year: 2021, month: 3, day: 12 }]],
    ['not a month: 13/13/2021', []],
    ['a bare year is not a date: in 2017', []],
    ['"may" only as a month: staff may 2021', []],
  ])('%s', (text, expected) => {
    expect(readDates(text).map(({ text: written, year, month, day }) => ({ text: written, year, month, day }))).toEqual(expected);
  });

  test('the offsets point at the date', () => {
    const text = 'The review was commissioned on 3 March 2021.';
    const [date] = readDates(text);
    expect(text.slice(date?.start, date?.end)).toBe('3 March 2021');
  });

  test.each([
    ['7 March 2022', '26 August 2022', 5.6],
    ['11 November 2021', '15 July 2022', 8.1],
    ['March 2021', 'March 2022', 12],
    ['15 July 2021', '30 June 2022', 11.5],
  ])('from %s to %s is %d months', (from, to, months) => {
    const [start] = readDates(from);
    const [end] = readDates(to);
    expect(start && end && monthsBetween(start, end)).toBe(months);
  });

  test.each([
    ['the review could take up to nine months', 9],
    ['within 12 months', 12],
    ['one month later', 1],
    ['no number of months here', null],
  ])('"%s" states %s months', (text, months) => {
    expect(readMonthCount(text)).toBe(months);
  });
});
