import { describe, expect, test } from 'vitest';
import { splitFootnotes } from '../../src/ingest/body-text.js';
import { isContentsPage } from '../../src/ingest/contents.js';
import { layoutPage } from '../../src/ingest/layout.js';
import { buildBlocks, type BodyLine } from '../../src/ingest/paragraphs.js';
import { removeRunningText } from '../../src/ingest/running-text.js';
import type { Line, PageLines } from '../../src/ingest/types.js';

const HEIGHT = 842;
const line = (text: string, y: number, extra: Partial<Line> = {}): Line => ({ text, x: 72, y, right: 520, size: 11, ...extra });
const page = (number: number, lines: Line[]): PageLines => ({ page: number, width: 595, height: HEIGHT, lines });

describe('running headers and footers', () => {
  const pages = [1, 2, 3, 4].map((n) =>
    page(n, [
      line('Child S - Serious Case Review', 40, { size: 9 }),
      line(`Body text of page ${n} that is different on each page.`, 300),
      line(`Page ${n} of 4`, 810, { size: 9 }),
      line(`${n + 10}`, 825, { size: 9 }),
    ]),
  );

  test('when a line recurs in the page bands, then it is removed from every page, page numbers too', () => {
    const cleaned = removeRunningText(pages);
    expect(cleaned.map((p) => p.lines.map((l) => l.text))).toEqual([1, 2, 3, 4].map((n) => [`Body text of page ${n} that is different on each page.`]));
  });

  test('when a repeated line sits in the middle of the page, then it is body text and stays', () => {
    const repeated = [1, 2, 3].map((n) => page(n, [line('The review panel met.', 400)]));
    expect(removeRunningText(repeated).every((p) => p.lines.length === 1)).toBe(true);
  });
});

describe('footnotes', () => {
  test('when small type opened by a marker closes a page, then it is a footnote and leaves the body', () => {
    const p = page(1, [line('Body line one.', 100), line('Body line two.', 113), line('1 Working Together to Safeguard Children (2015).', 760, { size: 8 }), line('continued footnote text', 770, { size: 8 })]);
    const { body, footnotes } = splitFootnotes(p, 11);
    expect(body.map((l) => l.text)).toEqual(['Body line one.', 'Body line two.']);
    expect(footnotes).toEqual(['1 Working Together to Safeguard Children (2015).', 'continued footnote text']);
  });

  test('when small type is a table without markers, then it stays in the body', () => {
    const p = page(1, [line('Body line.', 100), line('12/03/2013\tGP\tChild seen with a cough', 700, { size: 9 })]);
    expect(splitFootnotes(p, 11).body).toHaveLength(2);
  });
});

describe('contents pages', () => {
  test('when most lines end in dot leaders and a page number, then the page is a contents page', () => {
    expect(isContentsPage([line('1. Introduction ........ 3', 100), line('2. Terms of reference ........ 4', 120), line('4. Analysis ........ 12', 140)])).toBe(true);
  });
  test('when a page opens with "Contents", then it is a contents page', () => {
    expect(isContentsPage([line('Contents', 90, { size: 14 }), line('Introduction 3', 120)])).toBe(true);
  });
  test('when a page is prose, then it is not', () => {
    expect(isContentsPage([line('4.1 The health visitor visited twice.', 100), line('She saw the child on both occasions.', 113)])).toBe(false);
  });
});

describe('lines rebuilt from positioned items', () => {
  test('when a superscript marker follows a word, then it is dropped and the line reads clean', () => {
    const laid = layoutPage({
      page: 1,
      width: 595,
      height: HEIGHT,
      items: [
        { text: 'a significant assess-', x: 72, y: 143, width: 120, size: 11 },
        { text: '1', x: 192, y: 139.4, width: 4, size: 7 },
        { text: 'Date', x: 72, y: 200, width: 20, size: 11 },
        { text: 'Agency', x: 150, y: 200, width: 30, size: 11 },
      ],
    });
    expect(laid.lines.map((l) => l.text)).toEqual(['a significant assess-', 'Date\tAgency']);
  });

  test('when a word processor draws the line-end hyphen as its own item, then it joins the word before it', () => {
    const laid = layoutPage({
      page: 1,
      width: 595,
      height: HEIGHT,
      items: [
        { text: 'took place on 13 Septem ', x: 116, y: 300, width: 404, size: 11 },
        { text: '-', x: 520.9, y: 300, width: 3.7, size: 11 },
      ],
    });
    expect(laid.lines.map((l) => l.text)).toEqual(['took place on 13 Septem-']);
  });

  test('when a superscript is raised above the line it belongs to, then it is dropped and marks a footnote', () => {
    const laid = layoutPage({
      page: 1,
      width: 595,
      height: HEIGHT,
      items: [
        { text: '1', x: 72, y: 753.9, width: 2.5, size: 5 },
        { text: 'HM Government (2015) Working Together.', x: 82, y: 759, width: 246, size: 8 },
      ],
    });
    expect(laid.lines).toHaveLength(1);
    expect(laid.lines[0]).toMatchObject({ text: 'HM Government (2015) Working Together.', marked: true });
  });
});

describe('paragraphs across lines and pages', () => {
  const body = (pageNumber: number, text: string, y: number, extra: Partial<Line> = {}): BodyLine => ({ ...line(text, y, extra), page: pageNumber, columnLeft: 72, columnRight: 520 });
  const metrics = { size: 11, pitch: 13 };
  const texts = (lines: BodyLine[]) => buildBlocks(lines, metrics).map((b) => `${b.type}:${b.number ?? ''}:${b.lines.map((l) => l.text).join(' / ')}`);

  test('when a numbered paragraph runs over a page break, then it stays one paragraph', () => {
    expect(
      texts([
        body(1, '4. Analysis', 100, { size: 14 }),
        body(1, '4.1 The social worker accepted the account and did not', 130),
        body(1, 'check it with the school, which knew that the family', 143),
        body(2, 'had moved. This was a missed chance.', 90, { right: 300 }),
        body(2, '4.2 The health visitor saw the child alone.', 103, { right: 350 }),
      ]),
    ).toEqual([
      'heading::4. Analysis',
      'paragraph:4.1:4.1 The social worker accepted the account and did not / check it with the school, which knew that the family / had moved. This was a missed chance.',
      'paragraph:4.2:4.2 The health visitor saw the child alone.',
    ]);
  });

  test('when a gap wider than the line pitch separates lines, then a new paragraph starts', () => {
    expect(texts([body(1, 'First paragraph ends here.', 100, { right: 300 }), body(1, 'Second paragraph starts here.', 130)])).toHaveLength(2);
  });

  test('when a line opens with a number but the line before runs on, then it is not a new paragraph', () => {
    expect(texts([body(1, 'The family had moved house on', 100), body(1, '2.5 occasions on average each year, the review found.', 113)])).toHaveLength(1);
  });

  test('when a full-width line ends a page with a full stop, then the paragraph continues on the next page', () => {
    expect(texts([body(1, '4.3 The plan was not reviewed for months and nobody noticed.', 700, { right: 520 }), body(2, 'The core group did not meet either.', 90)])).toHaveLength(1);
  });
});
