import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { DocumentError } from '../errors.js';
import { doubtfulFootnoteMarkers, doubtfulParagraphNumbers, ocrPage, settleFootnoteMarkers, settleParagraphNumbers, type OcrLine, type OcrWord } from './ocr-words.js';
import type { PageOcr } from './pdf-read.js';

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));

/**
 * Everything Tesseract loads comes from node_modules, so nothing is fetched at run time: the WASM
 * core, tesseract.js's Node worker script, and the English LSTM model (`best_int`, the integer
 * model tesseract.js itself defaults to, gzipped) of `@tesseract.js-data/eng`. The model is read
 * from there each time (`cacheMethod: 'none'`), never copied into a cache folder.
 */
const LOCAL_FILES = {
  langPath: path.join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int'),
  corePath: packageDir('tesseract.js-core'),
  workerPath: path.join(packageDir('tesseract.js'), 'src', 'worker-script', 'node', 'index.js'),
  cachePath: tmpdir(),
  cacheMethod: 'none',
  gzip: true,
};

/**
 * Page pictures are drawn at this resolution, the one Tesseract is trained for: 11 pt body text is
 * then about 22 pixels high. 200 dpi took a fifth less time on a page (README, "Scanned reports").
 */
export const OCR_DPI = 300;

/**
 * Tesseract reads a page as one column of lines of any size, not by automatic segmentation: that
 * cuts a hanging paragraph number off its line into a block of its own and misreads it ("1.1.1"
 * for 7.1.1), which cost a scanned rapid review 41% of its characters (README, "Scanned reports");
 * a table row stays one line, its cells apart by wide gaps, as in a text layer.
 */
const PAGE_MODE = PSM.SINGLE_COLUMN;

/**
 * One Tesseract worker for the thread that reads PDFs, started the first time a page needs OCR
 * (most PDFs have a text layer and never pay for it) and stopped with `close`.
 */
export class OcrEngine {
  private worker: Promise<Worker> | null = null;

  /** `dpi` other than 300 is for measuring (scripts/bench-ocr.ts). */
  constructor(private readonly dpi = OCR_DPI) {}

  /** A page reader for one PDF; `progress` hears how many pages it will read and each page read. */
  forDocument(progress: { planned(pages: number): void; read(): void }): PageOcr {
    return {
      dpi: this.dpi,
      planned: progress.planned,
      read: async (png, page) => {
        const result = await this.recognise(png);
        progress.read();
        return ocrPage(result, page, page.scale);
      },
    };
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker.catch(() => null))?.terminate();
  }

  private async recognise(png: Buffer): Promise<OcrLine[]> {
    this.worker ??= startWorker();
    let worker: Worker;
    try {
      worker = await this.worker;
    } catch (err) {
      this.worker = null;
      throw new DocumentError(`its pages are pictures without a text layer, and OCR could not start (${(err as Error).message ?? String(err)}). Reinstall with \`npm install\`, or run OCR on it first, e.g. \`ocrmypdf in.pdf out.pdf\`.`, 'no_text');
    }
    // rotateAuto straightens a page scanned at a slant, so that a line's words share one baseline.
    const { data } = await worker.recognize(png, { rotateAuto: true }, { blocks: true, text: false });
    const lines = (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines)) as unknown as OcrLine[];
    await this.takeSecondLooks(worker, png, lines, data.rotateRadians ?? 0);
    return lines;
  }

  /**
   * Second looks, digits only, at words that stand where a paragraph number does and at the dust
   * before a footnote's first word (its marker, which the page's reading missed).
   */
  private async takeSecondLooks(worker: Worker, png: Buffer, lines: OcrLine[], rotateRadians: number): Promise<void> {
    const doubtful = doubtfulParagraphNumbers(lines);
    const markers = doubtfulFootnoteMarkers(lines);
    if (doubtful.length === 0 && markers.length === 0) return;
    try {
      await worker.setParameters({ tessedit_char_whitelist: '0123456789.', tessedit_pageseg_mode: PSM.SINGLE_LINE });
      const numbers = await rereadWords(worker, png, doubtful, rotateRadians);
      await worker.setParameters({ tessedit_char_whitelist: '0123456789', tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
      settleFootnoteMarkers(markers, await rereadWords(worker, png, markers, rotateRadians));
      settleParagraphNumbers(lines, doubtful, numbers);
    } finally {
      await worker.setParameters({ tessedit_char_whitelist: '', tessedit_pageseg_mode: PAGE_MODE });
    }
  }
}

/** Each word read again on its own, with a margin of half its height. */
async function rereadWords(worker: Worker, png: Buffer, words: OcrWord[], rotateRadians: number): Promise<string[]> {
  const rereads: string[] = [];
  for (const word of words) {
    const margin = Math.round((word.bbox.y1 - word.bbox.y0) * 0.5);
    const rectangle = { left: word.bbox.x0 - margin, top: word.bbox.y0 - margin, width: word.bbox.x1 - word.bbox.x0 + 2 * margin, height: word.bbox.y1 - word.bbox.y0 + 2 * margin };
    rereads.push((await worker.recognize(png, { rotateRadians, rectangle }, { text: true })).data.text);
  }
  return rereads;
}

/** A Tesseract worker from the local files; its diagnostics ("Estimating resolution as 371") go nowhere, not into a command's output. */
async function startWorker(): Promise<Worker> {
  const worker = await createWorker('eng', OEM.LSTM_ONLY, { ...LOCAL_FILES, errorHandler: () => undefined } as Parameters<typeof createWorker>[2]);
  await worker.setParameters({ debug_file: '/dev/null', tessedit_pageseg_mode: PAGE_MODE } as Parameters<Worker['setParameters']>[0]);
  return worker;
}
