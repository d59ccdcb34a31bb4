import { unsupported } from './unsupported.js';

/** One object per distinct text: names and operators are compared by identity. */
function interned<T>(make: (text: string) => T): (text: string) => T {
  const table = new Map<string, T>();
  return (text) => {
    let found = table.get(text);
    if (!found) table.set(text, (found = make(text)));
    return found;
  };
}

/** The PDF object model the fast reader parses into. Strings are binary strings: one char a byte. */
export class Name {
  private constructor(readonly name: string) {}
  static readonly of = interned((name) => new Name(name));
}

/** A content-stream operator such as `Tj` or `BT`. */
export class Cmd {
  private constructor(readonly cmd: string) {}
  static readonly of = interned((cmd) => new Cmd(cmd));
}

export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfString {
  constructor(readonly data: Uint8Array) {}
  /** The bytes as a binary string: one char a byte. */
  get bytes(): string {
    return Buffer.from(this.data.buffer, this.data.byteOffset, this.data.length).toString('latin1');
  }
}

export class Dict {
  constructor(readonly map: Map<string, PdfObject> = new Map()) {}
  get(key: string): PdfObject | undefined {
    return this.map.get(key);
  }
}

export class Stream {
  constructor(
    readonly dict: Dict,
    /** The stream's bytes as stored, before any filter. */
    readonly raw: Uint8Array,
  ) {}
}

export type PdfObject = number | boolean | null | Name | PdfString | Ref | Dict | Stream | PdfObject[];

export function isName(value: PdfObject | undefined, name?: string): value is Name {
  return value instanceof Name && (name === undefined || value.name === name);
}

export function asNumber(value: PdfObject | undefined, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) unsupported(`${what} is not a number`);
  return value;
}

export function asDict(value: PdfObject | undefined, what: string): Dict {
  if (value instanceof Dict) return value;
  if (value instanceof Stream) return value.dict;
  unsupported(`${what} is not a dictionary`);
}

export function asArray(value: PdfObject | undefined, what: string): PdfObject[] {
  if (!Array.isArray(value)) unsupported(`${what} is not an array`);
  return value;
}
