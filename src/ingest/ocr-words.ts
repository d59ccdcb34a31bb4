import type { OcrReading, RawPage, TextItem } from './types.js';

/** Tesseract's result for one line of a page, in pixels of the picture it read (tesseract.js `blocks` output). */
export interface OcrLine {
  words: OcrWord[];
  baseline: { x0: number; y0: number; x1: number; y1: number };
  rowAttributes: { rowHeight: number; ascenders: number; descenders: number };
}

export interface OcrWord {
  text: string;
  /** 0-100. */
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  symbols?: Array<{ text: string; is_superscript: boolean; bbox: { x0: number; y0: number; x1: number; y1: number } }>;
}

/**
 * Tesseract's row height (x-height plus ascenders plus descenders) as a share of the font size,
 * measured on the corpus's 11 pt Liberation Serif and Carlito at 200 and 300 dpi.
 */
const ROW_HEIGHT_PER_POINT = 0.93;
/** The least space between two words, as a share of the font size: more than layout's word gap. */
const WORD_SPACE = 0.2;

/**
 * Turns the words Tesseract read on a page picture into the positioned text items a PDF's text
 * layer gives, so that layout, running text, paragraph numbers and sections work as for text:
 * one item per word at its line's baseline, in points from the page top, sized from its line's row height.
 * A trailing superscript (a footnote marker) becomes an item of its own, raised and smaller, which
 * layout drops as it drops a text layer's markers.
 * ocrPage(lines, { page: 3, width: 595, height: 842 }, 300 / 72) -> RawPage with confidences
 */
export function ocrPage(lines: OcrLine[], page: Pick<RawPage, 'page' | 'width' | 'height'>, scale: number): RawPage {
  const items: TextItem[] = [];
  for (const line of inPrint(lines)) {
    const size = line.rowAttributes.rowHeight / ROW_HEIGHT_PER_POINT / scale;
    // Tesseract has already put these words on one line: they keep one baseline, its height at the
    // line's middle, so that a line still sloping after deskewing is not split by layout.
    const baseline = baselineAt(line.baseline, (line.baseline.x0 + line.baseline.x1) / 2) / scale;
    const words = line.words
      .flatMap((read, index) => unglued(withoutMarkerReadAsQuote(index === 0 ? withoutStrayMark(read) : read, line)))
      .filter((word) => !isSpeck(word, line) && !isSmallDoubt(word, line));
    for (const [index, word] of words.entries()) {
      const marker = trailingSuperscript(word);
      const text = marker ? word.text.slice(0, -marker.text.length) : word.text;
      // Tesseract's words are apart by its reading, so each ends at least a word space before the
      // next starts, even when its box overlaps the next ("6.1.2" drawn over "At").
      const right = marker ? Math.min(...marker.boxes.map((box) => box.x0)) : Math.min(word.bbox.x1, (words[index + 1]?.bbox.x0 ?? Infinity) - WORD_SPACE * size * scale);
      items.push({ text, x: word.bbox.x0 / scale, y: baseline, width: (right - word.bbox.x0) / scale, size, confidence: word.confidence });
      if (marker) {
        const top = Math.min(...marker.boxes.map((box) => box.y0)) / scale;
        const markerSize = Math.max(...marker.boxes.map((box) => box.y1 - box.y0)) / scale / 0.7;
        items.push({ text: marker.text, x: right / scale, y: top + markerSize * 0.7, width: (word.bbox.x1 - right) / scale, size: markerSize, confidence: word.confidence });
      }
    }
  }
  return { ...page, items, ocr: true };
}

/** A line slanting more than this many degrees from the page's lines was put on the paper later. */
const SLANT_DEGREES = 1;

/**
 * The lines of the printed page: a line that slants against the others (a "RECEIVED" stamp with
 * its date, a note) was added to the paper and is not the report's; its date would pass for the
 * year of publication. Only lines long enough for their slope to be measured are judged.
 */
function inPrint(lines: OcrLine[]): OcrLine[] {
  const slope = (line: OcrLine): number => (Math.atan2(line.baseline.y1 - line.baseline.y0, line.baseline.x1 - line.baseline.x0) * 180) / Math.PI;
  const judged = lines.filter((line) => line.baseline.x1 - line.baseline.x0 >= 3 * line.rowAttributes.rowHeight);
  const slopes = judged.map(slope).sort((a, b) => a - b);
  const print = slopes[Math.floor(slopes.length / 2)] ?? 0;
  return lines.filter((line) => !judged.includes(line) || Math.abs(slope(line) - print) <= SLANT_DEGREES);
}

/** A paragraph number as printed: "4.12", "3.2.7", perhaps with a closing point. */
const PARAGRAPH_NUMBER_WORD = /^\d{1,2}(?:\.\d{1,3}){1,3}\.?$/;

/**
 * Words that stand where a paragraph number stands, first on their row with a wide gap before the
 * next word of the row, but do not read as one: Tesseract, reading the page as prose, often takes
 * "1.1" for "iil" or "1:2", or drops the point ("12"), and often puts the number in a line of its
 * own. These are worth a second look with digits only.
 */
export function doubtfulParagraphNumbers(lines: OcrLine[]): OcrWord[] {
  const rows = lines.map((line) => ({ line, y: baselineAt(line.baseline, line.baseline.x0) }));
  const doubtful: OcrWord[] = [];
  for (const { line, y } of rows) {
    const first = firstWord(line);
    if (!first || first.text.length > 6 || PARAGRAPH_NUMBER_WORD.test(first.text)) continue;
    const sameRow = rows.filter((row) => Math.abs(row.y - y) < line.rowAttributes.rowHeight / 2).flatMap((row) => row.line.words);
    const next = sameRow.filter((word) => word.bbox.x0 > first.bbox.x1).sort((a, b) => a.bbox.x0 - b.bbox.x0)[0];
    if (next && sameRow.every((word) => word.bbox.x0 >= first.bbox.x0) && next.bbox.x0 - first.bbox.x1 > line.rowAttributes.rowHeight) doubtful.push(first);
  }
  return doubtful;
}

/** Type smaller than this share of the page's usual row height is a footnote's (or a table's). */
const SMALL_TYPE = 0.85;

/**
 * The dust Tesseract read before the first word of a line in small type, where a footnote's
 * marker stands ("¹ HM Government ..." read as ". HM Government ..."): worth a second look with
 * digits only, since layout knows a footnote by its marker.
 */
export function doubtfulFootnoteMarkers(lines: OcrLine[]): OcrWord[] {
  const heights = lines.map((line) => line.rowAttributes.rowHeight).sort((a, b) => a - b);
  const usual = heights[Math.floor(heights.length / 2)] ?? 0;
  return lines.flatMap((line) => {
    const [dust, first] = line.words;
    const height = line.rowAttributes.rowHeight;
    if (!dust || !first || height >= SMALL_TYPE * usual || !isSpeck(dust, line) || isSpeck(first, line)) return [];
    return first.bbox.x0 - dust.bbox.x1 < 1.5 * height ? [dust] : [];
  });
}

/**
 * Writes into each doubtful footnote marker the first number its second reading found (`rereads`,
 * in the same order), which makes it the line's first word; dust with no digit in it stays dust.
 */
export function settleFootnoteMarkers(doubtful: OcrWord[], rereads: string[]): void {
  for (const [index, word] of doubtful.entries()) {
    const number = /\d{1,3}/.exec(rereads[index] ?? '')?.[0];
    if (number) word.text = number;
  }
}

/**
 * Settles what each doubtful paragraph number says, from its first reading and a second,
 * digits-only one (`rereads`, in the same order), and writes it into the word. The candidates are
 * the second reading, the first with a colon or comma taken for the point ("1:2"), and either's
 * digits with the point after the first ("12" -> "1.2": sections 1-9). The one that follows the
 * number above it on the page wins (1.2 is followed by 1.3 or 2.1); failing that, a number that
 * follows it and whose characters the reading holds in order ("2.41" holds 2.1); failing that, the
 * first candidate; failing that, under a section heading ("7. Conclusions"), a word of about the
 * right length is the section's first paragraph (7.1). A word with no candidate is left as read.
 * A number read at once that does not follow the one above but holds, with a digit too many, one
 * that does, is taken for that one.
 * settleParagraphNumbers(lines, [word 'iil'], ['1.1']) sets word.text to '1.1'
 */
export function settleParagraphNumbers(lines: OcrLine[], doubtful: OcrWord[], rereads: string[]): void {
  const settled = new Map(doubtful.map((word, index) => [word, rereads[index]?.trim() ?? '']));
  let previous: string | null = null;
  const rows = lines.flatMap((line) => {
    const word = firstWord(line);
    return word ? [{ line, word }] : [];
  });
  rows.sort((a, b) => a.word.bbox.y0 - b.word.bbox.y0);
  for (const { line, word } of rows) {
    const section = /^(\d{1,2})\.$/.exec(word.text);
    if (section && line.words.length > 1) {
      // A section heading ("7. Conclusions"): its first paragraph is 7.1.
      previous = `${section[1]}.0`;
      continue;
    }
    const reread = settled.get(word);
    const next = previous ? successors(previous) : [];
    if (reread === undefined) {
      if (!PARAGRAPH_NUMBER_WORD.test(word.text)) continue;
      // A number read with a digit too many ("2.41" between 1.2 and 3.1) is the one that follows.
      const depth = word.text.replace(/\.$/, '').split('.').length;
      word.text = next.includes(word.text) ? word.text : (next.find((number) => number.split('.').length === depth && number.length < word.text.length && holdsInOrder(word.text, number)) ?? word.text);
    } else {
      const candidates = [reread, word.text.replace(/[:;,]/g, '.'), ...[reread, word.text].filter((text) => /^[1-9]\d{1,2}$/.test(text)).map((digits) => `${digits[0]}.${digits.slice(1)}`)].filter((text) => PARAGRAPH_NUMBER_WORD.test(text));
      const opensSection = previous?.endsWith('.0') && Math.abs(word.text.length - (next[0]?.length ?? 0)) <= 1 ? next[0] : undefined;
      const chosen = candidates.find((candidate) => next.includes(candidate)) ?? next.find((number) => holdsInOrder(reread, number) || holdsInOrder(word.text, number)) ?? candidates[0] ?? opensSection;
      if (!chosen) continue;
      word.text = chosen;
    }
    previous = word.text.replace(/\.$/, '');
  }
}

/** The numbers that may follow a paragraph number: the next at its own level or a higher one ("4.1.2" -> 4.1.3, 4.2.1, 5.1.1), or 5.1. */
function successors(number: string): string[] {
  const parts = number.split('.').map(Number);
  const next = parts.map((_, level) => [...parts.slice(0, level), (parts[level] ?? 0) + 1, ...parts.slice(level + 1).map(() => 1)].join('.')).reverse();
  return [...new Set([...next, `${(parts[0] ?? 0) + 1}.1`])];
}

/** The number's digits occur in the reading in order ("241" and "2.41" hold 2.1): points are what OCR loses. */
function holdsInOrder(reading: string, number: string): boolean {
  const digits = number.replace(/\./g, '');
  let at = 0;
  for (const char of reading) if (char === digits[at]) at += 1;
  return at === digits.length;
}

/** A line's first word that is not dust: where its paragraph number is. */
function firstWord(line: OcrLine): OcrWord | undefined {
  return line.words.find((word) => !isSpeck(word, line));
}

/**
 * Dust on the scan read as a mark: no letter or digit, and Tesseract unsure of it or the mark no
 * bigger than a full stop (a speck read as ":" at the end of a line would open a table cell).
 * A dash is wider than it is high, and stays.
 */
function isSpeck(word: OcrWord, line: OcrLine): boolean {
  if (word.text.trim() === '') return true;
  if (/[\p{L}\p{N}]/u.test(word.text)) return false;
  const [width, height] = [word.bbox.x1 - word.bbox.x0, word.bbox.y1 - word.bbox.y0];
  return word.confidence < 70 || (width < 2 * height && height < 0.25 * line.rowAttributes.rowHeight);
}

/** A paragraph number Tesseract read together with the word after it ("6.1.2At"): two words, the box shared by characters. */
function unglued(word: OcrWord): OcrWord[] {
  const glued = /^(\d{1,2}(?:\.\d{1,3}){1,3})(\p{Lu}\p{L}*)$/u.exec(word.text);
  if (!glued?.[1] || !glued[2]) return [word];
  const split = word.bbox.x0 + ((word.bbox.x1 - word.bbox.x0) * glued[1].length) / word.text.length;
  const { confidence, bbox } = word;
  return [
    { text: glued[1], confidence, bbox: { ...bbox, x1: split } },
    { text: glued[2], confidence, bbox: { ...bbox, x0: split } },
  ];
}

/** A mark Tesseract doubted before a line's first number ('"4.1'): dust in the margin. */
function withoutStrayMark(word: OcrWord): OcrWord {
  const marked = /^[^\p{L}\p{N}]+(\d.*)$/u.exec(word.text);
  return marked?.[1] && word.confidence < 60 ? { ...word, text: marked[1] } : word;
}

/** A doubted word far shorter than its line's letters: dust read as "oo" or "'". */
function isSmallDoubt(word: OcrWord, line: OcrLine): boolean {
  return word.confidence < 60 && word.bbox.y1 - word.bbox.y0 < 0.35 * line.rowAttributes.rowHeight;
}

/** The baseline's height at `x`: Tesseract gives it as a sloped segment across the line. */
function baselineAt(baseline: OcrLine['baseline'], x: number): number {
  const run = baseline.x1 - baseline.x0;
  return run === 0 ? baseline.y0 : baseline.y0 + ((baseline.y1 - baseline.y0) * (x - baseline.x0)) / run;
}

/** A quote mark is shorter than this share of its line's row height; a footnote marker's digit is taller. */
const QUOTE_MARK_HEIGHT = 0.36;

/**
 * A raised footnote marker that Tesseract read as a closing quote ("assessment’" for
 * "assessment²"): the mark is as tall as a small digit, twice a quote mark's height. It is dropped,
 * as layout drops a text layer's markers.
 */
function withoutMarkerReadAsQuote(word: OcrWord, line: OcrLine): OcrWord {
  const symbols = word.symbols ?? [];
  let start = symbols.length;
  while (start > 1 && /^['’"”]$/.test(symbols[start - 1]?.text ?? '') && isTallMark(symbols[start - 1]?.bbox, line)) start -= 1;
  const marker = symbols.slice(start).map((symbol) => symbol.text).join('');
  if (marker === '' || !word.text.endsWith(marker)) return word;
  const kept = symbols.slice(0, start);
  return { ...word, text: word.text.slice(0, -marker.length), symbols: kept, bbox: { ...word.bbox, x1: Math.max(...kept.map((symbol) => symbol.bbox.x1)) } };
}

function isTallMark(box: OcrWord['bbox'] | undefined, line: OcrLine): boolean {
  return box !== undefined && box.y1 - box.y0 > QUOTE_MARK_HEIGHT * line.rowAttributes.rowHeight;
}

/** The superscript digits that end a word ("assessment³"), if the word has more than them. */
function trailingSuperscript(word: OcrWord): { text: string; boxes: OcrWord['bbox'][] } | null {
  const symbols = word.symbols ?? [];
  let start = symbols.length;
  while (start > 0 && symbols[start - 1]?.is_superscript && /^\d$/.test(symbols[start - 1]?.text ?? '')) start -= 1;
  if (start === symbols.length || start === 0) return null;
  const marker = symbols.slice(start);
  const text = marker.map((symbol) => symbol.text).join('');
  return word.text.endsWith(text) ? { text, boxes: marker.map((symbol) => symbol.bbox) } : null;
}

/**
 * Several OCR readings as one: their words' mean confidence. Undefined when none was read by OCR.
 * combineReadings([{ confidence: 90, words: 3 }, undefined, { confidence: 70, words: 1 }]) -> { confidence: 85, words: 4 }
 */
export function combineReadings(readings: ReadonlyArray<OcrReading | undefined>): OcrReading | undefined {
  let words = 0;
  let total = 0;
  for (const reading of readings) {
    if (!reading) continue;
    words += reading.words;
    total += reading.confidence * reading.words;
  }
  return words === 0 ? undefined : { confidence: total / words, words };
}
