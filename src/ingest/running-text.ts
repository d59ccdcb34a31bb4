import { editDistance } from './edit-distance.js';
import type { Line, PageLines } from './types.js';

/** Running headers and footers live in these bands at the top and bottom of a page. */
const BAND = 0.12;
/** A line repeated in the bands of at least this share of pages is a running header or footer. */
const REPEAT_SHARE = 0.3;
/** A line read by OCR is the running text it differs from by at most this share of characters ("—" read as "as"). */
const OCR_SLIP = 0.2;
const PAGE_NUMBER = /^(page\s*)?#+(\s*(of|\/)\s*#+)?$|^[-–—]\s*#+\s*[-–—]$|^[ivxlc]+$/i;

/** The shape of a line, blind to page numbers: "Page 3 of 40" and "Page 4 of 40" share one key. */
function lineKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function inBand(line: Line, page: PageLines): boolean {
  return line.y < page.height * BAND || line.y > page.height * (1 - BAND);
}

/**
 * Removes running headers, footers and page numbers: lines in the top or bottom band of a page
 * that recur (ignoring digits) on many pages, or that are only a page number. A line read by OCR
 * may have a letter wrong, so it is running text when it is nearly one that recurs.
 */
export function removeRunningText(pages: PageLines[]): PageLines[] {
  const pagesWithKey = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.lines.filter((line) => inBand(line, page)).map((line) => lineKey(line.text)));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * REPEAT_SHARE));
  const running = [...pagesWithKey].filter(([, count]) => count >= threshold).map(([key]) => key);
  const isRunning = (line: Line, page: PageLines): boolean => {
    if (!inBand(line, page)) return false;
    const key = lineKey(line.text);
    if (PAGE_NUMBER.test(key) || (pagesWithKey.get(key) ?? 0) >= threshold) return true;
    return line.ocr !== undefined && running.some((text) => editDistance(key, text) <= OCR_SLIP * text.length);
  };
  return pages.map((page) => ({ ...page, lines: page.lines.filter((line) => !isRunning(line, page)) }));
}
