import { parseArgs } from 'node:util';
import { expect, test } from 'vitest';
import { SEARCH_FILTER_FLAGS, searchInputFromFlags } from '../../src/cli/search-flags.js';
import { searchRequest } from '../../src/search/search-request.js';

const requestOf = (args: string[]) => {
  const { values, positionals } = parseArgs({ args, options: SEARCH_FILTER_FLAGS, allowPositionals: true, strict: true });
  return searchRequest(searchInputFromFlags(positionals, values));
};

test('when the filter flags are given, then the search request holds every one of them as the API would', () => {
  const request = requestOf(['face', 'value', '--theme', 'face_value', '--theme', 'hidden_men', '--theme-mode', 'any', '--review', '3', '--review', '5', '--review-type', 'DHR', '--age-band', 'under 1', '--harm', 'death', '--year', '2010-2015', '--raw']);
  expect(request).toMatchObject({ q: 'face value', themes: ['face_value', 'hidden_men'], themeMode: 'any', reviews: [3, 5], yearFrom: 2010, yearTo: 2015, raw: true });
  expect(request.catalogue).toMatchObject({ review_type: ['DHR'], age_band: ['under 1'], harm: ['death'], area: [] });
});

test('when a catalogue flag holds a value outside its list, then the error names the field and the allowed values', () => {
  expect(() => requestOf(['--review-type', 'XYZ'])).toThrow(/review_type "XYZ": use one of/);
});
