import { describe, expect, test } from 'vitest';
import { LexiconError } from '../../src/errors.js';
import { compileTagger, readLexiconSources } from '../../src/lexicon/index.js';
import type { LexiconSource } from '../../src/lexicon/types.js';

/** The project's lexicons, with lexicons/settled.lex edited by `edit`. */
function lexiconsWith(edit: (source: string) => string): LexiconSource[] {
  return readLexiconSources('lexicons').map(({ file, source }) => ({ file, source: file.endsWith('settled.lex') ? edit(source) : source }));
}

const JUDGED = 'The decision not to hold a strategy discussion was sound.';
const factualOf = (sources: LexiconSource[], text: string) => compileTagger(sources).read(text).factual.join('');

describe('the words of the settled-clause reading are lexicon groups (lexicons/settled.lex)', () => {
  test('a word added to a group is read: a decision judged "sound" settles its clause once @settled_right holds "sound"', () => {
    const before = factualOf(lexiconsWith((source) => source), JUDGED);
    const after = factualOf(lexiconsWith((source) => source.replace('group: @settled_right = ', 'group: @settled_right = "sound" | ')), JUDGED);
    expect(before).toMatch(/1/);
    expect(after).toMatch(/^0+$/);
  });

  test('the groups are not features of the learned layer', () => {
    const groups = compileTagger(readLexiconSources('lexicons')).read('The reviewer was unable to speak to the father.').readings.flatMap((reading) => [...reading.groups, ...reading.negatedGroups]);
    expect(groups.filter((group) => group.startsWith('settled_'))).toEqual([]);
  });

  test('a missing group stops compiling, naming the file, the group and the fix', () => {
    const sources = lexiconsWith((source) => source.replace(/^group: @settled_reviewer = .*$/m, ''));
    const compile = () => compileTagger(sources);
    expect(compile).toThrow(LexiconError);
    expect(compile).toThrow(/lexicons\/settled\.lex: missing group @settled_reviewer, which the settled-clause reading needs \(who carries out the review \("panel"\)\); define it with "group: @settled_reviewer = word \| word \.\.\."/);
  });

  test('a group that uses an undefined group names its file and line', () => {
    const sources = lexiconsWith((source) => source.replace('group: @settled_lapse = ', 'group: @settled_lapse = @lapses | '));
    const line = sources.find(({ file }) => file.endsWith('settled.lex'))?.source.split('\n').findIndex((text) => text.startsWith('group: @settled_lapse')) ?? -1;
    const compile = () => compileTagger(sources);
    expect(compile).toThrow(LexiconError);
    expect(compile).toThrow(new RegExp(`settled\\.lex:${line + 1}: bad group @settled_lapse ".*" of the settled-clause reading: expected a group defined with "group: @lapses = \\.\\.\\.", found @lapses, which is not defined`));
  });
});
