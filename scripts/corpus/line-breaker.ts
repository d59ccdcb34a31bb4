import { breakPoints } from './hyphenate.js';

/** A word to set, with the footnote marker drawn after it, if any. */
export interface Token {
  text: string;
  marker?: string;
  /** Never hyphenated (a paragraph number set inline). */
  whole?: boolean;
}

export interface Line {
  pieces: Token[];
  /** Width with single spaces, before justification. */
  width: number;
}

export interface Measure {
  word(text: string): number;
  marker(text: string): number;
  space: number;
}

/**
 * Greedy line filling with hyphenation: a word that does not fit is broken at its last break
 * point that fits, the head taking a hyphen (or keeping its own, for a compound).
 */
export function breakLines(tokens: readonly Token[], widths: { first: number; rest: number }, measure: Measure): Line[] {
  const lines: Line[] = [];
  let pieces: Token[] = [];
  let width = 0;
  const available = (): number => (lines.length === 0 ? widths.first : widths.rest);
  const tokenWidth = (token: Token): number => measure.word(token.text) + (token.marker ? measure.marker(token.marker) : 0);
  const finish = (): void => {
    lines.push({ pieces, width });
    pieces = [];
    width = 0;
  };

  for (const original of tokens) {
    let token: Token | undefined = original;
    while (token) {
      const gap = pieces.length > 0 ? measure.space : 0;
      const needed = tokenWidth(token);
      if (width + gap + needed <= available() || (pieces.length === 0 && !canSplit(token))) {
        pieces.push(token);
        width += gap + needed;
        token = undefined;
        continue;
      }
      const split: { head: Token; tail: Token } | undefined = token.whole
        ? undefined
        : splitToFit(token, available() - width - gap, measure);
      if (split) {
        pieces.push(split.head);
        width += gap + measure.word(split.head.text);
        token = split.tail;
      } else if (pieces.length === 0) {
        pieces.push(token);
        width = needed;
        token = undefined;
      }
      finish();
    }
  }
  if (pieces.length > 0) finish();
  return lines;
}

function canSplit(token: Token): boolean {
  return !token.whole && breakPoints(token.text).length > 0;
}

function splitToFit(token: Token, room: number, measure: Measure): { head: Token; tail: Token } | undefined {
  const points = breakPoints(token.text).reverse();
  for (const at of points) {
    const start = token.text.slice(0, at);
    const head = start.endsWith('-') ? start : `${start}-`;
    if (measure.word(head) <= room) {
      return { head: { text: head }, tail: { text: token.text.slice(at), marker: token.marker } };
    }
  }
  return undefined;
}
