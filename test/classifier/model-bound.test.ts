import { describe, expect, test } from 'vitest';
import { compileTagger } from '../../src/lexicon/index.js';
import { type GroupMatch, type LexiconSource, type SentenceReading } from '../../src/lexicon/types.js';
import { visitFeatures } from '../../src/classifier/features.js';
import { compileTagging } from '../../src/classifier/index.js';
import { ThemeModel, type ModelFile } from '../../src/classifier/theme-model.js';
import { THEME_IDS } from '../../src/model/themes.js';
import { withSettledGroups } from '../support/settled-groups.js';

/**
 * ThemeModel.couldReach() judges a sentence before its groups are looked for: it must never say
 * no to a sentence whose margin reaches the threshold, whatever the weights.
 */
const LEXICONS: LexiconSource[] = withSettledGroups([
  { file: 'groups.lex', source: 'group: @weak = weak | poor | "insufficient" | lacking\ngroup: @manager = manager | managers | supervisor\n' },
  { file: 'professional_drift.lex', source: 'id: professional_drift\nlabel: Drift\ndescription: d\npattern: drift\n' },
]);
const tagger = compileTagger(LEXICONS);

function modelFile(weights: Record<string, number>, bias = -3): ModelFile {
  return {
    format: 1,
    lexiconVersion: tagger.version,
    trainingData: 'test',
    learner: 'by hand',
    figures: {},
    themes: {
      management_oversight: { bias, weights },
      professional_drift: { bias: bias - 1, weights: { drift: 1.5, '^narrative': 0.7, ...weights } },
    },
  };
}

const SENTENCES = [
  'Oversight by the manager was weak.',
  'The supervisor never saw the file, and the plan began to drift.',
  'Records were poor and oversight lacking.',
  'The family moved house in the spring.',
  'Managers should review every case each month.',
  'It was not clear that the manager had read the insufficient plan.',
];

/** The greatest margin of the sentence, scored as the tagger does (with its groups), and the sentence without them. */
function scored(model: ThemeModel, text: string): Array<{ margins: number[]; margin: number; bare: SentenceReading; groups: string[]; passage: ReturnType<typeof tagger.read> }> {
  const passage = tagger.read(text);
  return passage.readings.flatMap((sentence) => {
    model.startSentence();
    if (!visitFeatures(passage, sentence, passage.kind, model)) return [];
    const margins = [...model.sentenceMargins];
    const bare = { ...sentence, groups: [], negatedGroups: [] };
    return [{ margins, margin: Math.max(...margins), bare, groups: [...sentence.groups, ...sentence.negatedGroups], passage }];
  });
}

describe('the bound that spares looking for groups', () => {
  const weightings: Array<Record<string, number>> = [
    { oversight: 2, '@weak': 2, '!@weak': -4, '@manager': 1.25, manag: 0.5, '^finding': 0.3 },
    { '!@weak': 3, '!see': 2.5, '@manager': -1, plan: 0.75, '^recommendation': 1 },
    { '@weak': 0.5, '!@manager': 4, record: -2, drift: 1 },
  ];

  test.each(weightings.map((weights, index) => [index, weights]))('weights %i: a sentence whose margin reaches the threshold is never judged out', (_index, weights) => {
    const model = new ThemeModel(modelFile(weights));
    let judged = 0;
    for (const text of SENTENCES) {
      for (const { margin, bare, groups, passage } of scored(model, text)) {
        // At its own greatest margin the sentence reaches the threshold; a bound that left out a
        // group, the kind or a pattern theme would fall short of it.
        expect(model.couldReach(passage, bare, groups, margin)).toBe(true);
        judged += 1;
      }
    }
    expect(judged).toBeGreaterThan(4);
  });

  test('when no group it may have can lift it to the threshold, then the sentence is judged out', () => {
    const model = new ThemeModel(modelFile({ oversight: 1, '@weak': 1 }));
    const [first] = scored(model, 'Oversight by the manager was weak.');
    expect(first!.groups).toContain('weak');
    // bias -3 + oversight 1 + @weak 1 = -1
    expect(model.couldReach(first!.passage, first!.bare, first!.groups, -1)).toBe(true);
    expect(model.couldReach(first!.passage, first!.bare, first!.groups, -0.99)).toBe(false);
    // Without the group among those it may have, only the words count.
    expect(model.couldReach(first!.passage, first!.bare, [], -1)).toBe(false);
  });

  test('when the groups are looked for one by one, then each counts as it matches, and the bound stops when it fails', () => {
    const model = new ThemeModel(modelFile({ oversight: 1, '@weak': 1, '@manager': 1, '!@manager': 0.5 }));
    const [first] = scored(model, 'Oversight by the manager was weak.');
    const groups = first!.groups;
    expect([...groups].sort()).toEqual(['manager', 'weak']);
    // bias -3 + oversight 1 + @weak 1 + @manager 1 = 0
    const asked: string[] = [];
    const ask = (found: GroupMatch) => (at: number) => {
      asked.push(groups[at]!);
      return found;
    };
    expect(model.couldReach(first!.passage, first!.bare, groups, 0, ask('present'))).toBe(true);
    expect([...asked].sort()).toEqual(['manager', 'weak']);
    asked.length = 0;
    // The first group missing brings the bound to -1: the other is not looked for.
    expect(model.couldReach(first!.passage, first!.bare, groups, 0, ask('absent'))).toBe(false);
    expect(asked).toHaveLength(1);
    asked.length = 0;
    // Negated, each adds what it adds negated: nothing for "weak", 0.5 for "manager".
    expect(model.couldReach(first!.passage, first!.bare, groups, -1, ask('negated'))).toBe(false);
    expect(model.couldReach(first!.passage, first!.bare, groups, -1.5, ask('negated'))).toBe(true);
  });

  test('the model tags with the bound are those of scoring every sentence, at any threshold', () => {
    const file = modelFile({ oversight: 2, '@weak': 2, '!@weak': -4, '@manager': 1.25 });
    const sources = (threshold: number) => ({ lexicons: LEXICONS, model: { file: 'test/model.json', text: JSON.stringify(file) }, threshold });
    let tagged = 0;
    for (const threshold of [0.2, 0.5, 0.8]) {
      const tagging = compileTagging(sources(threshold), () => undefined);
      const least = Math.log(threshold / (1 - threshold));
      for (const text of SENTENCES) {
        const byPatterns = tagger.tag(text).themes;
        const expected = THEME_IDS.filter((theme, index) => !byPatterns.includes(theme) && scored(new ThemeModel(file), text).some(({ margins }) => (margins[index] as number) >= least)).sort();
        const found = tagging.tag(text).matches.filter((match) => match.source === 'model').map((match) => match.theme).sort();
        expect(found, text).toEqual(expected);
        tagged += found.length;
      }
    }
    expect(tagged).toBeGreaterThan(2);
  });
});
