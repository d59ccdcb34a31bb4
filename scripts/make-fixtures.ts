/**
 * Writes the bad-input fixtures of the ingest tests into test/fixtures/bad/, each a different way
 * a PDF can fail: empty, not a PDF, corrupt, truncated, encrypted, image-only, and a broken link.
 * Run: npx tsx scripts/make-fixtures.ts
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

const OUT = path.resolve(import.meta.dirname, '..', 'test', 'fixtures', 'bad');
const FIXED_DATE = new Date('2020-01-01T00:00:00Z');

function render(build: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72, info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE }, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    build(doc);
    doc.end();
  });
}

function textPages(doc: PDFKit.PDFDocument): void {
  for (let page = 0; page < 3; page += 1) {
    if (page > 0) doc.addPage();
    doc.fontSize(14).text(`${page + 1}. Analysis`);
    doc.fontSize(11).text(`${page + 1}.1 The health visitor did not see the child alone at any of the visits described in this part of the report, and the reasons were not recorded.`);
  }
}

/** A greyscale PNG of a scanned-looking page: stripes, no text layer. */
function stripedPng(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(width + 1);
    for (let x = 0; x < width; x += 1) row[x + 1] = (y % 12 < 2 && x % 40 < 30) ? 40 : 245;
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const good = await render(textPages);
  writeFileSync(path.join(OUT, 'empty.pdf'), Buffer.alloc(0));
  writeFileSync(path.join(OUT, 'not-a-pdf.pdf'), 'Minutes of the strategy meeting, typed as plain text and saved with the wrong extension.\n');
  writeFileSync(path.join(OUT, 'corrupt.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251))]));
  writeFileSync(path.join(OUT, 'truncated.pdf'), good.subarray(0, Math.floor(good.length * 0.4)));
  writeFileSync(path.join(OUT, 'encrypted.pdf'), await render(textPages, { userPassword: 'board-only', ownerPassword: 'board-owner', pdfVersion: '1.7' }));
  const scan = stripedPng(595, 842);
  writeFileSync(path.join(OUT, 'image-only.pdf'), await render((doc) => {
    doc.image(scan, 0, 0, { width: 595 });
    doc.addPage().image(scan, 0, 0, { width: 595 });
  }));
  symlinkSync('missing-target.pdf', path.join(OUT, 'broken-link.pdf'));
  console.log(`Wrote the bad-input fixtures to ${path.relative(process.cwd(), OUT)}/`);
}

await main();
