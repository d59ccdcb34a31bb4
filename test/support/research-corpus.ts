import type { IngestedReview, TaggedPassage } from '../../src/model/review.js';
import type { PassageKind, ThemeId } from '../../src/model/themes.js';

interface PassageSpec {
  paragraph: string | null;
  section: string;
  kind: PassageKind;
  text: string;
  /** Each theme's evidence is the first occurrence of the phrase in the text; with a score, the learned model found it. */
  evidence?: Array<[ThemeId, string] | [ThemeId, string, number]>;
}

/** The text that must show as text and never run in a browser. */
export const HOSTILE_TEXT = 'The case note read <script>window.__xss = "script"; alert("script")</script> and "><img src=x onerror="window.__xss = \'img\'"> before the visit; the explanation was accepted at face value.';

/** A review made by hand: offsets and evidence spans worked out from the texts. */
export function reviewOf(meta: { title: string; board: string; year: number; subject: string }, specs: PassageSpec[], key = meta.title): IngestedReview {
  let offset = 0;
  const passages = specs.map((spec, seq): TaggedPassage => {
    const passage: TaggedPassage = {
      seq,
      page: 2 + Math.floor(seq / 3),
      endPage: 2 + Math.floor(seq / 3),
      paragraph: spec.paragraph,
      section: spec.section,
      kind: spec.kind,
      sectionKind: spec.kind,
      text: spec.text,
      start: offset,
      end: offset + spec.text.length,
      sentences: [[0, spec.text.length]],
      evidence: (spec.evidence ?? []).map(([theme, phrase, score]) => {
        const start = spec.text.indexOf(phrase);
        if (start < 0) throw new Error(`fixture: "${phrase}" is not in "${spec.text}"`);
        if (score !== undefined) return { theme, start, end: start + phrase.length, pattern: `model: ${phrase}`, source: 'model' as const, score };
        return { theme, start, end: start + phrase.length, pattern: phrase, source: 'pattern' as const, score: null };
      }),
    };
    offset += spec.text.length + 2;
    return passage;
  });
  return {
    file: `/fixtures/${key}.pdf`,
    sha256: Buffer.from(key).toString('hex').padEnd(64, '0').slice(0, 64),
    pages: 12,
    meta: { ...meta, author: 'A. Reviewer' },
    lexiconVersion: 'fixture',
    passages,
    text: specs.map((spec) => spec.text).join('\n\n'),
  };
}

/**
 * Three small reviews whose every passage is known, for API and browser tests:
 * Child S (2013, Northmoor LSCB) carries face_value, professional_drift and the hostile passage;
 * Baby F (2020, Eastbridge Partnership) carries face_value and child_not_seen;
 * Child W (2011, Westvale LSCB) has 30 numbered "home visit" passages, for paging.
 */
export function researchCorpus(): IngestedReview[] {
  const childS = reviewOf({ title: 'Serious Case Review: Child S', board: 'Northmoor LSCB', year: 2013, subject: 'Child S' }, [
    { paragraph: '1.1', section: 'Introduction', kind: 'narrative', text: 'This review was commissioned by Northmoor LSCB after the death of Child S.' },
    { paragraph: '4.12', section: 'Analysis', kind: 'finding', text: "The health visitor accepted the mother's explanation of the bruising at face value and did not check it with the GP.", evidence: [['face_value', "accepted the mother's explanation of the bruising at face value"], ['health_coordination', 'did not check it with the GP']] },
    { paragraph: '4.13', section: 'Analysis', kind: 'finding', text: 'The case was allowed to drift for five months without purposeful action.', evidence: [['professional_drift', 'allowed to drift']] },
    { paragraph: '4.14', section: 'Analysis', kind: 'finding', text: HOSTILE_TEXT, evidence: [['face_value', 'accepted at face value']] },
    { paragraph: '5.1', section: 'Recommendations', kind: 'recommendation', text: '=HYPERLINK("http://example.invalid") Practitioners should not take explanations at face value, and should check them with other agencies.' },
  ]);
  const babyF = reviewOf({ title: 'Child Safeguarding Practice Review: Baby F', board: 'Eastbridge Safeguarding Children Partnership', year: 2020, subject: 'Baby F' }, [
    { paragraph: '2.1', section: 'Background', kind: 'narrative', text: 'Baby F lived with the mother and a new partner, who was not known to professionals.' },
    { paragraph: '3.4', section: 'Findings', kind: 'finding', text: "Reassured by the mother's account, the social worker took it at face value and closed the case.", evidence: [['face_value', "Reassured by the mother's account"]] },
    { paragraph: '3.5', section: 'Findings', kind: 'finding', text: 'Baby F was not seen alone at any visit, and the voice of the child was absent from the assessment.', evidence: [['child_not_seen', 'not seen alone'], ['child_not_seen', 'voice of the child was absent']] },
  ]);
  const childW = reviewOf(
    { title: 'Serious Case Review: Child W', board: 'Westvale LSCB', year: 2011, subject: 'Child W' },
    Array.from({ length: 30 }, (_, index) => ({
      paragraph: `6.${index + 1}`,
      section: 'Chronology',
      kind: 'narrative' as const,
      text: `On home visit number ${index + 1} the family support worker recorded that the home was tidy.`,
    })),
  );
  return [childS, babyF, childW];
}
