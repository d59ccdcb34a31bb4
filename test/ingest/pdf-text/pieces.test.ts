import { deflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { parseToUnicode } from '../../../src/ingest/pdf-text/cmap.js';
import { decodeStream, InflateBudget, unpredict } from '../../../src/ingest/pdf-text/filters.js';
import { EOF, Lexer } from '../../../src/ingest/pdf-text/lexer.js';
import { Dict, Name, PdfString, Stream, type PdfObject } from '../../../src/ingest/pdf-text/objects.js';
import { parseObject } from '../../../src/ingest/pdf-text/parser.js';
import { Unsupported } from '../../../src/ingest/pdf-text/unsupported.js';
import { readXrefStream } from '../../../src/ingest/pdf-text/xref-stream.js';

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const dict = (entries: Record<string, PdfObject>): Dict => new Dict(new Map(Object.entries(entries)));

test('when a ToUnicode CMap has bfchar, bfrange (with carry) and bfrange arrays, then every code maps as pdf.js maps it', () => {
  const map = parseToUnicode(
    bytes(
      [
        '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
        '2 beginbfchar <0003> <0020> <0010> <00660069> endbfchar',
        '2 beginbfrange <0020> <0022> <0041> <00FE> <0101> <00FE> endbfrange',
        '1 beginbfrange <0200> <0202> [<00E9> <D83DDE00> <0041030A>] endbfrange',
        'endcmap',
      ].join('\n'),
    ),
  );
  expect(map.get(3)).toBe(' ');
  expect(map.get(0x10)).toBe('fi');
  expect([0x20, 0x21, 0x22].map((code) => map.get(code))).toEqual(['A', 'B', 'C']);
  // Past 0xFF the last byte carries into the one before: 00FE, 00FF, 0100, 0101.
  expect([0xfe, 0xff, 0x100, 0x101].map((code) => map.get(code))).toEqual(['\u00fe', '\u00ff', '\u0100', '\u0101']);
  expect([0x200, 0x201, 0x202].map((code) => map.get(code))).toEqual(['é', '😀', 'A\u030a']);
  expect(map.has(0x203)).toBe(false);
});

test('when a ToUnicode CMap uses another CMap, then it is Unsupported', () => {
  expect(() => parseToUnicode(bytes('/Adobe-Japan1-UCS2 usecmap 1 beginbfchar <01> <0041> endbfchar'))).toThrow(Unsupported);
});

test('when an xref stream is compressed with a PNG Up predictor, then its entries are read back', () => {
  const rows = [
    [1, 0x00, 0x10, 0],
    [1, 0x01, 0x20, 0],
    [2, 0x00, 0x07, 3],
    [0, 0x00, 0x00, 1],
  ];
  const predicted: number[] = [];
  rows.forEach((row, index) => predicted.push(2, ...row.map((byte, at) => (byte - (index > 0 ? rows[index - 1]![at]! : 0) + 256) & 0xff)));
  const stream = new Stream(dict({ Filter: Name.of('FlateDecode'), DecodeParms: dict({ Predictor: 12, Columns: 4 }) }), new Uint8Array(deflateSync(Buffer.from(predicted))));
  const decoded = decodeStream(stream, new InflateBudget());
  const entries = readXrefStream(decoded, dict({ W: [1, 2, 1], Size: 14, Index: [10, 4] }));
  expect(entries).toEqual([
    [10, { kind: 'offset', offset: 0x10, gen: 0 }],
    [11, { kind: 'offset', offset: 0x120, gen: 0 }],
    [12, { kind: 'packed', stream: 7, index: 3 }],
    [13, null],
  ]);
});

test.each([
  ['Sub', 1, [1, 2, 3, 4], [1, 1, 1, 1]],
  ['Average', 3, [10, 20], [10, 15]],
  ['Paeth', 4, [5, 6], [5, 1]],
])('when a one-row image uses the PNG %s filter, then the bytes are rebuilt', (_, type, expected, encoded) => {
  const out = unpredict(new Uint8Array([type, ...encoded]), dict({ Predictor: 15, Columns: expected.length }));
  expect([...out]).toEqual(expected);
});

test('when a stream inflates past the limit, then it is Unsupported rather than read', () => {
  const bomb = new Stream(dict({ Filter: Name.of('FlateDecode') }), new Uint8Array(deflateSync(Buffer.alloc(40 * 1024 * 1024, 0x20))));
  expect(() => decodeStream(bomb, new InflateBudget())).toThrow(Unsupported);
});

test('when the lexer reads numbers, strings and names, then the values are pdf.js\'s', () => {
  const lexer = new Lexer(bytes('12 -3.5 .25 +4. (a\\(b\\)c\\101\\\nd) <48 65 6C6C6F> <4> /A#20B [1 2] <</K 1 0 R>>'));
  const values: unknown[] = [];
  for (let token = lexer.next(); token !== EOF; token = lexer.next()) values.push(parseObject(lexer, token));
  expect(values.slice(0, 4)).toEqual([12, -3.5, 0.25, 4]);
  expect((values[4] as PdfString).bytes).toBe('a(b)cAd');
  expect((values[5] as PdfString).bytes).toBe('Hello');
  expect((values[6] as PdfString).bytes).toBe('@');
  expect((values[7] as Name).name).toBe('A B');
  expect(values[8]).toEqual([1, 2]);
  expect((values[9] as Dict).get('K')).toMatchObject({ num: 1, gen: 0 });
});

test.each(['1.2.3', '--4', '1e5', ')', '(unterminated', '<4G>'])('when the lexer meets "%s", then it is Unsupported, not guessed', (text) => {
  const lexer = new Lexer(bytes(text));
  expect(() => {
    for (let token = lexer.next(); token !== EOF; token = lexer.next());
  }).toThrow(Unsupported);
});

test('when a bfrange array is cut off by the end of the CMap, then it is Unsupported, not a loop', () => {
  expect(() => parseToUnicode(bytes('1 beginbfrange <01> <02> [<0041> <0042> <0043>'))).toThrow(Unsupported);
});
