import { describe, expect, test } from 'vitest';
import { assertDraftSize, detectFormat, draftTooLarge } from '../../src/check/draft-format.js';
import { AppError } from '../../src/errors.js';

const bytes = (...parts: Array<string | number[]>): Buffer => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('recognising what a draft is', () => {
  test.each([
    // The bytes decide first: a PDF or a Word file is recognised whatever it is called.
    ['a PDF', 'pdf', 'draft.pdf', bytes('%PDF-1.7\n...')],
    ['a PDF with the wrong extension', 'pdf', 'draft.txt', bytes('%PDF-1.4\n...')],
    ['a PDF with junk before its header', 'pdf', 'draft.pdf', bytes('\ufeff  %PDF-1.4\n')],
    ['a Word file', 'docx', 'draft.docx', bytes(ZIP, 'word/document.xml')],
    ['a Word file renamed .zip', 'docx', 'draft.zip', bytes(ZIP, '...word/document.xml')],
    ['plain text', 'text', 'draft.txt', bytes('4.1 The child was not seen.')],
    ['text without an extension', 'text', 'DRAFT', bytes('4.1 The child was not seen.')],
    ['Markdown', 'markdown', 'draft.md', bytes('# Findings')],
    ['Markdown with the long extension', 'markdown', 'Draft.MARKDOWN', bytes('# Findings')],
  ])('when it is %s, then it is read as %s', (_, format, name, content) => {
    expect(detectFormat({ name, bytes: content })).toBe(format);
  });

  test.each([
    ['empty', 422, 'empty', 'draft.pdf', bytes('')],
    ['an old .doc file', 415, 'unsupported_type', 'draft.doc', bytes(OLE)],
    ['a password-protected .docx (Word stores it encrypted, as an old-style file)', 422, 'encrypted', 'draft.docx', bytes(OLE)],
    ['a spreadsheet', 415, 'unsupported_type', 'figures.xlsx', bytes(ZIP, 'xl/workbook.xml')],
    ['an image', 415, 'unsupported_type', 'scan.png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])],
    ['RTF', 415, 'unsupported_type', 'draft.rtf', bytes('{\\rtf1\\ansi')],
    ['HTML', 415, 'unsupported_type', 'draft.html', bytes('<html><body>Findings</body></html>')],
    ['named .pdf but not one', 422, 'corrupt', 'draft.pdf', bytes('<html>an error page saved as PDF</html>')],
    ['named .docx but not one', 422, 'corrupt', 'draft.docx', bytes('plain words')],
  ])('when it is %s, then the error is %i (%s) and says what to do', (_, status, code, name, content) => {
    let error: unknown;
    try {
      detectFormat({ name, bytes: content });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status, code });
    expect((error as Error).message).toContain(`"${name}"`);
  });
});

describe('the size limit', () => {
  test('when a draft is at the limit, then it passes; one byte more and it is a 413 naming the setting', () => {
    expect(() => assertDraftSize('draft.pdf', 2 * 1024 * 1024, 2)).not.toThrow();
    expect(() => assertDraftSize('draft.pdf', 2 * 1024 * 1024 + 1, 2)).toThrow(expect.objectContaining({ status: 413, message: expect.stringMatching(/"draft\.pdf" is 2\.0 MB, over the 2 MB limit.*LESSONS_MAX_UPLOAD_MB/) }));
  });

  test('when the upload stopped at the limit, then the message needs neither name nor size', () => {
    expect(draftTooLarge(null, null, 50).message).toMatch(/^The draft is larger than the 50 MB limit/);
  });
});
