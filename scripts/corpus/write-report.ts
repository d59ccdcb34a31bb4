import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { locate, pageTexts } from './pdf-text.js';
import { renderPdfkit } from './render-pdfkit.js';
import { renderWriter } from './render-writer.js';
import type { ReportModel } from './report-model.js';
import { buildTruth, type Generator, type Truth } from './truth.js';

/** "northmoor-2013-child-s": area, year, subject ("-brief" for a learning brief). */
export function reportSlug(model: ReportModel): string {
  const area = model.facts.area;
  return `${area}-${model.meta.year}-${model.meta.subject}${model.facts.document === 'brief' ? '-brief' : ''}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/**
 * Renders one report to DIR/NAME.pdf with its NAME.truth.json (and NAME.pdf.json when the PDF's
 * own metadata needs a sidecar). Returns the PDF path.
 */
export async function writeReport(model: ReportModel, outDir: string, name: string, generator: Generator): Promise<string> {
  const file = `${name}.pdf`;
  const pdf = join(outDir, file);
  const rendered = generator === 'pdfkit' ? await renderPdfkit(model, pdf) : await renderWriter(model, pdf);
  const truth = buildTruth(model, file, generator, rendered);
  await writeFile(join(outDir, `${name}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
  if (model.sidecar) await writeFile(join(outDir, `${file}.json`), `${JSON.stringify(model.sidecar, null, 2)}\n`);
  return pdf;
}

/**
 * Checks a truth file against the PDF with pdftotext: the page count, and each paragraph number
 * printed at a line start on its page followed by the paragraph's first word. Returns problems.
 */
export function verifyTruth(pdf: string, truth: Truth): string[] {
  const pages = pageTexts(pdf);
  const problems: string[] = [];
  if (pages.length !== truth.pages) problems.push(`${truth.file}: ${pages.length} pages, truth says ${truth.pages}`);
  for (const paragraph of truth.paragraphs) {
    const start = `${paragraph.number} ${paragraph.text.split(' ')[0]}`;
    try {
      const page = locate(pages, [{ key: paragraph.number, start }], paragraph.page - 1).get(paragraph.number);
      if (page !== paragraph.page) problems.push(`${truth.file}: ${paragraph.number} is on page ${page}, truth says ${paragraph.page}`);
    } catch {
      problems.push(`${truth.file}: ${paragraph.number} not found on page ${paragraph.page}`);
    }
  }
  return problems;
}
