import { pdfLibrary, restoreNatives, type PdfLibrary } from './pdf-library.js';
import { DocumentError } from '../errors.js';
import { renderPage, type CanvasFactory, type RenderablePage } from './page-image.js';
import { assertPdfHeader } from './pdf-header.js';
import { eraseRules } from './page-rules.js';
import { readTextLayer } from './pdf-text/read-text-layer.js';
import type { RawPage, TextItem } from './types.js';

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface PdfPageProxy extends RenderablePage {
  getTextContent(): Promise<{ items: Array<PdfTextItem | object> }>;
  cleanup(): void;
}

export interface PdfDocumentProxy {
  numPages: number;
  canvasFactory: CanvasFactory;
  getPage(page: number): Promise<PdfPageProxy>;
}

/**
 * Reads the pages that have no text layer (a scan) from their picture: `read` gets a page drawn as
 * a PNG at `dpi` and the scale it was drawn at, and returns the page's positioned words.
 * `planned` is told first how many pages it will be given, so progress and time limits can count them.
 */
export interface PageOcr {
  dpi: number;
  planned(pages: number): void;
  read(png: Buffer, page: { page: number; width: number; height: number; scale: number }): Promise<RawPage>;
}

/** A page with fewer visible characters than this in its text layer is a picture: OCR reads it. */
const MIN_TEXT_CHARS = 20;

/**
 * pdf-parse 2 joins a page's text into one string, which loses what the parser needs: font
 * sizes (headings, footnotes, superscript markers) and positions (paragraph gaps, running
 * headers). So we use its loader, which sets pdf.js up for Node and maps its errors, and read
 * the positioned text items of the document it loaded.
 */
function loadDocument(parser: InstanceType<PdfLibrary['PDFParse']>): Promise<PdfDocumentProxy> {
  return (parser as unknown as { load(): Promise<PdfDocumentProxy> }).load();
}

export interface PdfText {
  pages: RawPage[];
  /** Strict parsing failed and the text was recovered leniently: some of it may be missing. */
  readWithErrors: boolean;
}

export interface PdfReadOptions {
  /** More pages than this is not a review (a page-tree bomb): refused before any page is read. */
  maxPages?: number;
  /** Reads the pages without a text layer from their picture; without it they stay empty. */
  ocr?: PageOcr | null;
  /** Read with pdf.js only, never the fast text-layer reader: the reference it is tested against. */
  pdfjsOnly?: boolean;
}

/**
 * Reads every page's positioned text from PDF bytes: strictly first, then, when pdf.js stops at an
 * error, once more leniently (a damaged file often still has readable text), marked as such. With
 * `ocr`, pages without a text layer are read from their picture instead (they come back marked
 * with the OCR's word confidences).
 * Throws DocumentError naming the problem: empty, not a PDF, corrupt, encrypted, too many pages.
 */
export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfText> {
  const fast = options.pdfjsOnly ? null : readFast(bytes, options);
  if (fast) return { pages: fast, readWithErrors: false };
  try {
    return { pages: await readPages(bytes, true, options), readWithErrors: false };
  } catch (strictError) {
    if (!(strictError instanceof DocumentError) || strictError.problem !== 'corrupt') throw strictError;
    const pages = await readPages(bytes, false, options).catch(() => null);
    if (!pages || pages.every((page) => page.items.length === 0)) throw strictError;
    return { pages, readWithErrors: true };
  }
}

/**
 * The fast text-layer reader (src/ingest/pdf-text/), for a document it reads whole: it gives the
 * items pdf.js gives for about a tenth of the work. Anything else (not a PDF, a document it does
 * not support, pages that need OCR) is null, and pdf.js reads the document with its own errors.
 */
function readFast(bytes: Uint8Array, options: PdfReadOptions): RawPage[] | null {
  if (bytes.length === 0) return null;
  try {
    assertPdfHeader(bytes);
  } catch {
    return null;
  }
  const layer = readTextLayer(bytes, options.maxPages ?? Infinity);
  if (!layer || (options.ocr && layer.pages.some(isPicturePage))) return null;
  return layer.pages;
}

function isPicturePage(page: RawPage): boolean {
  return page.items.reduce((sum, item) => sum + item.text.trim().length, 0) < MIN_TEXT_CHARS;
}

function readPages(bytes: Uint8Array, stopAtErrors: boolean, options: PdfReadOptions): Promise<RawPage[]> {
  return withPdfDocument(
    bytes,
    async (doc) => {
      const maxPages = options.maxPages ?? Infinity;
      if (doc.numPages > maxPages) {
        throw new DocumentError(`the PDF has ${doc.numPages} pages, more than the ${maxPages} a review may have (setting --max-pages, LESSONS_MAX_PAGES). It is not a review, or it is damaged; split it or raise the limit.`, 'too_many_pages');
      }
      const pages: RawPage[] = [];
      for (let number = 1; number <= doc.numPages; number += 1) pages.push(await readPage(doc, number));
      if (options.ocr) await readPicturePages(doc, pages, options.ocr);
      return pages;
    },
    stopAtErrors,
  );
}

/** Opens PDF bytes with pdf.js, hands the document to `use`, and closes it; errors are DocumentErrors. */
export async function withPdfDocument<T>(bytes: Uint8Array, use: (doc: PdfDocumentProxy) => Promise<T>, stopAtErrors = true): Promise<T> {
  if (bytes.length === 0) throw new DocumentError('the file is empty (0 bytes).', 'empty');
  assertPdfHeader(bytes);
  const library = await pdfLibrary();
  const parser = new library.PDFParse({ data: bytes.slice(), stopAtErrors } as ConstructorParameters<PdfLibrary['PDFParse']>[0]);
  try {
    const doc = await loadDocument(parser);
    restoreNatives();
    return await use(doc);
  } catch (err) {
    throw classifyPdfError(err, library);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

async function readPicturePages(doc: PdfDocumentProxy, pages: RawPage[], ocr: PageOcr): Promise<void> {
  const pictures = pages.filter(isPicturePage);
  if (pictures.length === 0) return;
  ocr.planned(pictures.length);
  for (const picture of pictures) {
    const page = await doc.getPage(picture.page);
    const { canvas, scale } = await renderPage(page, doc.canvasFactory, ocr.dpi);
    const context = canvas.getContext('2d');
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    eraseRules(pixels, scale * 72);
    context.putImageData(pixels, 0, 0);
    pages[picture.page - 1] = await ocr.read(canvas.toBuffer('image/png'), { page: picture.page, width: picture.width, height: picture.height, scale });
    page.cleanup();
  }
}

async function readPage(doc: PdfDocumentProxy, number: number): Promise<RawPage> {
  const page = await doc.getPage(number);
  const { width, height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: TextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [, , , scaleY = 0, x = 0, baseline = 0] = item.transform;
    items.push({ text: item.str, x, y: height - baseline, width: item.width, size: item.height || Math.abs(scaleY) });
  }
  page.cleanup();
  return { page: number, width, height, items };
}

function classifyPdfError(err: unknown, { PasswordException, InvalidPDFException, FormatError }: PdfLibrary): DocumentError {
  if (err instanceof DocumentError) return err;
  if (err instanceof PasswordException) {
    return new DocumentError('the PDF is encrypted or password-protected. Save an unprotected copy and ingest that.', 'encrypted');
  }
  const detail = err instanceof Error ? err.message : String(err);
  if (err instanceof InvalidPDFException || err instanceof FormatError) {
    return new DocumentError(`the PDF is corrupt or truncated (${detail}). Re-export or re-download it.`, 'corrupt');
  }
  return new DocumentError(`the PDF could not be read (${detail}). It may be corrupt or truncated.`, 'corrupt');
}
