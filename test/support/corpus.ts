import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { ingestReview } from '../../src/ingest/ingest-review.js';
import { OcrEngine } from '../../src/ingest/ocr-engine.js';
import type { PageOcr } from '../../src/ingest/pdf-read.js';
import { readSidecar } from '../../src/ingest/sources.js';
import type { RawPage } from '../../src/ingest/types.js';
import type { IngestedReview } from '../../src/model/review.js';
import type { Tagger } from '../../src/lexicon/index.js';
import type { PassageKind, ThemeId } from '../../src/model/themes.js';
import type { TruthReview } from '../../scripts/corpus/truth.js';

export const CORPUS = path.join(PROJECT_ROOT, 'corpus');

/** The ground truth the corpus generator writes beside each report (see corpus/README.md). */
export interface Truth {
  file: string;
  generator: 'pdfkit' | 'libreoffice';
  /** The PDF was replaced by a scan of itself (scripts/make-scanned.ts): it has no text layer. */
  scanned?: boolean;
  pages: number;
  meta: { title: string; board: string; subject: string; year: number; author: string };
  /** Review type, area, region, the child's age band and sex, the harm, and the review's quality criteria. */
  review: TruthReview;
  running: string[];
  paragraphs: Array<{ number: string; page: number; section: string; kind: PassageKind; themes: ThemeId[]; text: string }>;
}

export function corpusTruths(): Truth[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.truth.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(CORPUS, name), 'utf8')) as Truth);
}

/** Ingests one corpus report exactly as `lessons ingest` does, without a database, scanned pages read by OCR. */
export async function ingestCorpusReport(truth: Truth, tagger: Tagger): Promise<IngestedReview> {
  const file = path.join(CORPUS, truth.file);
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const engine = new OcrEngine();
  try {
    return await ingestReview({ file, bytes, sha256, overrides: await readSidecar(file) }, tagger, { ocr: cachedOcr(sha256, engine) });
  } finally {
    await engine.close();
  }
}

/** The sources whose change makes cached OCR pages stale. */
const OCR_SOURCES = ['ocr-engine.ts', 'ocr-words.ts', 'page-image.ts', 'page-rules.ts', 'pdf-read.ts'].map((name) => path.join(PROJECT_ROOT, 'src', 'ingest', name));
const OCR_CACHE = path.join(tmpdir(), 'lessons-test-ocr');

/**
 * OCR is the slow part of ingesting the corpus (seconds a page), and several test files ingest it:
 * the pages a test reads by OCR are kept on disk, keyed by the PDF's hash, the page and the OCR
 * code, so that the others (and later runs) read them back. Only the tests do this; the product
 * reads every scan afresh.
 */
function cachedOcr(sha256: string, engine: OcrEngine): PageOcr {
  const code = createHash('sha256');
  for (const source of [...OCR_SOURCES, path.join(PROJECT_ROOT, 'package-lock.json')]) code.update(readFileSync(source));
  const version = code.digest('hex').slice(0, 16);
  const reader = engine.forDocument({ planned: () => undefined, read: () => undefined });
  return {
    ...reader,
    async read(png, page) {
      const cached = path.join(OCR_CACHE, `${sha256}-${page.page}-${version}.json`);
      try {
        return JSON.parse(readFileSync(cached, 'utf8')) as RawPage;
      } catch {
        const read = await reader.read(png, page);
        mkdirSync(OCR_CACHE, { recursive: true });
        // Written aside and renamed, so that a test file reading at the same time never sees half a page.
        const partial = `${cached}.${process.pid}`;
        writeFileSync(partial, JSON.stringify(read));
        renameSync(partial, cached);
        return read;
      }
    },
  };
}
