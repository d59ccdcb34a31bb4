import { expect, test } from 'vitest';
import { compileTagger } from '../../src/lexicon/index.js';
import { withSettledGroups } from '../support/settled-groups.js';

const tagger = compileTagger(withSettledGroups([
  { file: 'groups.lex', source: 'group: @oversight = oversight | supervision\ngroup: @weak = weak | poor | limited\ngroup: @child = child | baby\n' },
  { file: 'management_oversight.lex', source: 'id: management_oversight\nlabel: l\ndescription: d\npattern: @oversight ~ @weak\n' },
]));

const groupsBySentence = (text: string) => tagger.read(text).readings.map((sentence) => [...sentence.groups, ...sentence.negatedGroups].sort());

test('each sentence lists the word groups that occur in it, whatever the polarity', () => {
  expect(groupsBySentence('Supervision was poor. The baby was not seen. Nothing else happened.')).toEqual([['oversight', 'weak'], ['child'], []]);
});

test('a group occurs in a sentence that states no theme (a recommendation), since the hits are features, not findings', () => {
  expect(tagger.tag('Managers should strengthen supervision where it is weak.').themes).toEqual([]);
  expect(groupsBySentence('Managers should strengthen supervision where it is weak.')).toEqual([['oversight', 'weak']]);
});
