import { parseToUnicode } from './cmap.js';
import { decodeStream } from './filters.js';
import { asDict, Dict, isName, Name, Ref, Stream, type PdfObject } from './objects.js';
import { unsupported } from './unsupported.js';
import type { XrefTable } from './xref.js';

/** One character of a shown string, as pdf.js's text extraction sees it. */
export interface Glyph {
  code: number;
  unicode: string;
  /** Advance in glyph space (thousandths of the font size). */
  width: number;
  isWhitespace: boolean;
  isZeroWidthDiacritic: boolean;
  isInvisibleFormatMark: boolean;
  /** The text has a character pdf.js's normalizeUnicode may rewrite (all are at U+00A0 or above). */
  mayNormalize: boolean;
}

/** A font the fast reader can read: one- or two-byte codes, every one mapped to Unicode. */
export interface PdfFont {
  bytesPerCode: 1 | 2;
  glyph(code: number): Glyph;
}

/** pdf.js's own test of a glyph's Unicode text (note the anchors: whitespace first, format mark last). */
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;

/**
 * Loads the fonts the common producers write: simple TrueType/Type1 fonts with /Widths, and Type0
 * fonts with Identity-H over a CIDFont with /W and /DW, each with a ToUnicode CMap. Anything else
 * (Type3, no ToUnicode, a predefined CMap, vertical writing) is Unsupported.
 */
export class FontLoader {
  private readonly loaded = new Map<number | Dict, PdfFont>();
  constructor(private readonly xref: XrefTable) {}

  load(value: PdfObject | undefined): PdfFont {
    const key = value instanceof Ref ? value.num : asDict(value, 'a font');
    let font = this.loaded.get(key);
    if (!font) {
      font = this.read(asDict(this.xref.resolve(value), 'a font'));
      this.loaded.set(key, font);
    }
    return font;
  }

  private read(dict: Dict): PdfFont {
    const subtype = this.xref.resolve(dict.get('Subtype'));
    const toUnicode = this.xref.resolve(dict.get('ToUnicode'));
    if (!(toUnicode instanceof Stream)) unsupported('a font without a ToUnicode CMap');
    const unicode = parseToUnicode(decodeStream(toUnicode, this.xref.budget));
    if (isName(subtype, 'Type0')) return this.readType0(dict, unicode);
    if (isName(subtype, 'TrueType') || isName(subtype, 'Type1')) return this.readSimple(dict, unicode);
    return unsupported(`a ${subtype instanceof Name ? subtype.name : 'strange'} font`);
  }

  private readSimple(dict: Dict, unicode: Map<number, string>): PdfFont {
    const resolve = (key: string): PdfObject | undefined => this.xref.resolve(dict.get(key));
    // Without a descriptor pdf.js takes the standard fonts' metrics (a different default width).
    const descriptor = resolve('FontDescriptor');
    if (!(descriptor instanceof Dict)) unsupported('a simple font without a FontDescriptor');
    if (isName(this.xref.resolve(dict.get('Subtype')), 'Type1') && !(descriptor.get('FontFile') ?? descriptor.get('FontFile3'))) unsupported('a Type1 font that is not embedded');
    const widths = resolve('Widths');
    const firstChar = resolve('FirstChar');
    if (!Array.isArray(widths) || typeof firstChar !== 'number') unsupported('a simple font without /Widths');
    const table = new Map<number, number>();
    widths.forEach((width, index) => {
      const value = this.xref.resolve(width);
      if (typeof value === 'number') table.set(firstChar + index, value);
    });
    const missing = this.xref.resolve(descriptor.get('MissingWidth'));
    return new MappedFont(1, unicode, table, typeof missing === 'number' ? missing : 0);
  }

  private readType0(dict: Dict, unicode: Map<number, string>): PdfFont {
    if (!isName(this.xref.resolve(dict.get('Encoding')), 'Identity-H')) unsupported('a Type0 font with an encoding other than Identity-H');
    const descendants = this.xref.resolve(dict.get('DescendantFonts'));
    if (!Array.isArray(descendants) || descendants.length < 1) unsupported('a Type0 font without a descendant');
    const cidFont = asDict(this.xref.resolve(descendants[0]), 'a CIDFont');
    // Without a descriptor pdf.js reads a Type0 font as a simple one, one byte a code.
    if (!(this.xref.resolve(cidFont.get('FontDescriptor')) instanceof Dict)) unsupported('a CIDFont without a FontDescriptor');
    if (cidFont.get('CIDToGIDMap') !== undefined && !isName(this.xref.resolve(cidFont.get('CIDToGIDMap')), 'Identity')) unsupported('a CIDToGIDMap stream');
    const dw = this.xref.resolve(cidFont.get('DW'));
    return new MappedFont(2, unicode, this.cidWidths(this.xref.resolve(cidFont.get('W'))), typeof dw === 'number' ? Math.ceil(dw) : 1000);
  }

  /** A CIDFont's /W array, read as pdf.js reads it (a malformed tail is ignored from there on). */
  private cidWidths(value: PdfObject | undefined): Map<number, number> {
    const table = new Map<number, number>();
    if (!Array.isArray(value)) return table;
    for (let index = 0; index < value.length; index += 1) {
      let start = this.xref.resolve(value[index++]);
      if (typeof start !== 'number' || !Number.isInteger(start)) break;
      const next = this.xref.resolve(value[index]);
      if (Array.isArray(next)) {
        for (const item of next) {
          const width = this.xref.resolve(item);
          if (typeof width === 'number') table.set(start, width);
          start += 1;
        }
      } else if (typeof next === 'number' && Number.isInteger(next)) {
        const width = this.xref.resolve(value[++index]);
        if (typeof width !== 'number') continue;
        if (next - start > 65_536) unsupported('a /W range too wide');
        for (let cid = start; cid <= next; cid += 1) table.set(cid, width);
      } else break;
    }
    return table;
  }
}

class MappedFont implements PdfFont {
  private readonly cache: Array<Glyph | undefined> = [];

  constructor(
    readonly bytesPerCode: 1 | 2,
    private readonly unicode: Map<number, string>,
    private readonly widths: Map<number, number>,
    private readonly defaultWidth: number,
  ) {}

  glyph(code: number): Glyph {
    let glyph = this.cache[code];
    if (glyph) return glyph;
    const unicode = this.unicode.get(code);
    if (!unicode) unsupported(`character code ${code} has no Unicode mapping`);
    if (/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u.test(unicode)) unsupported('right-to-left text');
    const groups = SPECIAL_CHAR.exec(unicode);
    glyph = {
      code,
      unicode,
      width: this.widths.get(code) ?? this.defaultWidth,
      isWhitespace: !!groups?.[1],
      isZeroWidthDiacritic: !!groups?.[2],
      isInvisibleFormatMark: !!groups?.[3],
      mayNormalize: /[^\u0000-\u009f]/u.test(unicode),
    };
    this.cache[code] = glyph;
    return glyph;
  }
}
