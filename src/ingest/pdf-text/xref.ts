import { decodeStream, InflateBudget } from './filters.js';
import { Lexer, latin1 } from './lexer.js';
import { asDict, asNumber, Cmd, Dict, isName, Ref, Stream, type PdfObject } from './objects.js';
import { parseObject } from './parser.js';
import { readXrefStream, type XrefEntry } from './xref-stream.js';
import { LIMITS, unsupported } from './unsupported.js';

const OBJ = Cmd.of('obj');
const STREAM = Cmd.of('stream');

/**
 * A PDF's objects, found through its cross-reference sections (tables or streams, following
 * /Prev through incremental updates, newest first) and fetched lazily, each parsed once.
 */
export class XrefTable {
  readonly entries = new Map<number, XrefEntry>();
  readonly trailer: Dict;
  readonly budget = new InflateBudget();
  private readonly cache = new Map<number, PdfObject>();
  private readonly packed = new Map<number, Map<number, PdfObject>>();
  private readonly fetching = new Set<number>();
  private readonly freed = new Set<number>();

  constructor(readonly bytes: Uint8Array) {
    this.trailer = this.readSections(findStartXref(bytes));
    if (this.trailer.get('Encrypt') !== undefined) unsupported('the document is encrypted');
  }

  private readSections(start: number): Dict {
    let newest: Dict | undefined;
    const seen = new Set<number>();
    for (let offset: number | undefined = start; offset !== undefined; ) {
      if (seen.has(offset) || seen.size >= LIMITS.xrefSections) unsupported('a loop or too many sections in the xref chain');
      seen.add(offset);
      const trailer = this.readSection(offset);
      newest ??= trailer;
      const hybrid = trailer.get('XRefStm');
      if (typeof hybrid === 'number') this.readSection(hybrid);
      const prev = trailer.get('Prev');
      offset = prev === undefined ? undefined : asNumber(prev, '/Prev');
    }
    return newest ?? unsupported('no xref section');
  }

  private readSection(offset: number): Dict {
    if (!Number.isInteger(offset) || offset < 0 || offset >= this.bytes.length) unsupported('an xref offset outside the file');
    const lexer = new Lexer(this.bytes, offset);
    const first = lexer.next();
    if (first === Cmd.of('xref')) return this.readTable(lexer);
    lexer.pos = offset;
    const stream = this.readIndirect(lexer, undefined);
    if (!(stream instanceof Stream) || !isName(stream.dict.get('Type'), 'XRef')) unsupported('startxref points at neither a table nor an xref stream');
    for (const [num, entry] of readXrefStream(decodeStream(stream, this.budget), stream.dict)) this.add(num, entry);
    return stream.dict;
  }

  private readTable(lexer: Lexer): Dict {
    for (let token = lexer.next(); token !== Cmd.of('trailer'); token = lexer.next()) {
      const count = lexer.next();
      if (typeof token !== 'number' || typeof count !== 'number' || !Number.isInteger(token) || !Number.isInteger(count) || count < 0) unsupported('a malformed xref subsection');
      if (token + count > LIMITS.objects) unsupported('too many objects');
      for (let index = 0; index < count; index += 1) {
        const offset = lexer.next();
        const gen = lexer.next();
        const kind = lexer.next();
        if (typeof offset !== 'number' || typeof gen !== 'number') unsupported('a malformed xref entry');
        if (kind === Cmd.of('n')) this.add(token + index, { kind: 'offset', offset, gen });
        else if (kind === Cmd.of('f')) this.add(token + index, null);
        else unsupported('a malformed xref entry');
      }
    }
    return asDict(parseObject(lexer), 'the trailer');
  }

  private add(num: number, entry: XrefEntry | null): void {
    if (this.entries.has(num) || this.freed.has(num)) return;
    if (entry === null) this.freed.add(num);
    else this.entries.set(num, entry);
    if (this.entries.size > LIMITS.objects) unsupported('too many objects');
  }

  /** The object a value stands for: a Ref fetched, anything else as it is. */
  resolve(value: PdfObject | undefined): PdfObject | undefined {
    return value instanceof Ref ? this.fetch(value) : value;
  }

  fetch(ref: Ref): PdfObject {
    const cached = this.cache.get(ref.num);
    if (cached !== undefined) return cached;
    if (this.fetching.has(ref.num)) unsupported('an object that refers to itself');
    this.fetching.add(ref.num);
    const entry = this.entries.get(ref.num);
    // pdf.js reads a missing object as null; whether that loses text is a doubt we leave to it.
    if (!entry) unsupported(`object ${ref.num} is missing or free`);
    const value = entry.kind === 'offset' ? this.readIndirect(new Lexer(this.bytes, entry.offset), ref.num) : this.fromObjectStream(entry.stream, entry.index, ref.num);
    this.fetching.delete(ref.num);
    this.cache.set(ref.num, value);
    return value;
  }

  private readIndirect(lexer: Lexer, num: number | undefined): PdfObject {
    const found = lexer.next();
    lexer.next();
    if (lexer.next() !== OBJ || (num !== undefined && found !== num)) unsupported(`object ${num ?? '?'} is not where the xref says`);
    const value = parseObject(lexer);
    if (!(value instanceof Dict)) return value;
    const saved = lexer.pos;
    if (lexer.next() !== STREAM) {
      lexer.pos = saved;
      return value;
    }
    return new Stream(value, this.streamBytes(lexer, value));
  }

  private streamBytes(lexer: Lexer, dict: Dict): Uint8Array {
    const { bytes } = this;
    let start = lexer.pos;
    if (bytes[start] === 0x0d) start += 1;
    if (bytes[start] === 0x0a) start += 1;
    const length = this.resolve(dict.get('Length'));
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || start + length > bytes.length) unsupported('a stream with a bad /Length');
    const after = new Lexer(bytes, start + length);
    if (after.next() !== Cmd.of('endstream')) unsupported('a stream whose /Length is wrong');
    return bytes.subarray(start, start + length);
  }

  private fromObjectStream(streamNum: number, index: number, num: number): PdfObject {
    let objects = this.packed.get(streamNum);
    if (!objects) {
      const entry = this.entries.get(streamNum);
      if (entry?.kind !== 'offset') unsupported('an object stream inside an object stream');
      const stream = this.fetch(new Ref(streamNum, 0));
      if (!(stream instanceof Stream)) unsupported('an object stream that is not a stream');
      objects = parseObjectStream(decodeStream(stream, this.budget), stream.dict);
      this.packed.set(streamNum, objects);
    }
    const value = objects.get(num);
    if (value === undefined) unsupported(`object ${num} is not in object stream ${streamNum} (index ${index})`);
    return value;
  }
}

function parseObjectStream(bytes: Uint8Array, dict: Dict): Map<number, PdfObject> {
  const count = asNumber(dict.get('N'), '/N');
  const first = asNumber(dict.get('First'), '/First');
  if (count > LIMITS.objects || first > bytes.length) unsupported('a malformed object stream');
  const header = new Lexer(bytes, 0, first);
  const pairs: Array<[number, number]> = [];
  for (let index = 0; index < count; index += 1) pairs.push([asNumber(header.next() as PdfObject, 'an object number'), asNumber(header.next() as PdfObject, 'an offset')]);
  const objects = new Map<number, PdfObject>();
  for (const [num, offset] of pairs) {
    const lexer = new Lexer(bytes, first + offset);
    objects.set(num, parseObject(lexer));
  }
  return objects;
}

function findStartXref(bytes: Uint8Array): number {
  const tail = latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length);
  const at = tail.lastIndexOf('startxref');
  if (at < 0) unsupported('no startxref');
  const lexer = new Lexer(bytes, Math.max(0, bytes.length - 1024) + at + 'startxref'.length);
  const offset = lexer.next();
  if (typeof offset !== 'number') unsupported('a bad startxref');
  return offset;
}
