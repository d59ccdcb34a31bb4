import { Cmd, Name, PdfString } from './objects.js';
import { unsupported } from './unsupported.js';

/** What the lexer reads: a simple value, an operator or delimiter (as a Cmd), or the end. */
export type Token = number | boolean | null | Name | PdfString | Cmd | typeof EOF;
export const EOF = Symbol('EOF');

const WHITE = new Uint8Array(256);
for (const code of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITE[code] = 1;
const DELIMITER = new Uint8Array(256);
for (const char of '()<>[]{}/%') DELIMITER[char.charCodeAt(0)] = 1;
/** Bytes that end a regular token (a number, an operator, a keyword): white space and delimiters. */
const TOKEN_END = WHITE.map((white, code) => white | DELIMITER[code]!);
const ESCAPES: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };

export const OPEN_ARRAY = Cmd.of('[');
export const CLOSE_ARRAY = Cmd.of(']');
export const OPEN_DICT = Cmd.of('<<');
export const CLOSE_DICT = Cmd.of('>>');

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x57;
  return -1;
}

/**
 * Splits PDF bytes into tokens, strictly: anything pdf.js would have to repair (a stray `)`, a
 * malformed number, a raw carriage return inside a string) is Unsupported rather than guessed.
 */
export class Lexer {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
    readonly end = bytes.length,
  ) {}

  skipWhite(): void {
    const { bytes, end } = this;
    while (this.pos < end) {
      const code = bytes[this.pos]!;
      if (WHITE[code]) this.pos += 1;
      else if (code === 0x25) {
        while (this.pos < end && bytes[this.pos] !== 0x0a && bytes[this.pos] !== 0x0d) this.pos += 1;
      } else return;
    }
  }

  next(): Token {
    this.skipWhite();
    const { bytes } = this;
    if (this.pos >= this.end) return EOF;
    const code = bytes[this.pos]!;
    switch (code) {
      case 0x28:
        return this.literalString();
      case 0x2f:
        return this.name();
      case 0x5b:
        this.pos += 1;
        return OPEN_ARRAY;
      case 0x5d:
        this.pos += 1;
        return CLOSE_ARRAY;
      case 0x3c:
        if (bytes[this.pos + 1] === 0x3c) {
          this.pos += 2;
          return OPEN_DICT;
        }
        return this.hexString();
      case 0x3e:
        if (bytes[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return CLOSE_DICT;
        }
        return unsupported('a stray ">"');
      default:
        return this.regular();
    }
  }

  private regular(): Token {
    const { bytes, end } = this;
    const start = this.pos;
    let pos = start;
    while (pos < end && !TOKEN_END[bytes[pos]!]) pos += 1;
    this.pos = pos;
    if (pos === start) unsupported(`an unexpected delimiter "${String.fromCharCode(bytes[start]!)}"`);
    const first = bytes[start]!;
    if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) return readNumber(bytes, start, pos);
    if (pos - start <= 3) return shortCmd(bytes, start, pos);
    const word = latin1(bytes, start, pos);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return Cmd.of(word);
  }

  private name(): Name {
    const { bytes, end } = this;
    this.pos += 1;
    let name = '';
    while (this.pos < end && !WHITE[bytes[this.pos]!] && !DELIMITER[bytes[this.pos]!]) {
      const code = bytes[this.pos]!;
      if (code === 0x23) {
        const value = (hexValue(bytes[this.pos + 1] ?? 0) << 4) | hexValue(bytes[this.pos + 2] ?? 0);
        if (value < 0) unsupported('a malformed #xx escape in a name');
        name += String.fromCharCode(value);
        this.pos += 3;
      } else {
        name += String.fromCharCode(code);
        this.pos += 1;
      }
    }
    return Name.of(name);
  }

  /** A `<...>` string, decoded straight into an array of its size (white space inside makes it a view of a shorter part). */
  private hexString(): PdfString {
    const { bytes, end } = this;
    const close = bytes.indexOf(0x3e, this.pos + 1);
    if (close < 0 || close >= end) unsupported('an unterminated hex string');
    const out = new Uint8Array((close - this.pos) >> 1);
    let length = 0;
    let high = -1;
    for (let pos = this.pos + 1; pos < close; pos += 1) {
      const code = bytes[pos]!;
      if (WHITE[code]) continue;
      const value = hexValue(code);
      if (value < 0) unsupported('a hex string with a non-hex character');
      if (high < 0) high = value;
      else {
        out[length++] = (high << 4) | value;
        high = -1;
      }
    }
    if (high >= 0) out[length++] = high << 4;
    this.pos = close + 1;
    return new PdfString(length === out.length ? out : out.subarray(0, length));
  }

  private literalString(): PdfString {
    const { bytes, end } = this;
    this.pos += 1;
    const codes = new StringBuilder();
    let depth = 1;
    while (this.pos < end) {
      let code = bytes[this.pos]!;
      this.pos += 1;
      if (code === 0x0d) unsupported('a raw carriage return inside a string');
      if (code === 0x28) depth += 1;
      else if (code === 0x29 && --depth === 0) return codes.done();
      else if (code === 0x5c) {
        code = bytes[this.pos] ?? unsupported('an unterminated string');
        this.pos += 1;
        if (code >= 0x30 && code <= 0x37) {
          let value = code - 0x30;
          for (let digits = 1; digits < 3 && bytes[this.pos]! >= 0x30 && bytes[this.pos]! <= 0x37; digits += 1) value = value * 8 + bytes[this.pos++]! - 0x30;
          codes.push(value & 0xff);
          continue;
        }
        if (code === 0x0a) continue;
        if (code === 0x0d) {
          if (bytes[this.pos] === 0x0a) this.pos += 1;
          continue;
        }
        const escaped = ESCAPES[code];
        if (escaped === undefined) unsupported('an unknown escape in a string');
        codes.push(escaped);
        continue;
      }
      codes.push(code);
    }
    return unsupported('an unterminated string');
  }
}

/** Operators of up to three bytes, keyed by their bytes, so the hot path builds no string. */
const SHORT_CMDS = new Map<number, Cmd>();

function shortCmd(bytes: Uint8Array, start: number, end: number): Cmd {
  let key = end - start;
  for (let index = start; index < end; index += 1) key = key * 256 + bytes[index]!;
  let cmd = SHORT_CMDS.get(key);
  if (!cmd) {
    cmd = Cmd.of(latin1(bytes, start, end));
    SHORT_CMDS.set(key, cmd);
  }
  return cmd;
}

/**
 * A number read as pdf.js reads it (all the digits as one integer, then divided by a power of
 * ten), so the value is the same to the bit; anything but sign, digits and one point is Unsupported.
 */
function readNumber(bytes: Uint8Array, start: number, end: number): number {
  let pos = start;
  let sign = 1;
  if (bytes[pos] === 0x2d) {
    sign = -1;
    pos += 1;
  } else if (bytes[pos] === 0x2b) pos += 1;
  let value = 0;
  let divideBy = 0;
  let digits = 0;
  for (; pos < end; pos += 1) {
    const code = bytes[pos]!;
    if (code >= 0x30 && code <= 0x39) {
      value = value * 10 + (code - 0x30);
      if (divideBy !== 0) divideBy *= 10;
      digits += 1;
    } else if (code === 0x2e && divideBy === 0) divideBy = 1;
    else unsupported(`a malformed number "${latin1(bytes, start, Math.min(end, start + 20))}"`);
  }
  if (digits === 0) unsupported('a number without digits');
  if (divideBy !== 0) value /= divideBy;
  return sign * value;
}

export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let index = start; index < end; index += 1) text += String.fromCharCode(bytes[index]!);
  return text;
}

/** Collects a string's bytes in one scratch buffer shared by all lexers (they never interleave). */
let scratch = new Uint8Array(1024);

class StringBuilder {
  private length = 0;
  push(byte: number): void {
    if (this.length === scratch.length) {
      const grown = new Uint8Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[this.length++] = byte;
  }
  done(): PdfString {
    return new PdfString(scratch.slice(0, this.length));
  }
}
