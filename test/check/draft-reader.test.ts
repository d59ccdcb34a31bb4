import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDraft } from '../../src/check/draft-reader.js';
import { DRAFT_FIXTURES } from '../support/drafts.js';

describe('reading a draft in memory', () => {
  test('when a Word file is damaged, then it is a 422 that says to save it again', async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml but nothing after it')]);
    await expect(readDraft({ name: 'draft.docx', bytes: broken })).rejects.toMatchObject({ status: 422, code: 'corrupt', message: expect.stringMatching(/^"draft\.docx" could not be read: it is not a readable Word document.*save it again as \.docx/) });
  });

  test('when a Word draft is read, then its numbered paragraphs and sections come through mammoth', async () => {
    const document = await readDraft({ name: 'draft.docx', bytes: readFileSync(path.join(DRAFT_FIXTURES, 'draft.docx')) });
    expect(document.format).toBe('docx');
    expect(document.pages).toBe(0);
    expect(document.passages.every((passage) => /^\d+\.\d+(\.\d+)?$/.test(passage.paragraph ?? ''))).toBe(true);
    expect(document.passages.some((passage) => passage.kind === 'recommendation')).toBe(true);
  });

  test('when a text file was saved by an older Windows tool, then its Windows-1252 quotes are read', async () => {
    const bytes = Buffer.from([...Buffer.from('4.1 The '), 0x93, ...Buffer.from('plan'), 0x94, ...Buffer.from(' was not reviewed.')]);
    const document = await readDraft({ name: 'draft.txt', bytes });
    expect(document.passages[0]?.text).toBe('The "plan" was not reviewed.');
  });

  test('when a .txt file holds binary data, then it is a 422 and not a page of noise', async () => {
    await expect(readDraft({ name: 'draft.txt', bytes: Buffer.from([0x41, 0x00, 0x42, 0x00]) })).rejects.toMatchObject({ status: 422, code: 'corrupt' });
  });

  test('when a text draft has only blank lines, then it is a 422 empty', async () => {
    await expect(readDraft({ name: 'draft.md', bytes: Buffer.from('\n\n   \n') })).rejects.toMatchObject({ status: 422, code: 'empty' });
  });
});
