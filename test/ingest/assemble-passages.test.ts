import { describe, expect, test } from 'vitest';
import { assemblePassages, type DocumentBlock } from '../../src/ingest/assemble-passages.js';
import { passageViolations } from '../support/passage-invariants.js';

const heading = (text: string): DocumentBlock => ({ type: 'heading', text });
const paragraph = (number: string | null, text: string, page = 1): DocumentBlock => ({ type: 'paragraph', number, text, page, endPage: page });
const placed = (blocks: DocumentBlock[], numbered?: Map<string, string>) => assemblePassages(blocks, numbered).passages.map(({ paragraph: number, section, kind }) => ({ number, section, kind }));

describe('placing paragraphs in sections, as every reader does', () => {
  test.each([
    ['a heading that names a kind opens a section of that kind', [heading('Recommendations'), paragraph('5.1', 'See the child.')], { number: '5.1', section: 'Recommendations', kind: 'recommendation' }],
    ['a numbered heading opens a section, narrative unless its title says otherwise', [heading('Findings'), heading('3. Health visiting'), paragraph('3.1', 'The visits stopped.')], { number: '3.1', section: 'Health visiting', kind: 'narrative' }],
    ['an unnumbered heading is a subsection that keeps its parent’s title and kind', [heading('4. Analysis'), heading('Health visiting'), paragraph(null, 'The visits stopped.')], { number: null, section: 'Analysis', kind: 'finding' }],
    ['a subsection’s own number is not its title', [heading('Introduction'), heading('1.1 Reasons for the review'), paragraph(null, 'The review was asked for.')], { number: null, section: 'Introduction', kind: 'narrative' }],
    ['the first heading opens a section even when it names no kind', [heading('Child Q'), paragraph(null, 'A draft.')], { number: null, section: 'Child Q', kind: 'narrative' }],
    ['a numbered paragraph goes to the section its number names', [heading('4. Analysis'), heading('5. Recommendations'), paragraph('4.9', 'The plan drifted.')], { number: '4.9', section: 'Analysis', kind: 'finding' }],
  ])('when %s', (_, blocks, expected) => {
    expect(placed(blocks)).toEqual([expected]);
  });

  test('when a contents page named the sections, then a paragraph goes to its section even without a heading before it', () => {
    expect(placed([paragraph('6.2', 'Agencies should share records.')], new Map([['6', 'Recommendations']]))).toEqual([{ number: '6.2', section: 'Recommendations', kind: 'recommendation' }]);
  });

  test('when blocks are assembled, then the passages keep the invariants, and an empty paragraph is left out', () => {
    const review = assemblePassages([heading('4. Analysis'), paragraph('4.1', 'One.', 3), paragraph('4.2', ''), { type: 'paragraph', number: '4.3', text: 'Two words.', page: 3, endPage: 4, ocrConfidence: 71 }]);
    expect(passageViolations(review)).toEqual([]);
    expect(review.passages.map((passage) => [passage.text, passage.page, passage.endPage, passage.ocrConfidence])).toEqual([['One.', 3, 3, undefined], ['Two words.', 3, 4, 71]]);
  });
});

describe('the passage invariants themselves', () => {
  test('when a passage is shifted, a span lies outside it or text is left over, then each break is reported (so the tests that use them can fail)', () => {
    const good = assemblePassages([paragraph('1.1', 'The child was seen.'), paragraph('1.2', 'The plan drifted.')]);
    const [first, second] = good.passages as [(typeof good.passages)[number], (typeof good.passages)[number]];
    const broken = {
      text: `${good.text} and more`,
      passages: [
        { ...first, sentences: [[0, 5], [3, 9]] as Array<[number, number]>, evidence: [{ theme: 'child_not_seen', start: 4, end: 99 }] },
        { ...second, start: second.start + 1, end: second.end + 1 },
      ],
    };
    expect(passageViolations(broken, 'broken')).toEqual([
      'broken passage 0 (p. 1): sentence 3-9 is out of order or outside the passage',
      'broken passage 0 (p. 1): child_not_seen evidence 4-99 lies outside the passage',
      `broken passage 1 (p. 1): starts at ${second.start + 1}, not where the previous passage left off (${second.start})`,
      'broken passage 1 (p. 1): its offsets do not index its text in the review text',
      `broken: the passages cover ${second.end + 1} of the text's ${good.text.length + 9} characters`,
    ]);
  });
});
