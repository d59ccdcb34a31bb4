import { describe, expect, test } from 'vitest';
import { segmentText } from '../../src/check/text-paragraphs.js';

const passages = (text: string, format: 'text' | 'markdown' = 'text') =>
  segmentText(text, format).passages.map(({ paragraph, section, kind, text: body }) => ({ paragraph, section, kind, text: body }));

describe('reading a text draft into paragraphs', () => {
  test('when paragraphs are numbered under headings, then each keeps its number, section and kind', () => {
    const text = ['Serious Case Review: Child Q', '', '4. Analysis', '', '4.1 The child was not seen', 'alone at any visit.', '4.2 Drift set in.', '', '5. Recommendations', '', '5.1 Agencies should see children alone.'].join('\n');
    expect(passages(text)).toEqual([
      { paragraph: '4.1', section: 'Analysis', kind: 'finding', text: 'The child was not seen alone at any visit.' },
      { paragraph: '4.2', section: 'Analysis', kind: 'finding', text: 'Drift set in.' },
      { paragraph: '5.1', section: 'Recommendations', kind: 'recommendation', text: 'Agencies should see children alone.' },
    ]);
  });

  test('when a subheading carries its own number, then it is a heading and not a paragraph, and its section keeps its kind', () => {
    const text = '6. Findings\n\n6.1 Seeing the child\n\n6.1.1 No one spoke to the child.';
    expect(passages(text)).toEqual([{ paragraph: '6.1.1', section: 'Findings', kind: 'finding', text: 'No one spoke to the child.' }]);
  });

  test.each([
    ['a single-level number with its stop', '12. The social worker visited.', '12', 'The social worker visited.'],
    ['a number in a sentence', '12 children were seen.', null, '12 children were seen.'],
    ['a bullet', '- The plan was not reviewed.', null, 'The plan was not reviewed.'],
    ['a tab after the number, as Word writes it', '3.2.7\tThe GP was not told.', '3.2.7', 'The GP was not told.'],
  ])('when a paragraph starts with %s, then its number is read right', (_, line, number, text) => {
    expect(passages(line)).toEqual([expect.objectContaining({ paragraph: number, text })]);
  });

  test('when the draft has a contents page, then its entries are not paragraphs', () => {
    expect(passages('Contents\n\n1. Introduction\t3\n\n4. Analysis ........ 12\n\n1. Introduction\n\n1.1 This review was commissioned in 2019.')).toEqual([
      expect.objectContaining({ paragraph: '1.1', section: 'Introduction', kind: 'narrative' }),
    ]);
  });

  test('when the draft is Markdown, then "#" headings, emphasis and links are read as a writer means them', () => {
    const text = '# Child Q\n\n## 4. Analysis\n\n4.1 The **mother\'s** account was [accepted](https://example.org) at _face value_.\n\n> 4.2 A quoted paragraph.';
    expect(passages(text, 'markdown')).toEqual([
      { paragraph: '4.1', section: 'Analysis', kind: 'finding', text: "The mother's account was accepted at face value." },
      { paragraph: '4.2', section: 'Analysis', kind: 'finding', text: 'A quoted paragraph.' },
    ]);
  });

  test('when passages are made, then their offsets index the joined text', () => {
    const report = segmentText('4. Analysis\n\n4.1 One.\n\n4.2 Two words.', 'text');
    for (const passage of report.passages) expect(report.text.slice(passage.start, passage.end)).toBe(passage.text);
    expect(report.displayTitle).toBe('4. Analysis');
  });
});
