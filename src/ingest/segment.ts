import { DocumentError } from '../errors.js';
import { bodySize, isBodySize, linePitch, splitFootnotes } from './body-text.js';
import { isContentsPage } from './contents.js';
import { englishWords } from './english-words.js';
import { buildVocabulary, joinLines, type Vocabulary } from './hyphenation.js';
import { layoutPage } from './layout.js';
import { combineReadings } from './ocr-words.js';
import { normaliseLine } from './normalise.js';
import { buildBlocks, stripParagraphNumber, type Block, type BodyLine } from './paragraphs.js';
import { removeRunningText } from './running-text.js';
import { isHeading, sectionKind } from './sections.js';
import type { CleanPage, PageLines, RawPage } from './types.js';
import { assemblePassages, type AssembledPassages, type DocumentBlock } from './assemble-passages.js';

/** Fewer characters than this per page on average means the PDF is scanned images. */
const MIN_CHARS_PER_PAGE = 20;
const COVER_FIELD = /^(title|lscb|partnership|author|date of publication)\s*:/i;

export interface SegmentedReport extends AssembledPassages {
  /** Lines of the cover sheet, title page and contents: where metadata is read from. */
  frontLines: string[];
  /** The title page's largest type, the report's title as printed (possibly over several lines). */
  displayTitle: string;
}

/**
 * Turns a PDF's positioned text into passages: lines are rebuilt, running headers, footers,
 * footnotes and the contents page set aside, paragraphs rebuilt across line and page breaks and
 * placed in their sections.
 */
export function segmentReport(raw: RawPage[]): SegmentedReport {
  const laidOut = raw.map(layoutPage).map(normalisePage);
  requireTextLayer(laidOut, raw.some((page) => page.ocr));
  const pages = removeRunningText(laidOut);
  const size = bodySize(pages);
  const clean = pages.map((page) => cleanPage(page, size));
  const bodyStart = findBodyStart(clean, size);
  const front = clean.slice(0, Math.max(bodyStart, 2));
  const frontLines = front.flatMap((page) => page.lines.map((line) => line.text));
  const bodyLines = clean.slice(bodyStart).filter((page) => !page.isContents).flatMap(toBodyLines);
  const blocks = buildBlocks(bodyLines, { size, pitch: linePitch(pages, size) });
  const vocabulary = buildVocabulary(bodyLines.map((line) => line.text));
  const documentBlocks = blocks.flatMap((block) => documentBlock(block, vocabulary));
  return { frontLines, displayTitle: displayTitle(front), ...assemblePassages(documentBlocks, contentsSections(clean.slice(0, bodyStart + 1))) };
}

/** The page's lines are layoutPage's own, new for this call: their text is normalised in place, not copied. */
function normalisePage(page: PageLines): PageLines {
  for (const line of page.lines) line.text = normaliseLine(line.text);
  return { ...page, lines: page.lines.filter((line) => line.text !== '') };
}

function requireTextLayer(pages: PageLines[], readByOcr: boolean): void {
  const chars = pages.reduce((sum, page) => sum + page.lines.reduce((n, line) => n + line.text.length, 0), 0);
  if (pages.length > 0 && chars >= MIN_CHARS_PER_PAGE * pages.length) return;
  if (readByOcr) {
    throw new DocumentError('the PDF has no text layer, and OCR found almost no text in its pictures: they may be blank, drawings, or too faint to read. Check the file, or rescan it at 300 dpi.', 'no_text');
  }
  throw new DocumentError('the PDF has no text layer (its pages are images, as from a scanner), and OCR is off. Ingest it without `--no-ocr`, or run OCR on it first, e.g. `ocrmypdf in.pdf out.pdf`, and ingest the result.', 'no_text');
}

function cleanPage(page: PageLines, size: number): CleanPage {
  const { body, footnotes } = splitFootnotes(page, size);
  return { ...page, lines: body, footnotes, isContents: isContentsPage(body) };
}

/**
 * The first page of the report's body: after the last contents page among the first pages, else
 * the first page with a known section heading or a numbered paragraph, past any cover sheet.
 */
function findBodyStart(pages: CleanPage[], size: number): number {
  const early = pages.slice(0, 8);
  const lastContents = early.map((page) => page.isContents).lastIndexOf(true);
  if (lastContents >= 0) return lastContents + 1;
  const first = early.findIndex((page) => page.lines.some((line) => /^\d{1,2}\.\d{1,3}\s/.test(line.text) || (isHeading(line, size) && sectionKind(line.text) !== null)));
  const start = Math.max(0, first);
  const cover = pages[0]?.lines.filter((line) => COVER_FIELD.test(line.text)).length ?? 0;
  return start === 0 && cover >= 2 ? 1 : start;
}

/** The largest type on the title page: the first front page that is neither a cover sheet nor contents. */
function displayTitle(front: CleanPage[]): string {
  const titlePage = front.find((page) => !page.isContents && page.lines.filter((line) => COVER_FIELD.test(line.text)).length < 2 && page.lines.length > 0);
  if (!titlePage) return '';
  const largest = Math.max(...titlePage.lines.map((line) => line.size));
  return titlePage.lines
    .filter((line) => line.size >= largest * 0.95)
    .map((line) => line.text)
    .join(' ');
}

function toBodyLines(page: CleanPage): BodyLine[] {
  const size = bodySize([page]);
  const body = page.lines.filter((line) => isBodySize(line, size));
  const columnLeft = Math.min(...body.map((line) => line.x), Infinity);
  const columnRight = Math.max(...body.map((line) => line.right), -Infinity);
  // Each line is given its page and column in place: copying lines of several shapes (OCR, marked) was a tenth of segmenting.
  return page.lines.map((line) => Object.assign(line, { page: page.page, columnLeft, columnRight }));
}

/** Section titles by number from the contents page ("4. Analysis ..... 12" -> 4: Analysis). */
function contentsSections(pages: CleanPage[]): Map<string, string> {
  const sections = new Map<string, string>();
  for (const page of pages.filter((candidate) => candidate.isContents)) {
    for (const line of page.lines) {
      const match = /^(\d{1,2})\.?\s+(.+?)\s*(?:\.{3,}|…+)\s*\d{1,3}$/.exec(line.text);
      if (match?.[1] && match[2]) sections.set(match[1], match[2].trim());
    }
  }
  return sections;
}

/** A block of lines as a heading or a paragraph: its lines joined (line-end hyphens repaired), its pages and OCR confidence. */
function documentBlock(block: Block, vocabulary: Vocabulary): DocumentBlock[] {
  const first = block.lines[0];
  if (!first) return [];
  if (block.type === 'heading') return [{ type: 'heading', text: block.lines.map((line) => line.text).join(' ') }];
  const last = block.lines[block.lines.length - 1] ?? first;
  const ocr = combineReadings(block.lines.map((line) => line.ocr));
  return [{ type: 'paragraph', number: block.number, text: joinBlock(block, vocabulary), page: first.page, endPage: last.page, ...(ocr ? { ocrConfidence: Math.round(ocr.confidence) } : {}) }];
}

function joinBlock(block: Block, vocabulary: Vocabulary): string {
  const english = englishWords();
  let text = '';
  block.lines.forEach((line, index) => {
    const raw = index === 0 && block.number ? stripParagraphNumber(line.text) : line.text;
    const lineText = raw.includes('\t') ? raw.replace(/\t/g, ' | ') : raw;
    text = text === '' ? lineText : joinLines(text, lineText, vocabulary, english);
  });
  return text.replace(/\s+/g, ' ').trim();
}
