/// <reference types="pdfkit" />
import type { Line, Token } from './line-breaker.js';
import type { Paragraph } from './report-model.js';
import type { Table } from './sections.js';
import { markerSize, type Typesetter } from './pdf-typesetter.js';

export const PAGE = { width: 595.28, height: 841.89, left: 72, right: 72, top: 84, bottom: 80 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

interface PageFootnote {
  marker: string;
  lines: Line[];
}

/**
 * Flows blocks down pages: keeps headings with what follows, keeps two lines of a paragraph
 * together at a page foot, and reserves room at the bottom for the footnotes whose markers are
 * on the page (drawn at the end, once each page's footnotes are known).
 */
export class PageFlow {
  page = -1;
  y = 0;
  private reserved = 0;
  private readonly footnotes: PageFootnote[][] = [];
  private readonly lineHeight: number;
  private readonly noteSize: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly type: Typesetter,
    private readonly size: number,
    private readonly justify: boolean,
    private readonly hanging: boolean,
  ) {
    this.lineHeight = size * 1.38;
    this.noteSize = Math.max(8, Math.round(size * 0.78 * 2) / 2);
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.page++;
    this.y = PAGE.top;
    this.reserved = 0;
    this.footnotes[this.page] = [];
  }

  get atTop(): boolean {
    return this.y === PAGE.top;
  }

  /** Draws a heading and returns its page; `level` 1 is a section, 2 a subsection. */
  heading(text: string, level: 1 | 2): number {
    const size = level === 1 ? this.size + 3 : this.size + 1;
    const before = this.atTop ? 0 : level === 1 ? this.size * 1.1 : this.size * 0.6;
    if (!this.fits(before + size * 1.4 + this.lineHeight * 3)) this.newPage();
    else this.y += before;
    this.type.text(text, PAGE.left, this.y, 'bold', size);
    this.y += size * 1.6;
    return this.page;
  }

  /** Sets a numbered paragraph and returns the page on which its number is printed. */
  paragraph(paragraph: Paragraph): number {
    const words: Token[] = paragraph.text.split(' ').map((text) => ({ text }));
    const note = paragraph.footnote;
    const marked = note ? words[note.afterWord] : undefined;
    if (note && marked) marked.marker = String(note.number);
    const indent = this.hanging ? this.size * 4.2 : 0;
    if (!this.hanging) words.unshift({ text: paragraph.number, whole: true });
    const lines = this.type.wrap(words, { first: TEXT_WIDTH - indent, rest: TEXT_WIDTH - indent }, 'regular', this.size);
    if (!this.fits(this.lineHeight * Math.min(2, lines.length))) this.newPage();
    const first = this.page;
    if (this.hanging) this.type.text(paragraph.number, PAGE.left, this.y, 'regular', this.size);
    lines.forEach((line, index) => {
      const marker = line.pieces.find((piece) => piece.marker)?.marker;
      const noteLines = marker && note ? this.noteLines(note.text) : [];
      if (!this.fits(this.lineHeight + this.noteHeight(noteLines.length))) this.newPage();
      if (marker) {
        this.reserved += this.noteHeight(noteLines.length);
        this.footnotes[this.page]?.push({ marker, lines: noteLines });
      }
      const last = index === lines.length - 1;
      this.type.drawLine(line, PAGE.left + indent, this.y, 'regular', this.size, this.justify && !last ? TEXT_WIDTH - indent : undefined);
      this.y += this.lineHeight;
    });
    this.y += this.size * 0.7;
    return first;
  }

  /** A ruled table whose header row repeats after a page break. */
  table(table: Table, caption: string): void {
    const size = this.size - 1.5;
    const lineHeight = size * 1.3;
    const columns = table.columns.map((column) => TEXT_WIDTH * column.width);
    const cells = (texts: string[], face: 'regular' | 'bold'): Line[][] =>
      texts.map((text, i) => this.type.wrap(text.split(' ').map((word) => ({ text: word })), { first: (columns[i] ?? 0) - 8, rest: (columns[i] ?? 0) - 8 }, face, size));
    const header = cells(table.columns.map((column) => column.title), 'bold');
    const drawRow = (row: Line[][], face: 'regular' | 'bold'): void => {
      const height = Math.max(...row.map((lines) => lines.length)) * lineHeight + 6;
      let x = PAGE.left;
      row.forEach((lines, i) => {
        const width = columns[i] ?? 0;
        if (face === 'bold') this.doc.rect(x, this.y, width, height).fillColor('#e4e4e4').fill().fillColor('black');
        this.doc.lineWidth(0.5).rect(x, this.y, width, height).stroke();
        lines.forEach((line, n) => this.type.drawLine(line, x + 4, this.y + 3 + n * lineHeight, face, size));
        x += width;
      });
      this.y += height;
    };
    if (!this.fits(this.lineHeight * 2 + lineHeight * 4)) this.newPage();
    else this.y += this.size * 0.3;
    this.type.text(caption, PAGE.left, this.y, 'italic', this.size - 1);
    this.y += this.lineHeight;
    drawRow(header, 'bold');
    for (const row of table.rows) {
      const body = cells(row, 'regular');
      if (!this.fits(Math.max(...body.map((lines) => lines.length)) * lineHeight + 6)) {
        this.newPage();
        drawRow(header, 'bold');
      }
      drawRow(body, 'regular');
    }
    this.y += this.size * 1.2;
  }

  /** Draws each page's footnotes above the bottom margin, under a short rule. */
  drawFootnotes(): void {
    this.footnotes.forEach((notes, page) => {
      if (notes.length === 0) return;
      this.doc.switchToPage(page);
      const lines = notes.reduce((sum, note) => sum + note.lines.length, 0);
      let y = PAGE.height - PAGE.bottom - lines * this.noteLine;
      this.doc.lineWidth(0.5).moveTo(PAGE.left, y - this.noteGap / 2).lineTo(PAGE.left + 144, y - this.noteGap / 2).stroke();
      for (const note of notes) {
        this.type.text(note.marker, PAGE.left, y - this.noteSize * 0.3, 'regular', markerSize(this.noteSize));
        note.lines.forEach((line, n) => this.type.drawLine(line, PAGE.left + 10, y + n * this.noteLine, 'regular', this.noteSize));
        y += note.lines.length * this.noteLine;
      }
    });
  }

  private get noteGap(): number {
    return this.noteSize * 1.5;
  }

  private get noteLine(): number {
    return this.noteSize * 1.25;
  }

  private noteLines(text: string): Line[] {
    return this.type.wrap(text.split(' ').map((word) => ({ text: word })), { first: TEXT_WIDTH - 10, rest: TEXT_WIDTH - 10 }, 'regular', this.noteSize);
  }

  /** A footnote's height; the first on a page also pays for the rule above the notes. */
  private noteHeight(lines: number): number {
    if (lines === 0) return 0;
    return lines * this.noteLine + (this.reserved === 0 ? this.noteGap : 0);
  }

  private fits(height: number): boolean {
    return this.y + height <= PAGE.height - PAGE.bottom - this.reserved;
  }
}
