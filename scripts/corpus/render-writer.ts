import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { contentsHeadings, toFlatOdt } from './fodt.js';
import { locate, pageTexts } from './pdf-text.js';
import type { Rendered } from './render-pdfkit.js';
import { paragraphsOf, type ReportModel } from './report-model.js';
import { MONTHS } from './vocabulary.js';

const run = promisify(execFile);

/**
 * Lays out a report with LibreOffice (Debian: libreoffice-writer-nogui, hyphen-en-gb). Writer
 * decides the layout, so pages are read back with pdftotext: once to learn where the headings
 * fell (for the contents page), and again, after filling in the contents, to place each paragraph.
 */
export async function renderWriter(model: ReportModel, file: string): Promise<Rendered> {
  const work = await mkdtemp(join(tmpdir(), 'lessons-writer-'));
  try {
    const headings = contentsHeadings(model);
    const firstBodyPage = (model.printed.coverSheet ? 1 : 0) + 2;
    const findHeadings = (pages: string[]): Map<string, number> =>
      locate(pages, headings.map((heading) => ({ key: heading.text, start: heading.text, wholeLine: true })), firstBodyPage);

    const draftPdf = await convert(work, 'draft', toFlatOdt(model, new Map()), 'pdf');
    const contents = findHeadings(pageTexts(draftPdf));
    const finalPdf = await convert(work, 'final', toFlatOdt(model, contents), 'pdf');
    const pages = pageTexts(finalPdf);
    const moved = [...findHeadings(pages)].filter(([heading, page]) => contents.get(heading) !== page);
    if (moved.length > 0) throw new Error(`renderWriter: headings moved between passes: ${moved.map(([h]) => h).join(', ')}`);

    const paragraphPages = locate(
      pages,
      paragraphsOf(model).map((paragraph) => ({ key: paragraph.number, start: `${paragraph.number} ${paragraph.text.split(' ')[0]}` })),
      firstBodyPage,
    );
    await writeFile(file, reproducible(await readFile(finalPdf), model));
    return { pages: pages.length, paragraphPages };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The same document as a .docx, for draft-checking tests that upload a word-processor file. */
export async function writeDocx(model: ReportModel, file: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'lessons-writer-'));
  try {
    await copyFile(await convert(work, 'draft', toFlatOdt(model, new Map()), 'docx'), file);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Writer stamps each PDF with the time and a random file ID. Overwriting them in place (same
 * lengths, so the cross-reference table stays valid) makes the committed files reproducible.
 */
function reproducible(pdf: Buffer, model: ReportModel): Buffer {
  const [day, month, year] = model.printed.publicationDate.split(' ');
  const date = `${year}${String(MONTHS.indexOf(month as (typeof MONTHS)[number]) + 1).padStart(2, '0')}${String(day).padStart(2, '0')}090000`;
  const id = createHash('md5').update(JSON.stringify(model)).digest('hex').toUpperCase();
  const text = pdf.toString('latin1')
    .replace(/\/CreationDate\(D:\d{14}/g, `/CreationDate(D:${date}`)
    .replace(/\/ID \[[^\]]*\]/g, (ids) => ids.replace(/[0-9A-F]{32}/g, id))
    .replace(/\/DocChecksum \/[0-9A-F]{32}/g, `/DocChecksum /${id}`);
  return Buffer.from(text, 'latin1');
}

async function convert(work: string, name: string, document: string, format: 'pdf' | 'docx'): Promise<string> {
  const source = join(work, `${name}.fodt`);
  await writeFile(source, document);
  // A private profile per run: parallel soffice processes sharing one profile block each other.
  const profile = `file://${join(work, 'profile')}`;
  await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', work, source], { timeout: 180_000 });
  return join(work, `${name}.${format}`);
}
