/**
 * Text whose line breaks are joined into single spaces, with a map back to the original offsets.
 * PDF paragraphs arrive wrapped; wink-nlp reads a line break as a token of its own, which would
 * split phrases ("not\nshared"), so the tagger reads the unwrapped copy and reports spans in the
 * original text through `toOriginal`.
 */
export interface UnwrappedText {
  text: string;
  /**
   * toOriginal[i] is the offset in the original text of character i of `text`, with one extra
   * entry for the end; null when the text had no line break and offsets are unchanged.
   */
  toOriginal: number[] | null;
}

const WRAP = /[ \t]*\r?\n[\s]*/g;

/**
 * unwrapLines('not\n  shared') -> { text: 'not shared', ... }; a hyphen at the line end joins the
 * halves without a space ('child-\ncentred' -> 'child-centred').
 */
export function unwrapLines(original: string): UnwrappedText {
  if (!original.includes('\n')) return { text: original, toOriginal: null };
  const parts: string[] = [];
  const map: number[] = [];
  let from = 0;
  for (const found of original.matchAll(WRAP)) {
    const at = found.index;
    pushSlice(original, from, at, parts, map);
    const joinsHyphen = at > 0 && original[at - 1] === '-';
    if (!joinsHyphen) {
      parts.push(' ');
      map.push(at);
    }
    from = at + found[0].length;
  }
  pushSlice(original, from, original.length, parts, map);
  map.push(original.length);
  return { text: parts.join(''), toOriginal: map };
}

function pushSlice(original: string, from: number, to: number, parts: string[], map: number[]): void {
  parts.push(original.slice(from, to));
  for (let i = from; i < to; i += 1) map.push(i);
}

