import { assemblePassages, type DocumentBlock } from '../ingest/assemble-passages.js';
import { normaliseLine } from '../ingest/normalise.js';
import { paragraphNumber, stripParagraphNumber } from '../ingest/paragraphs.js';
import { isHeading } from '../ingest/sections.js';
import type { SegmentedReport } from '../ingest/segment.js';

/** "12. The social worker ..." or "12) ...": a single-level number needs its stop, so "12 children" is not one. */
const SINGLE_NUMBER = /^(\d{1,3})[.)]\s+(?=\S)/;
const LIST_ITEM = /^(?:[-*+•▪◦]|\d{1,3}[.)])\s+/;
const BULLET = /^[-*+•▪◦]\s+/;
/** "4. Analysis<tab>12" or "Analysis ........ 12": a line of a contents page. */
const CONTENTS_ENTRY = /(?:\t|\.{3,}|…)\s*\d{1,3}$/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const MARKDOWN_RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
const ENDS_SENTENCE = /[.:;!?)"']$/;
const MAX_SUBHEADING_WORDS = 10;

/**
 * A plain-text or Markdown draft (or a Word draft's text) as passages, the shape the PDF path
 * produces: paragraphs split at blank lines and at paragraph numbers, headings recognised (Markdown
 * "#" lines, known titles such as "Recommendations", numbered titles such as "4. Analysis", and
 * short lines that do not end like a sentence), each paragraph placed in its section by the rules
 * the PDF path follows (assemblePassages). Text has no pages: every passage is on page 1.
 * segmentText('Analysis\n\n4.1 The child was not seen.', 'text').passages[0].paragraph === '4.1'
 */
export function segmentText(text: string, format: 'text' | 'markdown'): SegmentedReport {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks = splitBlocks(format === 'markdown' ? lines.map(plainMarkdown) : lines).flatMap(classifyBlock);
  const firstBody = blocks.findIndex((block) => block.type === 'paragraph');
  const frontLines = blocks.slice(0, Math.max(firstBody, 0) + 3).map((block) => block.text);
  const displayTitle = blocks[0]?.type === 'heading' ? blocks[0].text : '';
  return { frontLines, displayTitle, ...assemblePassages(blocks) };
}

function splitBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  for (const raw of lines) {
    const line = normaliseLine(raw);
    if (line === '' || MARKDOWN_RULE.test(line)) {
      close();
      continue;
    }
    const previous = current[current.length - 1];
    const opensParagraph = paragraphNumber(line) !== null || (LIST_ITEM.test(line) && previous !== undefined && ENDS_SENTENCE.test(previous));
    if (MARKDOWN_HEADING.test(line) || opensParagraph) close();
    current.push(line);
    if (MARKDOWN_HEADING.test(line)) close();
  }
  close();
  return blocks;
}

function classifyBlock(lines: string[]): DocumentBlock[] {
  if (lines.length === 1 && CONTENTS_ENTRY.test(lines[0] ?? '')) return [];
  const text = lines.join(' ').replace(/\s+/g, ' ').trim();
  if (MARKDOWN_HEADING.test(text)) return [{ type: 'heading', text: text.replace(MARKDOWN_HEADING, '').replace(/\s+#+$/, '') }];
  if (lines.length === 1 && looksLikeHeading(text)) return [{ type: 'heading', text }];
  const number = paragraphNumber(text) ?? SINGLE_NUMBER.exec(text)?.[1] ?? null;
  const body = number === null ? text.replace(LIST_ITEM, '') : stripParagraphNumber(text).replace(SINGLE_NUMBER, '');
  return [{ type: 'paragraph', number, text: body, page: 1, endPage: 1 }];
}

/**
 * A line on its own is a heading when the PDF reader would call it one, or when it is short, does
 * not end like a sentence and is not a bullet: "1.1 Reasons for the review", "Health visiting".
 */
function looksLikeHeading(text: string): boolean {
  if (isHeading({ text, x: 0, y: 0, right: 0, size: 1 }, 1)) return true;
  const words = text.split(' ').length;
  return words <= MAX_SUBHEADING_WORDS && /^[\p{Lu}\d]/u.test(text) && !/[.,;!?]$/.test(text) && !BULLET.test(text);
}

/** Markdown's inline marks removed, so the tagger and the report see the words as written. */
function plainMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}
