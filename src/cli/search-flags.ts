import { CATALOGUE_FIELDS } from '../model/review.js';
import type { SearchInput } from '../search/search-request.js';

/** The filters `lessons search` and `lessons export` share, as flags (the API's parameters, with dashes). */
export const SEARCH_FILTER_FLAGS = {
  theme: { type: 'string', multiple: true },
  'theme-mode': { type: 'string' },
  kind: { type: 'string' },
  source: { type: 'string' },
  year: { type: 'string' },
  board: { type: 'string' },
  ocr: { type: 'string' },
  review: { type: 'string', multiple: true },
  ...Object.fromEntries(CATALOGUE_FIELDS.map((field) => [field.replace('_', '-'), { type: 'string', multiple: true }])),
  raw: { type: 'boolean' },
} as const;

export const SEARCH_FILTER_USAGE =
  '[--theme id]... [--theme-mode all|any|none] [--kind finding] [--source pattern|model|human] [--year 2010-2015] [--board name] [--ocr only|exclude] [--review id]... [--review-type SCR]... [--area name]... [--region name]... [--age-band band]... [--sex female]... [--harm death]... [--raw]';

type FilterValues = Partial<Record<string, string | boolean | string[] | undefined>>;

/** The search input the filter flags give, with the words of the query. */
export function searchInputFromFlags(words: string[], values: FilterValues): SearchInput {
  const one = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const many = (name: string) => (Array.isArray(values[name]) ? values[name] : undefined);
  return {
    q: words.join(' '),
    theme: many('theme'),
    themeMode: one('theme-mode'),
    kind: one('kind'),
    source: one('source'),
    year: one('year'),
    board: one('board'),
    ocr: one('ocr'),
    review: many('review'),
    catalogue: Object.fromEntries(CATALOGUE_FIELDS.map((field) => [field, many(field.replace('_', '-'))])),
    raw: values.raw === true,
  };
}
