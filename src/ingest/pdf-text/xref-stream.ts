import { asArray, asNumber, type Dict } from './objects.js';
import { LIMITS, unsupported } from './unsupported.js';

/** Where an object lives: at a byte offset, or at an index inside an object stream. */
export type XrefEntry = { kind: 'offset'; offset: number; gen: number } | { kind: 'packed'; stream: number; index: number };

/** The entries of a cross-reference stream (PDF 1.5): rows of /W byte widths over /Index ranges. */
export function readXrefStream(bytes: Uint8Array, dict: Dict): Array<[number, XrefEntry | null]> {
  const widths = asArray(dict.get('W'), '/W').map((width) => asNumber(width, 'a /W width'));
  if (widths.length !== 3 || widths.some((width) => width < 0 || width > 8)) unsupported('a bad /W in an xref stream');
  const size = asNumber(dict.get('Size'), '/Size');
  const index = dict.get('Index') === undefined ? [0, size] : asArray(dict.get('Index'), '/Index').map((value) => asNumber(value, 'an /Index value'));
  const [typeWidth, fieldWidth, genWidth] = widths as [number, number, number];
  const rowWidth = typeWidth + fieldWidth + genWidth;
  const entries: Array<[number, XrefEntry | null]> = [];
  let pos = 0;
  for (let range = 0; range + 1 < index.length; range += 2) {
    const start = index[range]!;
    const count = index[range + 1]!;
    if (start + count > LIMITS.objects) unsupported('too many objects');
    for (let row = 0; row < count; row += 1) {
      if (pos + rowWidth > bytes.length) unsupported('an xref stream cut short');
      const type = typeWidth === 0 ? 1 : field(bytes, pos, typeWidth);
      const second = field(bytes, pos + typeWidth, fieldWidth);
      const third = field(bytes, pos + typeWidth + fieldWidth, genWidth);
      pos += rowWidth;
      if (type === 0) entries.push([start + row, null]);
      else if (type === 1) entries.push([start + row, { kind: 'offset', offset: second, gen: third }]);
      else if (type === 2) entries.push([start + row, { kind: 'packed', stream: second, index: third }]);
    }
  }
  return entries;
}

function field(bytes: Uint8Array, pos: number, width: number): number {
  let value = 0;
  for (let index = 0; index < width; index += 1) value = value * 256 + bytes[pos + index]!;
  return value;
}
