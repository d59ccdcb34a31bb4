import { describe, expect, test } from 'vitest';
import { loadQualityCriteria, parseQualityCriteria } from '../../../src/check/quality/criteria-file.js';
import { loadConfig } from '../../../src/config.js';
import { CriteriaError } from '../../../src/errors.js';

const FILE = 'quality/broken.json';

/** A valid criteria file with one criterion, whose detector a test can replace. */
function withDetector(detect: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ criteria: [{ id: 'family_involvement', label: 'Family involvement', source: 'Working Together', advice: 'Say how the family took part.', detect, ...extra }] });
}
const REQUIREMENTS = { kind: 'requirements', requirements: [{ id: 'family', label: 'the family', cues: [['mother'], ['invited']] }] };

describe('the quality criteria file', () => {
  test('the bundled file loads: nine criteria, each with a label, a source, advice and a known detector kind', () => {
    const criteria = loadQualityCriteria(loadConfig({}).criteria);
    expect(criteria.map((criterion) => criterion.id)).toEqual(['child_at_centre', 'family_involvement', 'why_not_only_what', 'diversity', 'independence', 'timeliness', 'actionable_recommendations', 'action_plan', 'terms_of_reference']);
    for (const criterion of criteria) {
      expect(criterion.source).toMatch(/Ofsted|Working Together|Panel/);
      expect(criterion.advice).toMatch(/\.$/);
    }
  });

  test('a requirements detector gets its defaults: met when every requirement is found, partly from one', () => {
    const [criterion] = parseQualityCriteria(FILE, withDetector(REQUIREMENTS));
    expect(criterion?.detect).toEqual({ ...REQUIREMENTS, met_when: 1, partly_when: 1 });
  });
});

describe('a broken criteria file fails with the file, the criterion and the field', () => {
  test.each([
    ['not JSON', '{"criteria": [', /quality\/broken\.json is not valid JSON .*missing comma or quote/],
    ['no criteria', '{}', /quality\/broken\.json: field "criteria" must be a non-empty list, found nothing/],
    ['a missing advice', JSON.stringify({ criteria: [{ id: 'x', label: 'X', source: 'S', detect: REQUIREMENTS }] }), /broken\.json: criterion "x": field "advice" must be a non-empty string, found nothing/],
    ['a bad id', withDetector(REQUIREMENTS, { id: 'Family Involvement' }), /criterion "Family Involvement": field "id" must be lower-case letters, digits and underscores/],
    ['an unknown detector kind', withDetector({ kind: 'magic' }), /criterion "family_involvement": field "detect\.kind" must be one of requirements, analysis_share, timeline, recommendations, found "magic"/],
    ['cues as a plain list', withDetector({ kind: 'requirements', requirements: [{ id: 'f', label: 'f', cues: ['mother', 'invited'] }] }), /field "detect\.requirements\[0\]\.cues" must be a list of cue groups/],
    ['a phrase of wildcards only', withDetector({ kind: 'requirements', requirements: [{ id: 'f', label: 'f', cues: [['*']] }] }), /field "detect\.requirements\[0\]\.cues" must be phrases with at least one word besides "\*", found "\*"/],
    ['an unknown placeholder', withDetector({ kind: 'requirements', requirements: [{ id: 'f', label: 'f', cues: [['{mother} said']] }] }), /must be phrases whose only placeholder is \{child\}, found "\{mother\} said"/],
    ['an unknown theme', withDetector({ kind: 'requirements', requirements: [{ id: 'f', label: 'f', themes: ['diversty'] }] }), /field "detect\.requirements\[0\]\.themes" must be theme ids of \.\.\/shared\/themes\.md, found "diversty"/],
    ['a requirement with nothing to look for', withDetector({ kind: 'requirements', requirements: [{ id: 'f', label: 'f' }] }), /field "detect\.requirements\[0\]\.cues" must be cues, headings, themes or dates/],
    ['met_when beyond the requirements', withDetector({ ...REQUIREMENTS, met_when: 3 }), /field "detect\.met_when" must be a number from 1 to 1, found number 3/],
    ['a share over 1', withDetector({ kind: 'analysis_share', reason_cues: [['because']], met: { analysis_share: 25, reasoned_share: 0.6 }, partly: { analysis_passages: 2, reasoned_passages: 1 } }), /field "detect\.met\.analysis_share" must be a number from 0 to 1, found number 25/],
    ['a timeline without an event', withDetector({ kind: 'timeline', max_months: 6, timescale_cues: [['timescale']], events: { commissioned: [['commissioned']], incident: [['died']], completed: [['completed']] } }), /field "detect\.events\.published" must be a list of cue groups/],
  ])('%s', (_case, source, message) => {
    const parse = () => parseQualityCriteria(FILE, source);
    expect(parse).toThrow(CriteriaError);
    expect(parse).toThrow(message);
  });

  test('two criteria with one id', () => {
    const one = JSON.parse(withDetector(REQUIREMENTS)).criteria[0];
    expect(() => parseQualityCriteria(FILE, JSON.stringify({ criteria: [one, one] }))).toThrow(/broken\.json: criterion "family_involvement" is defined twice/);
  });

  test('a file that is not there', () => {
    expect(() => loadQualityCriteria('/nowhere/criteria.json')).toThrow(/cannot read the quality criteria file \/nowhere\/criteria\.json/);
  });
});
