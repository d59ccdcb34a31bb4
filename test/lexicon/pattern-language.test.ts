import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { PassageKind } from '../../src/model/themes.js';
import { compileTagger } from '../../src/lexicon/index.js';
import { withSettledGroups } from '../support/settled-groups.js';

/** A one-theme lexicon around the given pattern lines, tagged without section context unless given. */
function tagWith(patternLines: string, text: string, section?: PassageKind) {
  const source = `id: professional_drift\nlabel: Drift\ndescription: test theme\n${patternLines}\n`;
  const tagger = compileTagger(withSettledGroups([{ file: 'test.lex', source }]));
  return tagger.tag(text, section ? { section } : {});
}

const hits = (patternLines: string, text: string, section?: PassageKind) =>
  tagWith(patternLines, text, section).themes.includes('professional_drift');

/** pattern-rules.txt: groups of "yes|no :: pattern lines :: sentence [:: section]" lines. */
function readRules(): Map<string, Array<[boolean, string, string, PassageKind | undefined]>> {
  const groups = new Map<string, Array<[boolean, string, string, PassageKind | undefined]>>();
  let rows: Array<[boolean, string, string, PassageKind | undefined]> = [];
  for (const line of readFileSync(new URL('./pattern-rules.txt', import.meta.url), 'utf8').split('\n')) {
    if (line.startsWith('## ')) groups.set(line.slice(3), (rows = []));
    if (!/^(yes|no) :: /.test(line)) continue;
    const [expected, pattern, text, section] = line.split(' :: ') as [string, string, string, PassageKind | undefined];
    rows.push([expected === 'yes', pattern.replace(/\\n/g, '\n'), text, section]);
  }
  return groups;
}

const groups = readRules();

test('the rule tables are read', () => {
  expect(groups.size).toBeGreaterThanOrEqual(6);
});

for (const [title, rows] of groups) {
  describe(title, () => {
    test.each(rows)('%s: %s on "%s" (%s)', (expected, pattern, text, section) => {
      expect(hits(pattern, text, section)).toBe(expected);
    });
  });
}

describe('kind and evidence', () => {
  test('kind follows the section when given, and is inferred otherwise', () => {
    expect(tagWith('pattern: drift', 'The case drifted.', 'narrative').kind).toBe('narrative');
    expect(tagWith('pattern: drift', 'The Board should ensure that cases are reviewed.').kind).toBe('recommendation');
    expect(tagWith('pattern: drift', 'The case was allowed to drift, and practitioners did not notice.').kind).toBe('finding');
    expect(tagWith('pattern: drift', 'The family moved to the area in March 2016.').kind).toBe('narrative');
  });

  test.each([
    ['a date opens a chronology entry', 'On 4 June 2019 the health visitor called at the house.', 'narrative'],
    ['dates on the way to a judgement', 'The plan written in March 2017 was still the plan in January 2018, and nothing in it had been done.', 'finding'],
    ['a modal in reported speech', 'The probation officer believed he should not be living with a baby, but she did not pursue it.', 'finding'],
    ['a modal inside a quotation', "Mr K was told there would be no appointment for a year and that he should 'use the app'.", 'finding'],
    ['a modal inside a question nobody put', 'No one considered whether the child should be seen alone.', 'finding'],
    ['a numbered recommendation without a modal', 'Recommendation 6: a multi-agency audit of out-of-hours strategy discussions.', 'recommendation'],
  ])('inferred kind: %s', (_case, text, kind) => {
    expect(tagWith('pattern: drift', text).kind).toBe(kind);
  });

  test("when a possessive meets punctuation, then the passages read after it still read every possessive as the word and its 's", () => {
    // wink learns "partner's" as a word when it first meets it before a comma or a full stop.
    const source = "pattern: (mother | partner) 's (history | record)";
    const before = tagWith(source, "Staff read the partner's history twice.");
    tagWith(source, "Ms B had been staying at her partner's, and then at her mother's. The partner's: a note.");
    const after = tagWith(source, "Staff read the partner's history twice.");
    expect(before.themes).toEqual(['professional_drift']);
    expect(after).toEqual(before);
  });

  test("spans are offsets into the text as given where a space was put after a possessive", () => {
    const text = "Nobody asked about the mother's. Her record was thin.";
    const { matches } = tagWith("pattern: (nobody | no one) asked ..3 mother 's", text);
    expect(matches).toHaveLength(1);
    expect(text.slice(matches[0]!.start, matches[0]!.end)).toBe("Nobody asked about the mother's");
    expect(matches[0]!.text).toBe("Nobody asked about the mother's");
  });

  test('spans are offsets into the text as given, across unwrapped line breaks', () => {
    const text = 'In 2019 the plan was not\n   progressed at all.';
    const { matches } = tagWith('pattern: plan ..3 !progressed', text);
    expect(matches).toHaveLength(1);
    const [match] = matches;
    expect(text.slice(match!.start, match!.end)).toBe(match!.text);
    expect(match).toMatchObject({ theme: 'professional_drift', text: 'plan was not\n   progressed', pattern: 'plan ..3 !progressed' });
  });
});
