import { describe, expect, test } from 'vitest';
import { LexiconError } from '../../src/errors.js';
import { compileTagger } from '../../src/lexicon/index.js';

const HEAD = 'id: neglect\nlabel: Neglect\ndescription: d\n';

describe('a broken lexicon file fails with the file, the line and what was expected', () => {
  test.each([
    ['an unknown key', `${HEAD}pattern: neglect\npatern: drift\n`, /broken\.lex:5: unknown key "patern"; expected one of id, label/],
    ['an unknown theme', 'id: neglekt\nlabel: x\ndescription: d\npattern: neglect\n', /broken\.lex:1: unknown theme "neglekt"/],
    ['an unclosed bracket', `${HEAD}pattern: (chronic | long neglect\n`, /broken\.lex:4: bad pattern in theme neglect "\(chronic \| long neglect" at column 24: expected "\)", found the end of the pattern/],
    ['a stray operator', `${HEAD}pattern: chronic ) neglect\n`, /broken\.lex:4: bad pattern .* at column 9: expected the end of the pattern/],
    ['a gap at the end', `${HEAD}pattern: chronic ..3\n`, /broken\.lex:4: bad pattern .*expected a word on both sides of a gap/],
    ['a group with a co-occurrence', `group: @near = plan ~ drift\n${HEAD}pattern: neglect\n`, /broken\.lex:1: bad pattern "plan ~ drift" at column 6: expected a group without "&" or "~", found "~"/],
    ['a gap too wide', `${HEAD}pattern: chronic ..40 neglect\n`, /broken\.lex:4: bad pattern .*expected a gap of 1 to 15 words, found "\.\.40"/],
    ['an undefined group', `${HEAD}pattern: @carers neglect\n`, /broken\.lex:4: bad pattern .*expected a group defined with "group: @carers = \.\.\."/],
    ['a bad kind', `${HEAD}pattern: neglect\n  kinds: findings\n`, /broken\.lex:5: unknown passage kind "findings"; expected finding, recommendation, narrative/],
    ['an option with no pattern', `${HEAD}  unless: neglect\n`, /broken\.lex:4: an indented "unless:" must follow a "pattern:" line/],
    ['a line without a key', `${HEAD}neglect was normalised\n`, /broken\.lex:4: expected "key: value"/],
    ['a second id', `${HEAD}id: drift\npattern: neglect\n`, /broken\.lex:4: a second "id:"; the file already has id "neglect" on line 1/],
    ['no patterns', HEAD, /broken\.lex: theme "neglect" has no "pattern:" line/],
    ['a malformed group', `${HEAD}group: carers = mother\npattern: neglect\n`, /broken\.lex:4: expected "group: @name = pattern"/],
    ['a group that uses itself', `group: @carers = mother | @carers\n${HEAD}pattern: @carers neglect\n`, /broken\.lex:5: bad pattern .*expected groups that do not refer to themselves, found @carers -> @carers/],
    // @home is compiled (and its needs kept) through the first pattern before the second meets the cycle through it.
    [
      'a cycle met through a group compiled before',
      `group: @home = house | flat\ngroup: @carers = mother | @adults\ngroup: @adults = @carers | @home\n${HEAD}pattern: @home neglect\npattern: @adults neglect\n`,
      /broken\.lex:8: bad pattern .*found @adults -> @carers -> @adults/,
    ],
  ])('%s', (_case, source, message) => {
    const compile = () => compileTagger([{ file: 'lexicons/broken.lex', source }]);
    expect(compile).toThrow(LexiconError);
    expect(compile).toThrow(message);
  });

  test('a duplicate id names both files', () => {
    const source = `${HEAD}pattern: neglect\n`;
    const compile = () => compileTagger([{ file: 'a.lex', source }, { file: 'b.lex', source }]);
    expect(compile).toThrow(/b\.lex:1: duplicate id "neglect"; it is already defined in a\.lex:1/);
  });

  test('a group defined twice names both places', () => {
    const compile = () => compileTagger([{ file: 'g.lex', source: 'group: @x = a\ngroup: @x = b\n' }]);
    expect(compile).toThrow(/g\.lex:2: group @x is already defined at g\.lex:1/);
  });
});
