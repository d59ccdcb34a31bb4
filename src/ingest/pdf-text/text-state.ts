import type { PdfFont } from './fonts.js';

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** pdf.js's Util.transform, with its exact order of operations so the figures match to the bit. */
export function transform(m1: readonly number[], m2: readonly number[]): Matrix {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}

/** The graphics and text state that text extraction needs, saved by q and restored by Q. */
export class TextState {
  ctm: Matrix = [...IDENTITY];
  font: PdfFont | null = null;
  fontName: string | null = null;
  fontSize = 0;
  textMatrix: Matrix = [...IDENTITY];
  textLineMatrix: Matrix = [...IDENTITY];
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  clone(): TextState {
    const copy = Object.assign(new TextState(), this);
    copy.textMatrix = [...this.textMatrix];
    copy.textLineMatrix = [...this.textLineMatrix];
    return copy;
  }

  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = [...this.textLineMatrix];
  }

  /** The text rendering matrix: where the next glyph is drawn, and at what size. */
  currentTransform(): Matrix {
    return this.writeTransform([0, 0, 0, 0, 0, 0]);
  }

  /**
   * currentTransform written into `out`, without the garbage of two arrays a glyph: the same
   * arithmetic as transform(ctm, transform(textMatrix, [size * scale, 0, 0, size, 0, rise])),
   * zero terms included, so the bits are the same.
   */
  writeTransform(out: Matrix): Matrix {
    const t = this.textMatrix;
    const c = this.ctm;
    const sx = this.fontSize * this.textHScale;
    const sy = this.fontSize;
    const rise = this.textRise;
    const a = t[0] * sx + t[2] * 0;
    const b = t[1] * sx + t[3] * 0;
    const cc = t[0] * 0 + t[2] * sy;
    const d = t[1] * 0 + t[3] * sy;
    const e = t[0] * 0 + t[2] * rise + t[4];
    const f = t[1] * 0 + t[3] * rise + t[5];
    out[0] = c[0] * a + c[2] * b;
    out[1] = c[1] * a + c[3] * b;
    out[2] = c[0] * cc + c[2] * d;
    out[3] = c[1] * cc + c[3] * d;
    out[4] = c[0] * e + c[2] * f + c[4];
    out[5] = c[1] * e + c[3] * f + c[5];
    return out;
  }
}
