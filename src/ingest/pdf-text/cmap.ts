import { Cmd, PdfString } from './objects.js';
import { EOF, Lexer } from './lexer.js';
import { LIMITS, unsupported } from './unsupported.js';

const BEGIN_BFCHAR = Cmd.of('beginbfchar');
const END_BFCHAR = Cmd.of('endbfchar');
const BEGIN_BFRANGE = Cmd.of('beginbfrange');
const END_BFRANGE = Cmd.of('endbfrange');
const USECMAP = Cmd.of('usecmap');
/** pdf.js ignores a bfrange wider than this; so do we, by leaving the document to it. */
const MAX_RANGE = 2 ** 24 - 1;

/**
 * Reads a ToUnicode CMap's bfchar and bfrange sections into a map from character code to text,
 * decoding the UTF-16BE destinations (surrogate pairs included) and incrementing a range's
 * destination in its last byte, with pdf.js's carry into the byte before.
 */
export function parseToUnicode(bytes: Uint8Array): Map<number, string> {
  const map = new Map<number, string>();
  const lexer = new Lexer(bytes);
  for (let token = lexer.next(); token !== EOF; token = lexer.next()) {
    if (token === USECMAP) unsupported('a ToUnicode CMap that uses another');
    if (token === BEGIN_BFCHAR) {
      for (let source = lexer.next(); source !== END_BFCHAR; source = lexer.next()) {
        map.set(code(source), utf16(hex(lexer.next())));
        if (map.size > LIMITS.objects) unsupported('a ToUnicode CMap too large');
      }
    } else if (token === BEGIN_BFRANGE) {
      for (let low = lexer.next(); low !== END_BFRANGE; low = lexer.next()) readRange(lexer, code(low), code(lexer.next()), map);
    }
  }
  return map;
}

function readRange(lexer: Lexer, low: number, high: number, map: Map<number, string>): void {
  if (high < low || high - low > MAX_RANGE || map.size + (high - low) > LIMITS.objects) unsupported('a bfrange too wide');
  const target = lexer.next();
  if (target === Cmd.of('[')) {
    for (let source = low, item = lexer.next(); item !== Cmd.of(']'); source += 1, item = lexer.next()) {
      const text = utf16(hex(item));
      if (source <= high) map.set(source, text);
    }
    return;
  }
  let destination = hex(target);
  if (destination.length === 0) unsupported('an empty bfrange destination');
  const last = destination.length - 1;
  for (let source = low; source <= high; source += 1) {
    map.set(source, utf16(destination));
    const next = destination.charCodeAt(last) + 1;
    destination =
      next > 0xff
        ? destination.substring(0, last - 1) + String.fromCharCode(destination.charCodeAt(last - 1) + 1) + '\x00'
        : destination.substring(0, last) + String.fromCharCode(next);
  }
}

function hex(token: unknown): string {
  if (!(token instanceof PdfString)) unsupported('a ToUnicode CMap entry that is not a string');
  return token.bytes;
}

function code(token: unknown): number {
  const bytes = hex(token);
  if (bytes.length === 0 || bytes.length > 4) unsupported('a ToUnicode source code of a bad length');
  let value = 0;
  for (let index = 0; index < bytes.length; index += 1) value = value * 256 + bytes.charCodeAt(index);
  return value;
}

/** UTF-16BE bytes to text, as pdf.js decodes a ToUnicode destination. */
function utf16(bytes: string): string {
  const padded = bytes.length % 2 === 0 ? bytes : `\x00${bytes}`;
  const units: number[] = [];
  for (let index = 0; index < padded.length; index += 2) {
    const high = (padded.charCodeAt(index) << 8) | padded.charCodeAt(index + 1);
    if ((high & 0xf800) !== 0xd800) {
      units.push(high);
      continue;
    }
    index += 2;
    const low = (padded.charCodeAt(index) << 8) | padded.charCodeAt(index + 1);
    units.push(((high & 0x3ff) << 10) + (low & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...units);
}
