/// <reference types="pdfkit" />
import { fontFiles, type FontFamily } from './fonts.js';
import { breakLines, type Line, type Measure, type Token } from './line-breaker.js';

export type Face = 'regular' | 'bold' | 'italic';

/**
 * Measures and draws lines in one font family. Words are measured once per face and size:
 * a thousand-report benchmark corpus measures the same few thousand words millions of times.
 */
export class Typesetter {
  private readonly names: Record<Face, string>;
  private readonly widths = new Map<string, number>();
  /** False when the family's files are missing and a standard PDF font stands in. */
  readonly embedded: boolean;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    family: FontFamily,
    private readonly ligatures: boolean,
  ) {
    const files = fontFiles(family);
    this.embedded = files !== undefined;
    if (files) {
      for (const face of ['regular', 'bold', 'italic'] as const) doc.registerFont(face, files[face]);
      this.names = { regular: 'regular', bold: 'bold', italic: 'italic' };
    } else {
      const serif = family.includes('Serif');
      this.names = serif
        ? { regular: 'Times-Roman', bold: 'Times-Bold', italic: 'Times-Italic' }
        : { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
    }
  }

  /** The characters as drawn: fi and fl become ligature characters when the report types them so. */
  display(text: string): string {
    return this.ligatures && this.embedded ? text.replace(/fi/g, '\ufb01').replace(/fl/g, '\ufb02') : text;
  }

  width(text: string, face: Face, size: number): number {
    const key = `${face}|${size}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.doc.font(this.names[face]).fontSize(size).widthOfString(this.display(text));
      this.widths.set(key, width);
    }
    return width;
  }

  measure(face: Face, size: number): Measure {
    return {
      word: (text) => this.width(text, face, size),
      marker: (text) => this.width(text, face, markerSize(size)),
      space: this.width(' ', face, size),
    };
  }

  wrap(tokens: readonly Token[], widths: { first: number; rest: number }, face: Face, size: number): Line[] {
    return breakLines(tokens, widths, this.measure(face, size));
  }

  /** Draws a line whose top is at `y`; `width` given means justify to that width. */
  drawLine(line: Line, x: number, y: number, face: Face, size: number, width?: number): void {
    const gaps = line.pieces.length - 1;
    const extra = width !== undefined && gaps > 0 ? (width - line.width) / gaps : 0;
    const space = this.width(' ', face, size) + extra;
    let run: string[] = [];
    let runX = x;
    let cursor = x;
    const flush = (): void => {
      if (run.length > 0) this.text(run.join(' '), runX, y, face, size, extra);
      run = [];
    };
    line.pieces.forEach((piece, index) => {
      if (index > 0) cursor += space;
      if (run.length === 0) runX = cursor;
      run.push(piece.text);
      cursor += this.width(piece.text, face, size);
      if (piece.marker) {
        flush();
        this.text(piece.marker, cursor, y - size * 0.3, face, markerSize(size));
        cursor += this.width(piece.marker, face, markerSize(size));
      }
    });
    flush();
  }

  text(text: string, x: number, y: number, face: Face, size: number, wordSpacing = 0): void {
    this.doc.font(this.names[face]).fontSize(size).text(this.display(text), x, y, { lineBreak: false, wordSpacing });
  }
}

export function markerSize(size: number): number {
  return Math.round(size * 0.62 * 10) / 10;
}
