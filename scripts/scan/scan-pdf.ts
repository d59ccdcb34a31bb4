import PDFDocument from 'pdfkit';
import { withPdfDocument } from '../../src/ingest/pdf-read.js';
import { renderPage, type PageCanvas } from '../../src/ingest/page-image.js';
import { Random } from '../corpus/random.js';

export interface ScanOptions {
  seed: number;
  /** Resolution of the page pictures: 200 dpi is a common office-scanner setting. */
  dpi?: number;
  /** JPEG quality of the pictures, 0-100. */
  quality?: number;
}

const FIXED_DATE = new Date('2020-01-01T00:00:00Z');

/**
 * A scanned copy of a text PDF, as a scanner in a records office makes it: every page becomes a
 * greyscale picture, turned by 0.5-1.5 degrees either way, on slightly uneven paper with specks of
 * dust, the first page stamped "RECEIVED"; the result has no text layer. The same seed gives the
 * same bytes.
 * scanPdf(readFileSync('report.pdf'), { seed: 1 }) -> the bytes of an image-only PDF
 */
export async function scanPdf(bytes: Uint8Array, options: ScanOptions): Promise<Buffer> {
  const dpi = options.dpi ?? 200;
  const random = new Random(options.seed);
  const pictures = await withPdfDocument(bytes, async (doc) => {
    const pages: Array<{ jpeg: Buffer; width: number; height: number }> = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      const { canvas } = await renderPage(page, doc.canvasFactory, dpi);
      const scan = doc.canvasFactory.create(canvas.width, canvas.height).canvas;
      drawTurned(scan, canvas, (random.chance(0.5) ? 1 : -1) * (0.5 + random.next()));
      if (number === 1) drawStamp(scan, dpi, random);
      addPaperAndDust(scan, random);
      pages.push({ jpeg: scan.toBuffer('image/jpeg', options.quality ?? 70), width, height });
    }
    return pages;
  });
  return assemblePdf(pictures);
}

function drawTurned(target: PageCanvas, source: PageCanvas, degrees: number): void {
  const context = target.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, target.width, target.height);
  context.translate(target.width / 2, target.height / 2);
  context.rotate((degrees * Math.PI) / 180);
  context.drawImage(source, -source.width / 2, -source.height / 2);
  context.setTransform(1, 0, 0, 1, 0, 0);
}

/** A "RECEIVED" box with a date, inked in the top right margin at a slant. */
function drawStamp(target: PageCanvas, dpi: number, random: Random): void {
  const context = target.getContext('2d');
  const unit = dpi / 72;
  const date = `${random.int(1, 28)} ${random.pick(['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'])} ${random.int(2008, 2024)}`;
  context.translate(target.width - 150 * unit, 40 * unit);
  context.rotate(((random.next() * 8 - 4) * Math.PI) / 180);
  context.strokeStyle = 'rgba(70, 70, 70, 0.8)';
  context.fillStyle = 'rgba(70, 70, 70, 0.8)';
  context.lineWidth = 2 * unit;
  context.strokeRect(0, 0, 120 * unit, 42 * unit);
  context.font = `bold ${14 * unit}px "DejaVu Sans"`;
  context.fillText('RECEIVED', 10 * unit, 19 * unit);
  context.font = `${10 * unit}px "DejaVu Sans"`;
  context.fillText(date, 10 * unit, 34 * unit);
  context.setTransform(1, 0, 0, 1, 0, 0);
}

/** Greyscale on paper that darkens a little towards one corner, with a scatter of dark specks. */
function addPaperAndDust(target: PageCanvas, random: Random): void {
  const context = target.getContext('2d');
  const image = context.getImageData(0, 0, target.width, target.height);
  const { data, width, height } = image;
  const [shadeX, shadeY] = [random.next(), random.next()];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      const grey = 0.299 * (data[at] ?? 0) + 0.587 * (data[at + 1] ?? 0) + 0.114 * (data[at + 2] ?? 0);
      const paper = 1 - 0.08 * Math.hypot(x / width - shadeX, y / height - shadeY);
      data[at] = data[at + 1] = data[at + 2] = grey * paper;
    }
  }
  const specks = Math.round((width * height) / 25000);
  for (let speck = 0; speck < specks; speck += 1) {
    const [x, y, radius] = [random.int(0, width - 3), random.int(0, height - 3), random.int(1, 2)];
    for (let dy = 0; dy < radius; dy += 1) {
      for (let dx = 0; dx < radius; dx += 1) {
        const at = ((y + dy) * width + x + dx) * 4;
        data[at] = data[at + 1] = data[at + 2] = random.int(40, 120);
      }
    }
  }
  context.putImageData(image, 0, 0);
}

function assemblePdf(pages: Array<{ jpeg: Buffer; width: number; height: number }>): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ autoFirstPage: false, info: { Producer: 'lessons make-scanned', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    for (const page of pages) {
      doc.addPage({ size: [page.width, page.height], margin: 0 });
      doc.image(page.jpeg, 0, 0, { width: page.width, height: page.height });
    }
    doc.end();
  });
}
