import { describe, expect, test } from 'vitest';
import { compileTagger } from '../../src/lexicon/index.js';
import { type LexiconSource } from '../../src/lexicon/types.js';
import { sentenceFeatures } from '../../src/classifier/features.js';
import { compileTagging, layerTagger, type TaggingSources } from '../../src/classifier/index.js';
import type { ModelFile } from '../../src/classifier/theme-model.js';
import { withSettledGroups } from '../support/settled-groups.js';

/**
 * A two-theme lexicon and a model written by hand: the model knows that "oversight" with a word of
 * weakness means management_oversight, which no pattern here says; its one pattern finds drift.
 */
const LEXICONS: LexiconSource[] = withSettledGroups([
  { file: 'groups.lex', source: 'group: @weak = weak | poor | "insufficient" | lacking\n' },
  { file: 'professional_drift.lex', source: 'id: professional_drift\nlabel: Drift\ndescription: d\npattern: drift\n' },
  { file: 'management_oversight.lex', source: 'id: management_oversight\nlabel: Oversight\ndescription: d\npattern: !supervise\n' },
]);
const VERSION = compileTagger(LEXICONS).version;

function modelFile(overrides: Partial<ModelFile> = {}): ModelFile {
  return {
    format: 1,
    lexiconVersion: VERSION,
    trainingData: 'test',
    learner: 'by hand',
    figures: {},
    themes: {
      management_oversight: { bias: -3, weights: { oversight: 2, '@weak': 2, '!@weak': -4, manag: 0.5 } },
      professional_drift: { bias: -2, weights: { drift: 5, oversight: 1 } },
    },
    ...overrides,
  };
}

function sources(model: ModelFile | null, threshold = 0.5): TaggingSources {
  return { lexicons: LEXICONS, model: model && { file: 'test/model.json', text: JSON.stringify(model) }, threshold };
}

function tagging(model: ModelFile | null = modelFile(), threshold = 0.5) {
  const warnings: string[] = [];
  const tagger = compileTagging(sources(model, threshold), (message) => warnings.push(message));
  return { tagger, warnings };
}

describe('the learned layer beside the patterns', () => {
  test('when only the model recognises a failure, then it tags the theme with source, score, the sentence and its top features', () => {
    const text = 'The family moved in May. Management oversight of the case was insufficient.';
    const { matches, themes } = tagging().tagger.tag(text);
    expect(themes).toEqual(['management_oversight']);
    expect(matches).toHaveLength(1);
    const [match] = matches;
    expect(match).toMatchObject({ theme: 'management_oversight', source: 'model', text: 'Management oversight of the case was insufficient.' });
    expect(text.slice(match!.start, match!.end)).toBe(match!.text);
    // bias -3 + oversight 2 + @weak 2 + manag 0.5 = 1.5
    expect(match!.score).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 3);
    expect(match!.pattern).toBe('model: @weak +2.00, oversight +2.00, manag +0.50');
  });

  test('when a pattern finds a theme, then the pattern stands and the model adds no second tag for it', () => {
    const { matches } = tagging().tagger.tag('The plan drifted and oversight was poor.');
    // In order of position: the model's evidence is the whole sentence.
    expect(matches.map((match) => [match.theme, match.source, match.score])).toEqual([
      ['management_oversight', 'model', expect.any(Number)],
      ['professional_drift', 'pattern', null],
    ]);
  });

  test('when the failure is negated, prescribed or only a heading, then the model tags nothing', () => {
    const { tagger } = tagging();
    for (const text of [
      'Oversight of the case was not weak at any point.',
      'Managers should ensure that oversight is never weak.',
      'Weak management oversight',
      'If oversight is weak, the manager must act.',
    ]) {
      expect(tagger.tag(text).themes, text).toEqual([]);
    }
  });

  test('when a sentence signals no failure (no failure word, nothing negated), then the model does not score it', () => {
    // Alone, the model would give drift 3 (bias -2 + drift 5) to both; only the second says something went wrong.
    const alone = layerTagger(sources(modelFile({ failureGate: ['@weak'] })), 'model');
    expect(alone.tag('The plan drifted over the summer.').themes).toEqual([]);
    expect(alone.tag('The plan drifted and nobody reviewed it.').themes).toEqual(['professional_drift']);
    expect(alone.tag('The plan drifted and oversight was weak.').themes).toEqual(['management_oversight', 'professional_drift']);
    // Without a gate (a model file that has none), every stated sentence is scored.
    expect(layerTagger(sources(modelFile()), 'model').tag('The plan drifted over the summer.').themes).toEqual(['professional_drift']);
  });

  test('when the threshold is raised above the score, then the model tag goes', () => {
    const text = 'Management oversight of the case was insufficient.';
    expect(tagging(modelFile(), 0.8).tagger.tag(text).themes).toEqual(['management_oversight']);
    expect(tagging(modelFile(), 0.9).tagger.tag(text).themes).toEqual([]);
  });

  test('when the layers are measured apart, then each gives only its own tags', () => {
    const text = 'The plan drifted and oversight was poor.';
    expect(layerTagger(sources(modelFile()), 'patterns').tag(text).themes).toEqual(['professional_drift']);
    // Alone, the model scores drift too (bias -2 + drift 5 + oversight 1).
    const alone = layerTagger(sources(modelFile()), 'model').tag(text).matches;
    expect(alone.map((match) => [match.theme, match.source])).toEqual([
      ['management_oversight', 'model'],
      ['professional_drift', 'model'],
    ]);
  });
});

describe('loading the model', () => {
  test('when the model was trained with other lexicons, then tagging warns with the fix and uses the patterns alone', () => {
    const { tagger, warnings } = tagging(modelFile({ lexiconVersion: 'aaaaaaaaaaaa' }));
    expect(warnings).toEqual([expect.stringMatching(/trained with lexicons aaaaaaaaaaaa, but these are \w{12}\. Rebuild it with: npx tsx scripts\/train-model\.ts/)]);
    expect(tagger.tag('Management oversight of the case was insufficient.').themes).toEqual([]);
    expect(() => layerTagger(sources(modelFile({ lexiconVersion: 'aaaaaaaaaaaa' })), 'both')).toThrow(/Rebuild it with/);
  });

  test('when the model file is broken, then the error names the file and how to rebuild it', () => {
    const broken: TaggingSources = { lexicons: LEXICONS, model: { file: 'test/model.json', text: '{"format": 2}' }, threshold: 0.5 };
    expect(() => compileTagging(broken, () => {})).toThrow(/test\/model\.json: not a model file of format 1.*train-model\.ts/);
    const unknown: TaggingSources = { ...broken, model: { file: 'test/model.json', text: JSON.stringify(modelFile({ themes: { drifting: { bias: 0, weights: {} } } as never })) } };
    expect(() => compileTagging(unknown, () => {})).toThrow(/unknown theme "drifting"/);
    const gate: TaggingSources = { ...broken, model: { file: 'test/model.json', text: JSON.stringify(modelFile({ failureGate: '@weak' as never })) } };
    expect(() => compileTagging(gate, () => {})).toThrow(/"failureGate" must be a list/);
  });

  test('when the model is off, then the patterns alone tag, without a warning', () => {
    const { tagger, warnings } = tagging(null);
    expect(warnings).toEqual([]);
    expect(tagger.tag('Management oversight of the case was insufficient.').themes).toEqual([]);
  });
});

describe('features', () => {
  test('when a sentence is read, then its features are word keys, negated keys, groups and the kind, and no theme\'s pattern', () => {
    const tagger = compileTagger(LEXICONS);
    const reading = tagger.read('The plan drifted and oversight was not weak.');
    const features = sentenceFeatures(reading, reading.readings[0]!, reading.kind);
    expect(features).toEqual(expect.arrayContaining(['plan', 'drift', 'oversight', '!weak', '!@weak', '^finding']));
    expect(reading.themes).toContain('professional_drift');
    expect(features.filter((feature) => feature.startsWith('='))).toEqual([]);
    expect(features).not.toContain('weak');
    expect(features).not.toContain('@weak');
  });

  test('when read behind a failure gate, then only a sentence that could open it keeps its groups', () => {
    const tagger = compileTagger(LEXICONS);
    const gateGroups = new Set(['weak']);
    const text = 'Oversight was weak. The plan was poor. The plan was not poor.';
    const open = tagger.read(text).readings.map((sentence) => sentence.groups);
    const gated = tagger.read(text, {}, { gateGroups }).readings.map((sentence) => [sentence.groups, sentence.negatedGroups]);
    expect(open).toEqual([['weak'], ['weak'], []]);
    // "poor" is in @weak; with a gate of other groups, the plain sentences keep nothing, the negated one keeps its negated group.
    expect(gated).toEqual([[['weak'], []], [['weak'], []], [[], ['weak']]]);
    const otherGate = tagger.read(text, {}, { gateGroups: new Set(['none']) }).readings.map((sentence) => [sentence.groups, sentence.negatedGroups]);
    expect(otherGate).toEqual([[[], []], [[], []], [[], ['weak']]]);
  });

  test('when a sentence only prescribes, then it has no features at all', () => {
    const tagger = compileTagger(LEXICONS);
    const reading = tagger.read('Managers should review the plan.');
    expect(sentenceFeatures(reading, reading.readings[0]!, reading.kind)).toEqual([]);
  });
});
