import { describe, expect, test } from 'vitest';
import { layoutPage } from '../../src/ingest/layout.js';
import { splitFootnotes } from '../../src/ingest/body-text.js';
import { doubtfulFootnoteMarkers, doubtfulParagraphNumbers, ocrPage, settleFootnoteMarkers, settleParagraphNumbers, type OcrLine, type OcrWord } from '../../src/ingest/ocr-words.js';
import { paragraphNumber } from '../../src/ingest/paragraphs.js';
import { removeRunningText } from '../../src/ingest/running-text.js';
import type { PageLines } from '../../src/ingest/types.js';

/** Pictures drawn at 300 dpi: 300 / 72 pixels a point. */
const SCALE = 300 / 72;
const A4 = { page: 4, width: 595, height: 842 };

const word = (text: string, x0: number, x1: number, baseline: number, confidence = 95): OcrWord => ({ text, confidence, bbox: { x0, y0: baseline - 30, x1, y1: baseline + 8 } });
/** A line of words at one baseline (pixels), 11 pt type: Tesseract's row height is 0.93 of the size. */
const line = (baseline: number, words: OcrWord[], slope = 0): OcrLine => ({
  words,
  baseline: { x0: words[0]?.bbox.x0 ?? 0, y0: baseline, x1: words.at(-1)?.bbox.x1 ?? 0, y1: baseline + slope },
  rowAttributes: { rowHeight: 11 * 0.93 * SCALE, ascenders: 8, descenders: 8 },
});

describe('OCR words as positioned text items', () => {
  test('when Tesseract reads a numbered paragraph, then each word is an item in points at its baseline, and layout rebuilds the line with its paragraph number', () => {
    const raw = ocrPage([line(1000, [word('4.2', 300, 353, 1000), word('The', 480, 546, 1000), word('case', 560, 640, 1000, 80)])], A4, SCALE);
    expect(raw.ocr).toBe(true);
    expect(raw.items.map((item) => item.text)).toEqual(['4.2', 'The', 'case']);
    expect(raw.items[0]).toMatchObject({ x: 300 / SCALE, y: 1000 / SCALE, width: 53 / SCALE, confidence: 95 });
    expect(raw.items[0]?.size).toBeCloseTo(11, 5);
    const [rebuilt] = layoutPage(raw).lines;
    expect(rebuilt?.text).toBe('4.2\tThe case');
    expect(paragraphNumber(rebuilt?.text ?? '')).toBe('4.2');
    expect(rebuilt?.ocr).toEqual({ confidence: (95 + 95 + 80) / 3, words: 3 });
  });

  test('when a scanned line slopes, then its words share the baseline at its middle and still make one line', () => {
    const raw = ocrPage([line(1000, [word('first', 300, 400, 1000), word('last', 415, 500, 1010)], 10)], A4, SCALE);
    expect(raw.items.map((item) => Math.round(item.y * SCALE))).toEqual([1005, 1005]);
    expect(layoutPage(raw).lines.map((rebuilt) => rebuilt.text)).toEqual(['first last']);
  });

  test('when dust on the scan is read as a mark Tesseract doubts, then it is dropped; a confident dash stays', () => {
    const raw = ocrPage([line(1000, [word(':', 100, 103, 1000, 30), word('Child', 300, 380, 1000), word('—', 400, 430, 1000, 90), word('~', 900, 903, 1000, 0)])], A4, SCALE);
    expect(raw.items.map((item) => item.text)).toEqual(['Child', '—']);
  });

  test('when a stamp\'s words slant against the printed lines, then they are left out; a slightly sloping line of print and a short word stay', () => {
    const print = [line(1000, [word('Learning', 300, 500, 1000), word('Brief', 520, 640, 1000)]), line(1200, [word('August', 300, 450, 1200), word('2023', 470, 560, 1200)], 3), line(1400, [word('9', 1200, 1225, 1400)], 2)];
    // Two degrees: 14 pixels over 400.
    const stamp = line(400, [word('15', 1500, 1550, 400), word('DEC', 1570, 1660, 402), word('2024', 1680, 1900, 414)], 14);
    expect(ocrPage([...print, stamp], A4, SCALE).items.map((item) => item.text)).toEqual(['Learning', 'Brief', 'August', '2023', '9']);
  });

  test('when a speck no bigger than a full stop is read as a mark Tesseract is fairly sure of, then it is dropped and opens no table cell', () => {
    const speck: OcrWord = { text: ':', confidence: 71, bbox: { x0: 1740, y0: 990, x1: 1743, y1: 993 } };
    const raw = ocrPage([line(1000, [word('happened', 300, 470, 1000), word('next.', 490, 590, 1000), speck])], A4, SCALE);
    expect(layoutPage(raw).lines.map((rebuilt) => rebuilt.text)).toEqual(['happened next.']);
  });

  test('when a footnote marker is read as a closing quote, then it is dropped; a real closing quote, as short as an apostrophe, stays', () => {
    const letters = (text: string, x0: number): OcrWord['symbols'] => [...text].map((char, index) => ({ text: char, is_superscript: false, bbox: { x0: x0 + index * 20, y0: 975, x1: x0 + 20 + index * 20, y1: 1000 } }));
    // Tesseract's row height here is about 42 pixels: the marker's digit is 22 high, a quote mark 11.
    const marker: OcrWord = { ...word('assessment’', 300, 534, 1000), symbols: [...(letters('assessment', 300) ?? []), { text: '’', is_superscript: false, bbox: { x0: 520, y0: 948, x1: 534, y1: 970 } }] };
    const quote: OcrWord = { ...word('review.’', 560, 730, 1000), symbols: [...(letters('review.', 560) ?? []), { text: '’', is_superscript: false, bbox: { x0: 722, y0: 966, x1: 730, y1: 977 } }] };
    expect(ocrPage([line(1000, [marker, quote])], A4, SCALE).items.map((item) => item.text)).toEqual(['assessment', 'review.’']);
  });

  test('when a word ends in a superscript footnote marker, then the marker becomes a raised item that layout drops', () => {
    const marked: OcrWord = {
      ...word('group3', 300, 420, 1000),
      symbols: [...'group'].map((text, index) => ({ text, is_superscript: false, bbox: { x0: 300 + index * 20, y0: 975, x1: 320 + index * 20, y1: 1008 } })).concat([{ text: '3', is_superscript: true, bbox: { x0: 405, y0: 965, x1: 420, y1: 985 } }]),
    };
    const raw = ocrPage([line(1000, [marked, word('conference', 440, 640, 1000)])], A4, SCALE);
    expect(raw.items.map((item) => item.text)).toEqual(['group', '3', 'conference']);
    expect(layoutPage(raw).lines.map((rebuilt) => rebuilt.text)).toEqual(['group conference']);
  });

  test.each([
    ['a number read together with the next word', [word('6.1.2At', 298, 446, 1000), word('this', 464, 534, 1000)], '6.1.2 At this'],
    ['a number whose box runs over the next word', [word('6.1.2', 298, 451, 1000), word('At', 410, 446, 1000), word('this', 464, 534, 1000)], '6.1.2 At this'],
    ['a doubted mark before the first number', [{ ...word('"4.1', 261, 364, 1000), confidence: 26 }, word('The', 379, 466, 1000), word('family', 483, 625, 1000)], '4.1 The family'],
  ])('when Tesseract reads %s, then layout gets the words apart', (_, words, text) => {
    expect(layoutPage(ocrPage([line(1000, words)], A4, SCALE)).lines.map((rebuilt) => rebuilt.text)).toEqual([text]);
  });

  test('when a running header is read with one word wrong on one page, then it is still removed there', () => {
    const pages: PageLines[] = [1, 2, 3, 4].map((n) => ({
      ...A4,
      page: n,
      lines: [
        { text: n === 3 ? 'Child CR as Serious Case Review' : 'Child CR — Serious Case Review', x: 72, y: 48, right: 300, size: 9, ocr: { confidence: 90, words: 5 } },
        { text: `Body text of page ${n}.`, x: 72, y: 300, right: 500, size: 11, ocr: { confidence: 90, words: 4 } },
      ],
    }));
    expect(removeRunningText(pages).map((page) => page.lines.map((kept) => kept.text))).toEqual([1, 2, 3, 4].map((n) => [`Body text of page ${n}.`]));
  });
});

describe('paragraph numbers Tesseract doubts', () => {
  const numberColumn = (first: OcrWord, baseline: number): OcrLine => line(baseline, [first, word('The', 480, 546, baseline), word('review', 560, 680, baseline)]);

  test('when a short word opens a row with a wide gap after it, then it is doubted; a number read well, a page number alone and a word of prose are not', () => {
    const lines = [
      numberColumn(word('iil', 300, 348, 1000), 1000),
      numberColumn(word('4.2', 300, 353, 1200), 1200),
      line(3300, [word('12', 1230, 1270, 3300)]),
      line(1400, [word('On', 300, 340, 1400), word('28', 355, 395, 1400), word('March', 410, 520, 1400)]),
      // Tesseract often gives the number a line of its own, beside the line of text.
      line(1600, [word('1:2', 300, 350, 1600)]),
      line(1600, [word('The', 480, 546, 1600), word('panel', 560, 660, 1600)]),
    ];
    expect(doubtfulParagraphNumbers(lines).map((doubted) => doubted.text)).toEqual(['iil', '1:2']);
  });

  test.each([
    ['a second reading that is a number', 'iil', '1.1\n', null, '1.1'],
    ['a colon read for the point', '1:2', '12\n', null, '1.2'],
    ['a point lost in both readings', '12', '12', null, '1.2'],
    ['the number that follows the one above, held in a reading with a digit too many', '2:41', '2.41', '1.2', '2.1'],
    ['the next in the section, when the sequence decides between readings', '5', '5.3', '5.2', '5.3'],
    ['the number that follows the one above, when both readings lost the point and have a digit too many', '241', '241', '1.2', '2.1'],
    ['no number in either reading', 'el', '', null, 'el'],
  ])('when settling %s, then %s and %s read as %s', (_, first, reread, above, expected) => {
    const lines = [numberColumn(word(first, 300, 350, 1000), 1000)];
    if (above) lines.unshift(numberColumn(word(above, 300, 350, 800), 800));
    const doubted = lines.at(-1)?.words[0] as OcrWord;
    settleParagraphNumbers(lines, [doubted], [reread]);
    expect(doubted.text).toBe(expected);
  });
});

describe('footnote markers Tesseract took for dust', () => {
  /** A footnote line in 8 pt type, under body lines in 11 pt, its marker read as a speck. */
  const footnote = (dust: OcrWord): OcrLine => ({ ...line(3100, [dust, word('HM', 344, 407, 3100), word('Government', 421, 641, 3100)]), rowAttributes: { rowHeight: 8 * 0.93 * SCALE, ascenders: 6, descenders: 6 } });
  const body = (baseline: number, words: OcrWord[]): OcrLine => line(baseline, words);

  test('when a line in small type opens with dust just before its first word, then the dust is doubted; in body type, or far from the word, it is not', () => {
    const dust = (x0: number): OcrWord => ({ text: '.', confidence: 0, bbox: { x0, y0: 3079, x1: x0 + 10, y1: 3140 } });
    const marker = dust(301);
    const lines = [body(1000, [word('The', 300, 380, 1000), word('review', 400, 520, 1000)]), body(1100, [dust(250), word('Child', 300, 380, 1100)]), body(1200, [word('event.', 300, 420, 1200)]), footnote(marker), footnote(dust(100))];
    expect(doubtfulFootnoteMarkers(lines)).toEqual([marker]);
  });

  test('when the second reading finds a digit, then the footnote opens with it and layout sets it apart from the body; with none, it stays dust', () => {
    const marker: OcrWord = { text: '.', confidence: 0, bbox: { x0: 301, y0: 3079, x1: 311, y1: 3140 } };
    const unread: OcrWord = { ...marker };
    settleFootnoteMarkers([marker, unread], ['1\n2\n', ' \n']);
    expect([marker.text, unread.text]).toEqual(['1', '.']);
    const page = layoutPage(ocrPage([body(1000, [word('The', 300, 380, 1000), word('learning', 400, 560, 1000)]), footnote(marker)], A4, SCALE));
    expect(splitFootnotes(page, 11)).toMatchObject({ body: [{ text: 'The learning' }], footnotes: ['1 HM Government'] });
  });
});

describe('paragraph numbers settled by the numbering around them', () => {
  const row = (text: string, baseline: number): OcrLine => line(baseline, [word(text, 300, 350, baseline), word('The', 480, 546, baseline)]);

  test('when a number read at once has a digit too many for its place, then it is the number that follows', () => {
    const lines = [row('1.2', 800), row('2.41', 1000), row('5.12', 1200)];
    settleParagraphNumbers(lines, [], []);
    // 2.41 holds 2.1, which follows 1.2; 5.12 follows neither 2.1 nor holds 2.2 or 3.1, so it stays.
    expect(lines.map((settled) => settled.words[0]?.text)).toEqual(['1.2', '2.1', '5.12']);
  });

  test('when dust in the margin is read before a number, then the number is still settled', () => {
    const lines = [line(900, [word('2.', 300, 340, 900), word('Scope', 356, 460, 900)]), line(1000, [word(':', 243, 246, 1000, 22), word('2.41', 300, 351, 1000), word('The', 480, 546, 1000)])];
    settleParagraphNumbers(lines, [], []);
    expect(lines[1]?.words[1]?.text).toBe('2.1');
  });

  test('when an unreadable number stands under a section heading, then it is the first paragraph of that section', () => {
    const heading = line(900, [word('7.', 300, 340, 900), word('Conclusions', 399, 645, 900)]);
    const doubted = word('Hell', 300, 351, 1000);
    const lines = [row('6.2', 700), heading, line(1000, [doubted, word('What', 483, 577, 1000)])];
    settleParagraphNumbers(lines, [doubted], ['']);
    expect(doubted.text).toBe('7.1');
  });
});
