import { isHeading } from './sections.js';
import type { Line } from './types.js';

/** A body line with the page it sits on and that page's text column. */
export interface BodyLine extends Line {
  page: number;
  /** Rightmost extent of body text on the page: a line reaching it is full width. */
  columnRight: number;
  columnLeft: number;
}

export interface Block {
  type: 'heading' | 'paragraph';
  /** The paragraph number as printed ("4.12"), or null. */
  number: string | null;
  lines: BodyLine[];
}

export interface TextMetrics {
  size: number;
  pitch: number;
}

/** "4.12 ", "3.2.7. ", "4.12\t": two to four numeric levels, none a year ("14.03.2013" is a date). */
const PARAGRAPH_NUMBER = /^(\d{1,2}(?:\.\d{1,3}){1,3})\.?(?:\s+|\t)(?=\S)/;
/** A sentence or list item ends here; a closing quote or bracket may follow the stop. */
const ENDS_SENTENCE = /[.:;!?]['"’”)\]]*$/;

export function paragraphNumber(text: string): string | null {
  return PARAGRAPH_NUMBER.exec(text)?.[1] ?? null;
}

/** Text after the paragraph number. */
export function stripParagraphNumber(text: string): string {
  return text.replace(PARAGRAPH_NUMBER, '');
}

/**
 * Rebuilds headings and paragraphs from the body lines of the whole report, across line and page
 * breaks. A paragraph ends at a heading, a new paragraph number, a vertical gap wider than the
 * line pitch, a first-line indent, a switch into or out of a table, or a page break after a short
 * line that ends a sentence.
 */
export function buildBlocks(lines: BodyLine[], metrics: TextMetrics): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let previous: BodyLine | null = null;
  for (const line of lines) {
    const type = startsBlock(line, previous, current, metrics);
    if (type !== null || current === null) {
      current = { type: type ?? 'paragraph', number: type === 'paragraph' ? paragraphNumber(line.text) : null, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
    previous = line;
  }
  return blocks;
}

/**
 * "1.1 Reasons for the review" above paragraph 1.1.1: a numbered line that is short, ends without
 * punctuation and reads like a title is a sub-heading, not a one-line paragraph.
 */
function isNumberedSubheading(line: BodyLine, size: number): boolean {
  if (!paragraphNumber(line.text)) return false;
  const title = stripParagraphNumber(line.text).trim();
  const words = title.split(/\s+/);
  return words.length <= 10 && /^\p{Lu}/u.test(title) && !/[.,;:]$/.test(title) && line.right < line.columnRight - size * 4;
}

function opensHeading(line: BodyLine, size: number): boolean {
  return isHeading(line, size) || isNumberedSubheading(line, size);
}

/** The type of block `line` opens, or null when it continues the current block. */
function startsBlock(line: BodyLine, previous: BodyLine | null, current: Block | null, metrics: TextMetrics): Block['type'] | null {
  if (!previous || !current) return opensHeading(line, metrics.size) ? 'heading' : 'paragraph';
  const samePage = line.page === previous.page;
  const gap = samePage ? line.y - previous.y : Infinity;
  const afterBreak = !samePage || gap > metrics.pitch * 1.3 || ENDS_SENTENCE.test(previous.text) || current.type === 'heading';

  if (opensHeading(line, metrics.size) && afterBreak) {
    const continuesHeading = current.type === 'heading' && samePage && gap < metrics.pitch * 1.6 && Math.abs(line.size - previous.size) < 0.5;
    return continuesHeading ? null : 'heading';
  }
  if (current.type === 'heading') return 'paragraph';
  if (paragraphNumber(line.text) && afterBreak) return 'paragraph';
  if (line.text.includes('\t') !== previous.text.includes('\t') && !paragraphNumber(previous.text)) return 'paragraph';
  if (samePage) {
    if (gap > metrics.pitch * 1.45) return 'paragraph';
    const indented = line.x > previous.x + metrics.size * 0.8 && current.lines.length > 1;
    if (indented && ENDS_SENTENCE.test(previous.text)) return 'paragraph';
    return null;
  }
  const previousShort = previous.right < previous.columnRight - metrics.size * 3;
  const indented = line.x > line.columnLeft + metrics.size * 0.8;
  return ENDS_SENTENCE.test(previous.text) && (previousShort || indented) ? 'paragraph' : null;
}
