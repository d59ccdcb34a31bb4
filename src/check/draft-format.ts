import path from 'node:path';
import { DocumentError, TooLargeError, UnsupportedTypeError } from '../errors.js';
import type { Draft, DraftFormat } from './types.js';

const ACCEPTED = 'Save the draft as PDF, Word (.docx), plain text (.txt) or Markdown (.md) and try again.';
const TEXT_EXTENSIONS: Record<string, DraftFormat> = { '': 'text', '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown' };

/** Signatures of formats people often try to upload, named so the message can say what the file is. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const KNOWN_OTHERS: Array<{ magic: number[]; what: string }> = [
  { magic: OLE, what: 'an old-style Word (.doc) file' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'a Rich Text (.rtf) file' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
];

/**
 * The format of a draft, from its first bytes and then its extension: a PDF or a Word file is
 * recognised whatever it is called, and a text file must be named .txt or .md (or have no extension).
 * Throws the error a board officer can act on: empty (422), unsupported type (415), or a file
 * whose name promises a format its bytes do not have (422 corrupt).
 * detectFormat({ name: 'draft.md', bytes: Buffer.from('# Findings') }) === 'markdown'
 */
export function detectFormat(draft: Draft): DraftFormat {
  const { bytes } = draft;
  const extension = path.extname(draft.name).toLowerCase();
  if (bytes.length === 0) throw new DocumentError(`"${draft.name}" is empty (0 bytes). Choose the saved draft file and try again.`, 'empty');
  if (latin1(bytes, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (extension === '.docx' || latin1(bytes, 64 * 1024).includes('word/')) return 'docx';
    throw new UnsupportedTypeError(`"${draft.name}" is a compressed file (zip, or a spreadsheet, presentation or OpenDocument file), which cannot be checked. ${ACCEPTED}`);
  }
  if (extension === '.docx' && startsWith(bytes, OLE)) {
    throw new DocumentError(`"${draft.name}" is password-protected (Word encrypts a protected .docx). Remove the password in Word (File, Info, Protect Document), save, and check the new file.`, 'encrypted');
  }
  const other = KNOWN_OTHERS.find(({ magic }) => startsWith(bytes, magic));
  if (other) throw new UnsupportedTypeError(`"${draft.name}" is ${other.what}, which cannot be checked. ${ACCEPTED}`);
  if (extension === '.pdf' || extension === '.docx') {
    const kind = extension === '.pdf' ? 'PDF' : 'Word document';
    throw new DocumentError(`"${draft.name}" is named as a ${kind} but its contents are not one: the file is damaged or was renamed. Export the draft again and check the new file.`, 'corrupt');
  }
  const format = TEXT_EXTENSIONS[extension];
  if (!format) throw new UnsupportedTypeError(`"${draft.name}" cannot be checked: files ending "${extension}" are not a format this service reads. ${ACCEPTED}`);
  return format;
}

/** Refuses a draft over the size limit, with the same message wherever the draft came from. */
export function assertDraftSize(name: string | null, size: number, limitMb: number): void {
  if (size > limitMb * 1024 * 1024) throw draftTooLarge(name, size, limitMb);
}

/**
 * The error for a draft over the limit. An HTTP upload refused by its Content-Length, or stopped
 * at the limit, knows neither the name nor the size (null).
 */
export function draftTooLarge(name: string | null, size: number | null, limitMb: number): TooLargeError {
  const actual = size === null ? 'larger than' : `${(size / 1024 / 1024).toFixed(1)} MB, over`;
  return new TooLargeError(`${name === null ? 'The draft' : `"${name}"`} is ${actual} the ${limitMb} MB limit for a draft. Remove embedded images or split the report, or ask the administrator to raise the limit (setting --max-upload-mb, LESSONS_MAX_UPLOAD_MB).`);
}

function latin1(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, length)).toString('latin1');
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}
