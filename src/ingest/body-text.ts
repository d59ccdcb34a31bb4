import type { Line, PageLines } from './types.js';

/**
 * The body font size of a document: the size that carries the most characters.
 * Headings are larger, footnotes smaller.
 */
export function bodySize(pages: PageLines[]): number {
  const chars = new Map<number, number>();
  for (const page of pages) {
    for (const line of page.lines) {
      const size = Math.round(line.size * 2) / 2;
      chars.set(size, (chars.get(size) ?? 0) + line.text.length);
    }
  }
  let best = 0;
  let bestChars = -1;
  for (const [size, count] of chars) {
    if (count > bestChars) [best, bestChars] = [size, count];
  }
  return best;
}

/** Typical distance between consecutive body lines of a paragraph, in points. */
export function linePitch(pages: PageLines[], size: number): number {
  const steps: number[] = [];
  for (const page of pages) {
    for (let i = 1; i < page.lines.length; i += 1) {
      const [above, below] = [page.lines[i - 1], page.lines[i]];
      if (!above || !below || !isBodySize(above, size) || !isBodySize(below, size)) continue;
      const step = below.y - above.y;
      if (step > size * 0.8 && step < size * 3) steps.push(step);
    }
  }
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)] ?? size * 1.2;
}

export function isBodySize(line: Line, size: number): boolean {
  return Math.abs(line.size - size) <= Math.max(0.6, size * 0.06);
}

const FOOTNOTE_START = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3}|[*†‡§])\s*\S/u;

/**
 * Splits a page's footnotes from its body: footnotes are the block at the foot of the page set
 * smaller than the body and opened by a marker ("1 Working Together ..."). Small type that does
 * not open with a marker (a table in a smaller font) stays in the body.
 */
export function splitFootnotes(page: PageLines, size: number): { body: Line[]; footnotes: string[] } {
  const lines = page.lines;
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i];
    if (!line || line.size >= size * 0.92 || line.text.includes('\t')) break;
    if (line.marked || FOOTNOTE_START.test(line.text)) start = i;
  }
  return {
    body: lines.slice(0, start),
    footnotes: lines.slice(start).map((line) => line.text),
  };
}
