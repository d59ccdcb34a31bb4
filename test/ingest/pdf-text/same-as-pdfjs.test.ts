import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readPdf } from '../../../src/ingest/pdf-read.js';
import { readTextLayer } from '../../../src/ingest/pdf-text/read-text-layer.js';
import type { RawPage } from '../../../src/ingest/types.js';
import { CORPUS } from '../../support/corpus.js';
import { asciiToUnicode, asciiWidths, buildPdf, type PdfBody } from '../../support/pdf-builder.js';

const TOLERANCE = 1e-6;

async function pdfjsPages(bytes: Uint8Array): Promise<RawPage[]> {
  return (await readPdf(bytes, { pdfjsOnly: true })).pages;
}

/** The fast reader's pages against pdf.js's, item by item; positions and sizes within TOLERANCE points. */
function expectSameItems(fast: RawPage[], reference: RawPage[]): void {
  expect(fast.map((page) => [page.page, page.width, page.height, page.items.length])).toEqual(reference.map((page) => [page.page, page.width, page.height, page.items.length]));
  fast.forEach((page, index) => {
    page.items.forEach((item, at) => {
      const expected = reference[index]!.items[at]!;
      expect(item.text).toBe(expected.text);
      for (const key of ['x', 'y', 'width', 'size'] as const) expect(Math.abs(item[key] - expected[key]), `${key} of item ${at} on page ${page.page}`).toBeLessThanOrEqual(TOLERANCE);
    });
  });
}

test('when every committed corpus PDF is read, then the fast reader gives the items pdf.js gives', async () => {
  const files = readdirSync(CORPUS).filter((name) => name.endsWith('.pdf'));
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(path.join(CORPUS, file)));
    const fast = readTextLayer(bytes);
    expect(fast, `${file} should not fall back`).not.toBeNull();
    expectSameItems(fast!.pages, await pdfjsPages(bytes));
  }
}, 120_000);

/** A descriptor without a font file: pdf.js then draws with a stand-in, and reads the text the same. */
const DESCRIPTOR = '<< /Type /FontDescriptor /FontName /Stand-in /Flags 32 /FontBBox [-500 -300 1300 1000] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 >>';
const SIMPLE_FONT = `<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 /Widths [${asciiWidths()}] /Encoding /WinAnsiEncoding /ToUnicode 6 0 R /FontDescriptor ${DESCRIPTOR} >>`;
const TYPE0_CMAP = [
  '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def /CMapType 2 def',
  '1 begincodespacerange <0000> <ffff> endcodespacerange',
  '2 beginbfrange <0001> <005e> <0020> <0062> <0063> [<00E9> <00FC>] endbfrange',
  '2 beginbfchar <0060> <FB01> <0061> <D83DDE00> endbfchar',
  'endcmap end end',
].join('\n');

/** Catalog, pages, page (with both fonts and an image), simple font, content, its ToUnicode, Type0 font, CIDFont, CMap, image. */
function fixture(content: string, extraPage = ''): PdfBody[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 7 0 R >> /XObject << /Im1 10 0 R >> >> >>',
    `<< /Type /Page /Parent 2 0 R /Contents 5 0 R ${extraPage} >>`,
    SIMPLE_FONT,
    { dict: '', data: Buffer.from(content, 'latin1') },
    asciiToUnicode(),
    '<< /Type /Font /Subtype /Type0 /BaseFont /Carlito /Encoding /Identity-H /DescendantFonts [8 0 R] /ToUnicode 9 0 R >>',
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Carlito /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /W [1 [226 300 400 500] 5 94 507 96 [520 530 611 612]] /DW 600 /FontDescriptor ${DESCRIPTOR} >>`,
    { dict: '', data: Buffer.from(TYPE0_CMAP) },
    { dict: '/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8', data: Buffer.from([0x80]) },
  ];
}

/** Text operators in the combinations that make pdf.js split, join and space its items. */
const SPACING = [
  'BT /F1 12 Tf 72 760 Td (Hello world) Tj',
  '[(Kern)-20(ed)-250(word)-260(gap)-3000(far)120(back)] TJ',
  '14 TL T* (next line) Tj',
  '2 Tc 3 Tw (spaced out words) Tj 0 Tc 0 Tw',
  '80 Tz T* (narrow text) Tj 100 Tz',
  "T* (quote) ' 1 0.5 (double quote) \"",
  '5 Ts (sup) Tj 0 Ts',
  '-200 0 Td (moved back) Tj',
  '2 0 0 2 72 600 Tm (scaled) Tj',
  '/F2 11 Tf 1 0 0 1 72 560 Tm <0029004600540055000100600061006200630001> Tj',
  '[<00340045>-300<0053>-4000<0044>] TJ',
  'ET q 0.5 0 0 0.5 100 100 cm BT /F1 10 Tf 0 0 Td (in a cm) Tj ET Q',
  'BT /F1 12 Tf 72 400 Td (before Q) Tj q /F2 9 Tf <0030> Tj Q (after Q) Tj ET',
  '/Span << /MCID 0 >> BDC BT /F1 12 Tf 72 380 Td (marked) Tj ET EMC',
  'q 10 0 0 10 300 300 cm /Im1 Do Q BT /F1 12 Tf 72 360 Td (after image) Tj',
  '900 900 Td (outside the page) Tj ET',
  'BT /F1 12 Tf 0 1 -1 0 500 300 Tm (rotated text) Tj ET',
].join('\n');

test.each([
  ['a classic xref table', { xref: 'table' as const }],
  ['an xref stream with a PNG predictor over an object stream', { xref: 'stream' as const }],
])('when a page uses every text operator and %s, then the items are the same as pdf.js gives', async (_, layout) => {
  const bytes = new Uint8Array(buildPdf(fixture(SPACING), layout));
  const fast = readTextLayer(bytes);
  expect(fast).not.toBeNull();
  const reference = await pdfjsPages(bytes);
  expect(reference[0]!.items.length).toBeGreaterThan(20);
  expectSameItems(fast!.pages, reference);
});

test.each([
  ['a small kern joins, a word-sized gap is a space, a wide gap is an item of its own', '[(Kern)-20(ed)-250(word)-3000(far)] TJ', ['Kerned word', ' ', 'far']],
  ['a move back starts a new item', '(first) Tj -40 0 Td (second) Tj', ['first', 'second']],
  ['a new line starts a new item', '(one) Tj 0 -14 Td (two) Tj', ['one', 'two']],
  ['a font change starts a new item', '(plain) Tj /F2 12 Tf <0055> Tj', ['plain', 't']],
])('when %s, then the items are split so', (_, operators, expected) => {
  const layer = readTextLayer(new Uint8Array(buildPdf(fixture(`BT /F1 12 Tf 72 700 Td ${operators} ET`))));
  expect(layer?.pages[0]!.items.map((item) => item.text)).toEqual(expected);
});

test('when an incremental update replaces the content stream, then the newer text is read, as pdf.js reads it', async () => {
  const bytes = new Uint8Array(buildPdf(fixture('BT /F1 12 Tf 72 700 Td (old text) Tj ET'), { xref: 'stream', update: { 5: { dict: '', data: Buffer.from('BT /F1 12 Tf 72 700 Td (new text) Tj ET') } } }));
  const fast = readTextLayer(bytes);
  expect(fast?.pages[0]!.items.map((item) => item.text)).toEqual(['new text']);
  expectSameItems(fast!.pages, await pdfjsPages(bytes));
});

const PLAIN = 'BT /F1 12 Tf 72 700 Td (some text) Tj ET /Im1 Do';

test.each([
  ['a Type3 font', 3, '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1 1] /FontMatrix [1 0 0 1 0 0] /CharProcs << >> /Encoding << >> /FirstChar 32 /LastChar 32 /Widths [1] /ToUnicode 6 0 R >>'],
  ['a font without ToUnicode', 3, `<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 /Widths [${asciiWidths()}] /Encoding /WinAnsiEncoding /FontDescriptor ${DESCRIPTOR} >>`],
  ['a font without a FontDescriptor', 3, `<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 /Widths [${asciiWidths()}] /ToUnicode 6 0 R >>`],
  ['a Form XObject', 9, { dict: '/Type /XObject /Subtype /Form /BBox [0 0 10 10]', data: Buffer.from('BT /F1 12 Tf (in a form) Tj ET') }],
  ['a character code without a Unicode mapping', 4, { dict: '', data: Buffer.from('BT /F1 12 Tf 72 700 Td (caf\xe9) Tj ET', 'latin1') }],
  ['an inline image', 4, { dict: '', data: Buffer.from('BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI BT /F1 12 Tf 72 700 Td (text) Tj ET', 'latin1') }],
  ['an operator with the wrong number of operands', 4, { dict: '', data: Buffer.from('BT /F1 12 Tf 72 Td (text) Tj ET') }],
  ['a filter other than FlateDecode', 4, { dict: '/Filter /ASCIIHexDecode', data: Buffer.from('42542045543e') }],
] as Array<[string, number, PdfBody]>)('when a document has %s, then the fast reader leaves it to pdf.js', (_, index, body) => {
  const objects = fixture(PLAIN);
  objects[index] = body;
  expect(readTextLayer(new Uint8Array(buildPdf(objects)))).toBeNull();
});

test('when the trailer names an /Encrypt dictionary, then the fast reader leaves the document to pdf.js', () => {
  const objects = fixture(PLAIN);
  expect(readTextLayer(new Uint8Array(buildPdf(objects)))).not.toBeNull();
  expect(readTextLayer(new Uint8Array(buildPdf(objects, { xref: 'table', trailer: '/Encrypt << /Filter /Standard /V 1 /R 2 >>' })))).toBeNull();
});

test('when the fast reader leaves a document to pdf.js, then readPdf gives pdf.js\'s reading', async () => {
  const objects = fixture(PLAIN);
  objects[9] = { dict: '/Type /XObject /Subtype /Form /BBox [0 0 600 800]', data: Buffer.from('BT /F1 12 Tf 72 500 Td (in a form) Tj ET') };
  const bytes = new Uint8Array(buildPdf(objects));
  const { pages, readWithErrors } = await readPdf(bytes);
  expect(readWithErrors).toBe(false);
  expect(pages[0]!.items.map((item) => item.text)).toEqual(['some text', 'in a form']);
});
