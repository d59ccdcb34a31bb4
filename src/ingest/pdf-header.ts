import { DocumentError } from '../errors.js';

/**
 * Refuses bytes that do not begin like a PDF: "%PDF-" within the first KB (some writers prepend a
 * BOM or whitespace). Ingest checks a file's first KB this way before reading the rest of it.
 */
export function assertPdfHeader(head: Uint8Array): void {
  if (!Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 1024)).toString('latin1').includes('%PDF-')) {
    throw new DocumentError('this is not a PDF: it does not start with "%PDF-". Check that the file was exported as PDF.', 'not_pdf');
  }
}
