import { combineReadings } from './ocr-words.js';
import type { Line, PageLines, RawPage, TextItem } from './types.js';

/** Items whose baselines differ by less than this share of the font size sit on one line. */
const SAME_LINE = 0.5;
/** A gap wider than this share of the font size between items is a word space. */
const WORD_GAP = 0.15;
/** A gap wider than this many font sizes separates table cells. */
const CELL_GAP = 2.5;
const FOOTNOTE_MARKER = /^[\s\d*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰,]+$/u;

/**
 * Rebuilds the lines of a page from positioned text items: items on one baseline are joined in
 * reading order, table cells are separated by a tab, and superscript footnote markers are dropped
 * (they would otherwise glue a digit onto the word before them: "assessment1").
 */
export function layoutPage(page: RawPage): PageLines {
  const items = page.items
    .filter((item) => item.text.trim() !== '' || item.width > 0)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: ItemGroup[] = [];
  for (const item of items) {
    // Items are sorted by baseline, so only the last few groups can share this item's line.
    const group = groups.slice(-3).find((candidate) => sharesBaseline(candidate.main, item));
    if (group) group.add(item);
    else groups.push(new ItemGroup(item));
  }
  const lines = groups
    .map((group) => buildLine(group.items, group.main))
    .filter((line): line is Line => line !== null)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  return { page: page.page, width: page.width, height: page.height, lines: attachRaisedMarkers(lines) };
}

/**
 * A superscript raised further than the same-line tolerance comes out as a line of its own, just
 * above the line it belongs to: drop it, and note when it opens that line (a footnote's number).
 */
function attachRaisedMarkers(lines: Line[]): Line[] {
  const kept: Line[] = [];
  for (const [index, line] of lines.entries()) {
    const owner = FOOTNOTE_MARKER.test(line.text) && line.text.length <= 4 ? lines.slice(index + 1, index + 4).find((below) => raisedAbove(line, below)) : undefined;
    if (!owner) kept.push(line);
    else if (line.x <= owner.x + 1) owner.marked = true;
  }
  return kept;
}

function raisedAbove(marker: Line, line: Line): boolean {
  const rise = line.y - marker.y;
  return rise > 0 && rise <= line.size * 0.9 && line.size >= marker.size * 1.15 && marker.x >= line.x - line.size * 2 && marker.x <= line.right + 2;
}

function sharesBaseline(main: TextItem, item: TextItem): boolean {
  const tolerance = SAME_LINE * Math.max(main.size, item.size);
  return Math.abs(main.y - item.y) <= tolerance;
}

/**
 * The items of one line so far, and its main item, the one that sets its baseline and size: the
 * first with the most text. Kept as items join, not found again at every item.
 */
class ItemGroup {
  readonly items: TextItem[];
  main: TextItem;
  private mainLength: number;

  constructor(first: TextItem) {
    this.items = [first];
    this.main = first;
    this.mainLength = first.text.trim().length;
  }

  add(item: TextItem): void {
    this.items.push(item);
    const length = item.text.trim().length;
    if (length > this.mainLength) [this.main, this.mainLength] = [item, length];
  }
}

function isSuperscriptMarker(item: TextItem, main: TextItem): boolean {
  return item !== main && item.size < main.size * 0.85 && item.y < main.y - 0.5 && FOOTNOTE_MARKER.test(item.text);
}

function buildLine(group: TextItem[], main: TextItem): Line | null {
  const kept = group.filter((item) => !isSuperscriptMarker(item, main)).sort((a, b) => a.x - b.x);
  let text = '';
  let right = -Infinity;
  for (const item of kept) {
    if (text !== '') {
      const gap = item.x - right;
      if (gap > CELL_GAP * main.size) text = `${text.trimEnd()}\t`;
      else if (gap > WORD_GAP * main.size && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
      // Word processors draw a line-end hyphen as its own item, after a word that may carry a trailing space.
      else if (gap <= WORD_GAP * main.size && /^[-\u00ad]$/.test(item.text)) text = text.trimEnd();
    }
    text += item.text;
    right = Math.max(right, item.x + item.width);
  }
  text = text.replace(/[ \u00a0]+/g, ' ').trim();
  if (text === '') return null;
  const first = kept[0] ?? main;
  const ocr = combineReadings(kept.map((item) => (item.confidence === undefined ? undefined : { confidence: item.confidence, words: 1 })));
  return { text, x: first.x, y: main.y, right, size: main.size, ...(ocr ? { ocr } : {}) };
}
