/**
 * Writes the hostile inputs of the drills into test/fixtures/hostile/ (or the folder given): small
 * files that cost a careless reader gigabytes or minutes.
 *   docx-bomb.docx       a Word file whose document.xml unpacks to 200 MB
 *   flate-bomb.pdf       a page whose content stream is flate inside flate: 400 MB of spaces
 *   xobject-bomb.pdf     form XObjects that each draw the next twice, 40 deep (2^40 draws)
 *   page-tree-bomb.pdf   a page tree that claims 100,000 pages by repeating one branch
 *   no-passages.pdf      a well-formed PDF whose only text is a contents page: no passages
 *   damaged-readable.pdf a page that draws a form XObject that does not exist: strict parsing
 *                        stops there, a lenient reading recovers the text around it
 * Every byte is fixed, so the files are the same on every run.
 * Run: npx tsx scripts/make-hostile.ts [folder]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

const OUT = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'test', 'fixtures', 'hostile'));
const MB = 1024 * 1024;

/** A PDF from its numbered objects (1 is the catalog), with a correct cross-reference table. */
function pdf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

function stream(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** Objects 1-2: catalog and a one-page tree whose page (3) uses font 4 and the given resources. */
function onePage(contents: number, resources = ''): string[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> ${resources} >> /Contents ${contents} 0 R >>`,
    FONT,
  ];
}

function flateBomb(): Buffer {
  // 400 MB of spaces deflates to about 400 KB, and that again to a few KB.
  const inner = deflateSync(Buffer.alloc(400 * MB, 0x20), { level: 9 });
  const outer = deflateSync(inner, { level: 9 });
  return pdf([...onePage(5), stream('/Filter [/FlateDecode /FlateDecode]', outer)]);
}

function xobjectBomb(depth = 40): Buffer {
  const objects: Array<string | Buffer> = [...onePage(5, '/XObject << /X 6 0 R >>'), stream('', Buffer.from('BT /F1 12 Tf 72 720 Td (Nested forms) Tj ET /X Do'))];
  for (let level = 0; level < depth; level += 1) {
    const number = 6 + level;
    const last = level === depth - 1;
    const body = last ? 'BT /F1 1 Tf 0 0 Td (x) Tj ET' : '/X Do /X Do';
    objects.push(stream(`/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /Font << /F1 4 0 R >> ${last ? '' : `/XObject << /X ${number + 1} 0 R >>`} >>`, Buffer.from(body)));
  }
  return pdf(objects);
}

function pageTreeBomb(): Buffer {
  // Five levels of ten kids, each level's kids the same node ten times: 10^5 pages from 7 objects.
  const objects: Array<string | Buffer> = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let level = 0; level < 5; level += 1) {
    const number = 2 + level;
    const kid = `${number + 1} 0 R `;
    const parent = level === 0 ? '' : `/Parent ${number - 1} 0 R`;
    objects.push(`<< /Type /Pages ${parent} /Kids [${kid.repeat(10)}] /Count ${10 ** (5 - level)} >>`);
  }
  objects.push('<< /Type /Page /Parent 6 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 8 0 R >> >> /Contents 9 0 R >>', FONT, stream('', Buffer.from('BT /F1 12 Tf 72 720 Td (A page) Tj ET')));
  return pdf(objects);
}

function noPassages(): Buffer {
  const lines = ['Contents', '1. Introduction ........ 3', '2. The family ........ 5', '3. Analysis ........ 9', '4. Findings ........ 14', '5. Recommendations ........ 20'];
  const text = lines.map((line, index) => `BT /F1 12 Tf 72 ${760 - index * 24} Td (${line}) Tj ET`).join('\n');
  return pdf([...onePage(5), stream('', Buffer.from(text))]);
}

function damagedReadable(): Buffer {
  const paragraphs = [
    '4.1 The social worker did not see the child alone at any of the four home visits.',
    '4.2 The health visitor accepted the mother\'s account of the bruising at face value.',
    '4.3 The plan agreed at the strategy discussion was not reviewed for six months.',
  ];
  const text = paragraphs.map((line, index) => `BT /F1 11 Tf 72 ${720 - index * 40} Td (${line}) Tj ET`).join('\n');
  return pdf([...onePage(5, '/XObject << /Missing 99 0 R >>'), stream('', Buffer.from(`${text}\n/Missing Do`))]);
}

/** A zip of stored-as-deflated parts, central directory and all. */
function zip(files: Array<[name: string, data: Buffer]>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const packed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name);
    const sizes = (header: Buffer, at: number) => {
      header.writeUInt32LE(crc32(data), at);
      header.writeUInt32LE(packed.length, at + 4);
      header.writeUInt32LE(data.length, at + 8);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    sizes(local, 14);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    sizes(entry, 16);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function docxBomb(): Buffer {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const text = Buffer.alloc(200 * MB, 'a');
  const body = Buffer.concat([Buffer.from(`<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>`), text, Buffer.from('</w:t></w:r></w:p></w:body></w:document>')]);
  return zip([
    ['[Content_Types].xml', Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')],
    ['_rels/.rels', Buffer.from('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')],
    ['word/document.xml', body],
  ]);
}

const HOSTILE_FILES: Record<string, () => Buffer> = {
  'docx-bomb.docx': docxBomb,
  'flate-bomb.pdf': flateBomb,
  'xobject-bomb.pdf': xobjectBomb,
  'page-tree-bomb.pdf': pageTreeBomb,
  'no-passages.pdf': noPassages,
  'damaged-readable.pdf': damagedReadable,
};

mkdirSync(OUT, { recursive: true });
for (const [name, make] of Object.entries(HOSTILE_FILES)) {
  const bytes = make();
  writeFileSync(path.join(OUT, name), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
}
