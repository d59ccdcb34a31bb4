import type { RawPage, TextItem } from '../types.js';
import { extractTextItems, OperatorBudget } from './content.js';
import { decodeStream } from './filters.js';
import { FontLoader } from './fonts.js';
import { listPages, type PageSource } from './pages.js';
import { unsupported } from './unsupported.js';
import { XrefTable } from './xref.js';

export interface TextLayer {
  pages: RawPage[];
}

/**
 * Reads every page's positioned text straight from the PDF's text layer, giving the items pdf.js
 * would give (see text-items.ts), at a fraction of its cost. Returns null when the document uses
 * anything this reader does not handle, or looks damaged or hostile, or has more than `maxPages`
 * pages: the caller then reads the whole document with pdf.js, which keeps its error reporting.
 *
 *   readTextLayer(bytes)?.pages[0].items[0] // { text: 'Serious Case Review', x: 72, y: 96.2, ... }
 */
export function readTextLayer(bytes: Uint8Array, maxPages = Infinity): TextLayer | null {
  try {
    return extractTextLayer(bytes, maxPages);
  } catch {
    // Unsupported, or anything a hostile file provokes: pdf.js reads the document instead.
    return null;
  }
}

/** readTextLayer, throwing Unsupported (and only that, the fuzz tests check) instead of returning null. */
export function extractTextLayer(bytes: Uint8Array, maxPages = Infinity): TextLayer {
  const xref = new XrefTable(bytes);
  const sources = listPages(xref);
  if (sources.length === 0 || sources.length > maxPages) unsupported(`${sources.length} pages`);
  const fonts = new FontLoader(xref);
  const operators = new OperatorBudget();
  return { pages: sources.map((source, index) => readPage(xref, fonts, operators, source, index + 1)) };
}

function readPage(xref: XrefTable, fonts: FontLoader, operators: OperatorBudget, source: PageSource, number: number): RawPage {
  const { view, rotate } = source;
  const sideways = rotate === 90 || rotate === 270;
  const width = sideways ? view[3] - view[1] : view[2] - view[0];
  const height = sideways ? view[2] - view[0] : view[3] - view[1];
  const content = joinStreams(source.contents.map((stream) => decodeStream(stream, xref.budget)));
  const items: TextItem[] = [];
  for (const item of extractTextItems(content, { xref, fonts, resources: source.resources, view, operators })) {
    if (item.str === '') continue;
    const [, , , scaleY, x, baseline] = item.transform;
    items.push({ text: item.str, x, y: height - baseline, width: item.width, size: item.height || Math.abs(scaleY) });
  }
  return { page: number, width, height, items };
}

/** pdf.js reads an array of content streams as one, joined with nothing between them. */
function joinStreams(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
