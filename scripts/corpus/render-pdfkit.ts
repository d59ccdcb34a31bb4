import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { PAGE, PageFlow } from './pdf-flow.js';
import { Typesetter } from './pdf-typesetter.js';
import type { ReportModel } from './report-model.js';
import { MONTHS } from './vocabulary.js';

/** Where each paragraph landed: what the ground truth needs from a renderer. */
export interface Rendered {
  pages: number;
  /** Paragraph number -> 1-based physical page on which the number is printed. */
  paragraphPages: Map<string, number>;
}

interface ContentsEntry {
  title: string;
  page: number;
  level: 1 | 2;
}

/**
 * Lays out a report with pdfkit. A cover sheet, when present, stands in front of the report as a
 * repository adds it, so the report's own page numbers start on the title page.
 */
export async function renderPdfkit(model: ReportModel, file: string): Promise<Rendered> {
  const doc = new PDFDocument({ autoFirstPage: false, bufferPages: true, info: documentInfo(model) });
  const written = finished(doc.pipe(createWriteStream(file)));
  const type = new Typesetter(doc, model.style.font, model.style.ligatures);
  const size = model.style.fontSize;
  const flow = new PageFlow(doc, type, size, model.style.justify, model.style.numberLayout === 'hanging');
  const offset = model.printed.coverSheet ? 1 : 0;

  if (model.printed.coverSheet) {
    flow.newPage();
    drawCoverSheet(model, type);
  }
  flow.newPage();
  drawTitlePage(model, type);
  flow.newPage();
  const contentsPage = flow.page;

  const paragraphPages = new Map<string, number>();
  const contents: ContentsEntry[] = [];
  let tables = 0;
  flow.newPage();
  for (const section of model.sections) {
    if (model.style.sectionsOnNewPage && !flow.atTop) flow.newPage();
    const page = flow.heading(`${section.number}. ${section.title}`, 1);
    contents.push({ title: `${section.number}. ${section.title}`, page: page + 1 - offset, level: 1 });
    for (const block of section.blocks) {
      if (block.type === 'heading') {
        const subPage = flow.heading(`${block.number} ${block.title}`, 2);
        contents.push({ title: `${block.number} ${block.title}`, page: subPage + 1 - offset, level: 2 });
      } else if (block.type === 'table') {
        flow.table(block.table, `Table ${++tables}: ${block.table.caption}`);
      } else {
        paragraphPages.set(block.paragraph.number, flow.paragraph(block.paragraph) + 1);
      }
    }
  }
  flow.drawFootnotes();
  drawContents(doc, type, contentsPage, contents, size);
  const pages = flow.page + 1;
  drawRunningText(doc, model, type, offset, pages);
  doc.end();
  await written;
  return { pages, paragraphPages };
}

function documentInfo(model: ReportModel): PDFKit.DocumentInfo {
  const [day, month, year] = model.printed.publicationDate.split(' ');
  const date = new Date(Date.UTC(Number(year), MONTHS.indexOf(month as (typeof MONTHS)[number]), Number(day), 9));
  return {
    Title: model.printed.title,
    ...(model.printed.author ? { Author: model.printed.author } : {}),
    Creator: 'lessons make-corpus (pdfkit)',
    CreationDate: date,
    ModDate: date,
  };
}

function centred(type: Typesetter, text: string, y: number, face: 'regular' | 'bold', size: number): number {
  const width = PAGE.width - PAGE.left - PAGE.right;
  const lines = type.wrap(text.split(' ').map((word) => ({ text: word, whole: true })), { first: width, rest: width }, face, size);
  for (const line of lines) {
    type.drawLine(line, PAGE.left + (width - line.width) / 2, y, face, size);
    y += size * 1.3;
  }
  return y;
}

function drawCoverSheet(model: ReportModel, type: Typesetter): void {
  const { printed } = model;
  type.text('Case review library \u2013 deposit record', PAGE.left, 110, 'bold', 15);
  const fields: [string, string | undefined][] = [
    ['Title', printed.title],
    [printed.boardLabel, printed.board],
    ['Author', printed.author],
    ['Date of publication', printed.publicationDate],
  ];
  let y = 160;
  for (const [label, value] of fields) {
    if (value === undefined) continue;
    type.text(`${label}: ${value}`, PAGE.left, y, 'regular', 11);
    y += 22;
  }
  type.text('This document was deposited by the safeguarding board named above.', PAGE.left, y + 20, 'italic', 9);
}

function drawTitlePage(model: ReportModel, type: Typesetter): void {
  const { printed } = model;
  let y = centred(type, printed.board, 150, 'regular', 15) + 70;
  y = centred(type, printed.title, y, 'bold', 24) + 16;
  y = centred(type, printed.documentLabel, y, 'regular', 17) + 20;
  if (model.draft) y = centred(type, 'DRAFT v0.3 \u2013 not for circulation', y, 'bold', 13) + 10;
  if (printed.author) centred(type, `Independent reviewer: ${printed.author}`, 560, 'regular', 12);
  centred(type, printed.titlePageDate, 590, 'regular', 12);
}

function drawContents(doc: PDFKit.PDFDocument, type: Typesetter, page: number, entries: ContentsEntry[], size: number): void {
  doc.switchToPage(page);
  type.text('Contents', PAGE.left, PAGE.top, 'bold', size + 4);
  const right = PAGE.width - PAGE.right;
  const dot = type.width('.', 'regular', size);
  let y = PAGE.top + size * 3;
  for (const entry of entries) {
    const x = PAGE.left + (entry.level === 2 ? 20 : 0);
    const number = String(entry.page);
    const start = x + type.width(entry.title, 'regular', size) + 4;
    const end = right - type.width(number, 'regular', size) - 4;
    type.text(entry.title, x, y, 'regular', size);
    type.text('.'.repeat(Math.max(2, Math.floor((end - start) / dot))), start, y, 'regular', size);
    type.text(number, right - type.width(number, 'regular', size), y, 'regular', size);
    y += size * 1.7;
  }
}

/** Header and footer on every page after the cover sheet, numbered as the report numbers itself. */
function drawRunningText(doc: PDFKit.PDFDocument, model: ReportModel, type: Typesetter, offset: number, pages: number): void {
  const { style } = model;
  const right = PAGE.width - PAGE.right;
  for (let page = offset; page < pages; page++) {
    doc.switchToPage(page);
    const [left, rightText] = style.header;
    if (left) type.text(left, PAGE.left, 40, 'italic', 9);
    if (rightText) type.text(rightText, right - type.width(rightText, 'italic', 9), 40, 'italic', 9);
    doc.lineWidth(0.4).moveTo(PAGE.left, 54).lineTo(right, 54).stroke();
    const number = String(page + 1 - offset);
    const y = PAGE.height - 50;
    if (style.footer === 'labelled') {
      type.text(style.footerText ?? '', PAGE.left, y, 'regular', 9);
      type.text(number, right - type.width(number, 'regular', 9), y, 'regular', 9);
    } else {
      const text = style.footer === 'page-of' ? `Page ${number} of ${pages - offset}` : number;
      type.text(text, (PAGE.width - type.width(text, 'regular', 9)) / 2, y, 'regular', 9);
    }
  }
}
