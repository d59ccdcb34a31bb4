/**
 * REFI-QDA counts positions in a plain-text source in Unicode characters (code points), from 0, with
 * the end after the last character; JavaScript strings count UTF-16 code units, where a character
 * outside the Basic Multilingual Plane (an emoji, U+1F600) takes two. These convert between them.
 */

/** codePointLength('a😀b') === 3 (the string's .length is 4) */
export function codePointLength(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    // A low surrogate after a high one ends a character already counted.
    if (!(unit >= 0xdc00 && unit <= 0xdfff && at > 0 && isHigh(text.charCodeAt(at - 1)))) count++;
  }
  return count;
}

/**
 * The UTF-16 offset of the character at `position` (code points), or null past the end.
 * utf16Offset('a😀b', 2) === 3
 */
export function utf16Offset(text: string, position: number): number | null {
  if (!Number.isInteger(position) || position < 0) return null;
  let at = 0;
  for (let seen = 0; seen < position; seen++) {
    if (at >= text.length) return null;
    at += isHigh(text.charCodeAt(at)) && at + 1 < text.length ? 2 : 1;
  }
  return at <= text.length ? at : null;
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
