import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { editDistance } from '../../src/ingest/edit-distance.js';
import { OcrEngine } from '../../src/ingest/ocr-engine.js';
import { readPdf } from '../../src/ingest/pdf-read.js';
import { segmentReport } from '../../src/ingest/segment.js';
import { scanPdf } from '../../scripts/scan/scan-pdf.js';
import { runCli } from '../support/cli.js';
import { passageViolations } from '../support/passage-invariants.js';

const PARAGRAPHS = [
  ['2.1', 'The health visitor did not see the child alone at any of the visits described in this part of the report.'],
  ['2.2', 'The school nurse recorded the bruise but the referral was not made until the following week.'],
  ['2.3', 'Agencies accepted the explanation given by the mother without checking it with anyone else.'],
];

/** A one-page report with a text layer, as pdfkit lays out the corpus: heading, numbered paragraphs in a number column. */
function textReport(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72, info: { CreationDate: new Date('2020-01-01T00:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.font('Times-Bold').fontSize(14).text('2. Findings', 72, 100);
    let y = 140;
    for (const [number, text] of PARAGRAPHS) {
      doc.font('Times-Roman').fontSize(11).text(number as string, 72, y);
      doc.text(text as string, 116, y, { width: 400 });
      y = doc.y + 12;
    }
    doc.end();
  });
}

let scan: Buffer;
const engine = new OcrEngine();
beforeAll(async () => {
  scan = await scanPdf(await textReport(), { seed: 7 });
}, 120_000);
afterAll(() => engine.close());

describe('OCR of image-only PDFs', () => {
  test('when a page is a picture, then OCR reads it into numbered, cited passages marked with their confidence, loading nothing from outside node_modules', async () => {
    const before = new Set(readdirSync(tmpdir()));
    const planned: number[] = [];
    let read = 0;
    const { pages } = await readPdf(scan, { ocr: engine.forDocument({ planned: (count) => planned.push(count), read: () => (read += 1) }) });
    expect(planned).toEqual([1]);
    expect(read).toBe(1);
    // The "RECEIVED" stamp is read too, as unnumbered text above the paragraphs.
    const report = segmentReport(pages);
    expect(passageViolations(report)).toEqual([]);
    const passages = report.passages.filter((passage) => passage.paragraph !== null);
    expect(passages.map((passage) => [passage.paragraph, passage.page])).toEqual(PARAGRAPHS.map(([number]) => [number, 1]));
    // OCR may misread a letter or read a speck of dust as a mark: 3% of the characters at most.
    const edits = passages.reduce((sum, passage, index) => sum + editDistance(passage.text, PARAGRAPHS[index]?.[1] ?? ''), 0);
    const chars = PARAGRAPHS.reduce((sum, [, text]) => sum + (text as string).length, 0);
    expect(edits / chars, passages.map((passage) => passage.text).join('\n')).toBeLessThanOrEqual(0.03);
    for (const passage of passages) expect(passage.ocrConfidence).toBeGreaterThan(80);
    // The English model is read where the package keeps it: no copy in the project, the working folder or the temp folder.
    expect(existsSync(path.join(PROJECT_ROOT, 'eng.traineddata'))).toBe(false);
    expect(existsSync(path.join(process.cwd(), 'eng.traineddata'))).toBe(false);
    expect(readdirSync(tmpdir()).filter((name) => !before.has(name) && name.includes('traineddata'))).toEqual([]);
  }, 120_000);

  test('when OCR is off, then a scan has no text and the message says how to read it', async () => {
    const { pages } = await readPdf(scan);
    expect(() => segmentReport(pages)).toThrow(/no text layer.*OCR is off.*without `--no-ocr`.*ocrmypdf/);
  });

  test('when `lessons ingest --no-ocr` meets an image-only PDF, then it fails with that message and exit status 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lessons-no-ocr-'));
    try {
      const run = await runCli(['ingest', path.join(PROJECT_ROOT, 'test', 'fixtures', 'bad', 'image-only.pdf'), '--no-ocr', '--db', path.join(dir, 'lessons.db')]);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/failed: image-only\.pdf: the PDF has no text layer .*OCR is off/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
