import mammoth from 'mammoth';
import { AppError, DocumentError, type DocumentProblem } from '../errors.js';
import { tagPassage } from '../ingest/tag-with-layers.js';
import { readPdf } from '../ingest/pdf-read.js';
import { segmentReport, type SegmentedReport } from '../ingest/segment.js';
import type { TaggedPassage } from '../model/review.js';
import type { Tagger } from '../lexicon/index.js';
import { assertDocxInflates } from './docx-limits.js';
import { detectFormat } from './draft-format.js';
import { segmentText } from './text-paragraphs.js';
import type { Draft, DraftFormat } from './types.js';

/** A draft read into passages, as ingest reads a published review; `pages` is 0 for formats without pages. */
export interface DraftDocument extends SegmentedReport {
  format: DraftFormat;
  pages: number;
}

/** What a draft may ask of its reader: a review has at most so many pages and so much text. */
export interface DraftLimits {
  maxPages: number;
  /** The most a .docx's XML parts may unpack to, in MB. */
  maxDocxXmlMb: number;
}

export const DEFAULT_DRAFT_LIMITS: DraftLimits = { maxPages: 3000, maxDocxXmlMb: 50 };

/** A draft read and tagged: what the comparison with the corpus starts from. */
export interface TaggedDraft {
  document: DraftDocument;
  passages: TaggedPassage[];
}

/** Reads a draft and tags its passages as ingest tags a review's: the part of a check that touches the draft's bytes. */
export async function readAndTagDraft(draft: Draft, tagger: Tagger, limits: DraftLimits = DEFAULT_DRAFT_LIMITS): Promise<TaggedDraft> {
  const document = await readDraft(draft, limits);
  return { document, passages: document.passages.map((passage) => tagPassage(passage, tagger)) };
}

/**
 * Reads a draft in memory into cited passages: a PDF through the ingest path, a Word file through
 * mammoth's text, plain text and Markdown directly. Throws AppError with a message that names
 * the file and the fix (415 unsupported, 413 too large, 422 empty or corrupt).
 * await readDraft({ name: 'draft.txt', bytes: Buffer.from('4.1 The child was not seen.') })
 */
export async function readDraft(draft: Draft, limits: DraftLimits = DEFAULT_DRAFT_LIMITS): Promise<DraftDocument> {
  const format = detectFormat(draft);
  const document = await readFormat(format, draft, limits).catch((err: unknown) => {
    throw withName(err, draft.name);
  });
  if (document.passages.length === 0) {
    throw new DocumentError(`"${draft.name}" contains no paragraphs of text to check. If it is a scanned document, run OCR on it first; otherwise check that the right file was chosen.`, 'empty');
  }
  return document;
}

async function readFormat(format: DraftFormat, draft: Draft, limits: DraftLimits): Promise<DraftDocument> {
  if (format === 'pdf') {
    const { pages } = await readPdf(draft.bytes, { maxPages: limits.maxPages });
    return { format, pages: pages.length, ...segmentReport(pages) };
  }
  if (format === 'docx') assertDocxInflates(draft.bytes, limits.maxDocxXmlMb * 1024 * 1024, limits.maxDocxXmlMb);
  const text = format === 'docx' ? await docxText(draft.bytes) : decodeText(draft);
  return { format, pages: 0, ...segmentText(text, format === 'markdown' ? 'markdown' : 'text') };
}

async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
    return result.value;
  } catch {
    throw new DocumentError('it is not a readable Word document: it is damaged or incomplete. Open it in Word, save it again as .docx and check the new file.', 'corrupt');
  }
}

/** Windows-1252's characters at 0x80-0x9F, where Latin-1 has control codes (Node decodes the label as Latin-1). */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** UTF-8 first (with or without a BOM); Windows-1252 for text saved by older Windows tools. */
function decodeText(draft: Draft): string {
  if (draft.bytes.includes(0)) {
    throw new DocumentError('it is not a text file: it contains binary data. Save the draft as plain text, PDF or Word and try again.', 'corrupt');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(draft.bytes);
  } catch {
    return Array.from(draft.bytes, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252[byte - 0x80] : String.fromCharCode(byte))).join('');
  }
}

/** What to do about a PDF the ingest reader refused, said for a draft rather than a corpus report. */
const PDF_ADVICE: Partial<Record<DocumentProblem, string>> = {
  encrypted: 'the PDF is password-protected. Save a copy without the password and check that.',
  no_text: 'the PDF has no text layer (its pages are images, as from a scanner). Export the draft again from the word processor, or run OCR on it first (e.g. `ocrmypdf in.pdf out.pdf`) and check the result.',
};

/** Reader errors say what is wrong with "it"; the user needs to know which file "it" is. */
export function withName(err: unknown, name: string): unknown {
  if (err instanceof DocumentError && !err.message.startsWith('"')) return new DocumentError(`"${name}" could not be read: ${PDF_ADVICE[err.problem] ?? err.message}`, err.problem);
  if (err instanceof AppError) return err;
  return new DocumentError(`"${name}" could not be read (${err instanceof Error ? err.message : String(err)}). It may be damaged; export it again and retry.`, 'corrupt');
}
