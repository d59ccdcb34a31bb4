import { deflateSync } from 'node:zlib';

/**
 * Writes small PDFs by hand for the text reader's tests: numbered objects (1 is the catalog),
 * saved with a classic xref table, or compressed into an object stream indexed by an xref stream
 * with a PNG predictor, optionally followed by an incremental update that replaces objects.
 */
export type PdfBody = string | { dict: string; data: Buffer };

export interface PdfLayout {
  xref: 'table' | 'stream';
  /** Objects written again, after the first save, as an incremental update. */
  update?: Record<number, PdfBody>;
  /** More trailer entries, such as an /Encrypt reference (classic table only). */
  trailer?: string;
}

function objectBytes(num: number, body: PdfBody): Buffer {
  const content = typeof body === 'string' ? Buffer.from(body, 'latin1') : Buffer.concat([Buffer.from(`<< ${body.dict} /Length ${body.data.length} >>\nstream\n`), body.data, Buffer.from('\nendstream')]);
  return Buffer.concat([Buffer.from(`${num} 0 obj\n`), content, Buffer.from('\nendobj\n')]);
}

/** PNG "Up" predictor rows over the fields of each xref entry, as writers that compress xref streams do. */
function predictedRows(rows: number[][]): Buffer {
  const out: number[] = [];
  let previous: number[] = rows[0]!.map(() => 0);
  for (const row of rows) {
    out.push(2, ...row.map((byte, index) => (byte - previous[index]! + 256) & 0xff));
    previous = row;
  }
  return Buffer.from(out);
}

function entryRow(type: number, field: number, gen: number): number[] {
  return [type, (field >> 16) & 0xff, (field >> 8) & 0xff, field & 0xff, gen & 0xff];
}

export function buildPdf(objects: PdfBody[], layout: PdfLayout = { xref: 'table' }): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const push = (chunk: Buffer): number => {
    const at = length;
    parts.push(chunk);
    length += chunk.length;
    return at;
  };
  const size = objects.length + 1;
  let startxref: number;
  if (layout.xref === 'table') {
    const offsets = objects.map((body, index) => push(objectBytes(index + 1, body)));
    startxref = push(Buffer.from(`xref\n0 ${size}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${size} /Root 1 0 R ${layout.trailer ?? ''} >>\n`));
  } else {
    // Streams cannot live in an object stream: they are written plainly, the rest packed into one.
    const packedNum = size;
    const rows: number[][] = [entryRow(0, 0, 255)];
    const packed: Array<[number, string]> = [];
    objects.forEach((body, index) => {
      if (typeof body === 'string') {
        rows.push(entryRow(2, packedNum, packed.length));
        packed.push([index + 1, body]);
      } else rows.push(entryRow(1, push(objectBytes(index + 1, body)), 0));
    });
    let header = '';
    let data = '';
    for (const [num, body] of packed) {
      header += `${num} ${data.length} `;
      data += `${body}\n`;
    }
    rows.push(entryRow(1, push(objectBytes(packedNum, { dict: `/Type /ObjStm /N ${packed.length} /First ${header.length} /Filter /FlateDecode`, data: deflateSync(Buffer.from(header + data, 'latin1')) })), 0));
    const xrefNum = packedNum + 1;
    rows.push(entryRow(1, length, 0));
    const xrefData = deflateSync(predictedRows(rows));
    startxref = push(objectBytes(xrefNum, { dict: `/Type /XRef /Size ${xrefNum + 1} /W [1 3 1] /Root 1 0 R /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 5 >>`, data: xrefData }));
  }
  push(Buffer.from(`startxref\n${startxref}\n%%EOF\n`));
  if (layout.update) {
    const entries = Object.entries(layout.update).map(([num, body]) => [Number(num), push(objectBytes(Number(num), body))] as const);
    const table = entries.map(([num, offset]) => `${num} 1\n${String(offset).padStart(10, '0')} 00000 n \n`).join('');
    const at = push(Buffer.from(`xref\n${table}trailer\n<< /Size ${size + 2} /Root 1 0 R /Prev ${startxref} >>\n`));
    push(Buffer.from(`startxref\n${at}\n%%EOF\n`));
  }
  return Buffer.concat(parts);
}

/** A ToUnicode CMap mapping one-byte codes 32-126 to themselves, for a simple font. */
export function asciiToUnicode(): { dict: string; data: Buffer } {
  const cmap = '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T1 def /CMapType 2 def\n1 begincodespacerange <00> <ff> endcodespacerange\n1 beginbfrange <20> <7e> <0020> endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end';
  return { dict: '', data: Buffer.from(cmap) };
}

/** Widths 32-126 for a simple font: a plausible proportional spread, fixed so tests are repeatable. */
export function asciiWidths(): string {
  return Array.from({ length: 95 }, (_, index) => (index === 0 ? 278 : 400 + ((index * 37) % 300))).join(' ');
}
