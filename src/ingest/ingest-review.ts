import { DocumentError } from '../errors.js';
import type { Tagger } from '../lexicon/index.js';
import { readCatalogue } from './catalogue.js';
import { applyCatalogueOverrides, applyOverrides, readMetadata, type MetaOverrides } from './metadata.js';
import { readPdf, type PdfReadOptions } from './pdf-read.js';
import { segmentReport } from './segment.js';
import { tagPassage } from './tag-with-layers.js';
import type { IngestedReview } from '../model/review.js';

export interface ReviewSource {
  /** Where the file came from: a changed file at the same path replaces its review. */
  file: string;
  bytes: Uint8Array;
  sha256: string;
  /** Metadata from a sidecar `NAME.pdf.json` or `corpus/manifest.json`, which wins over the PDF. */
  overrides?: MetaOverrides;
}

/**
 * Reads one overview report into cited, tagged passages:
 * PDF text (or, with `options.ocr`, the words read from pages that are pictures) -> passages ->
 * metadata -> sentences and themes.
 * A PDF that yields no passages is not a review, and is refused rather than stored empty.
 */
export async function ingestReview(source: ReviewSource, tagger: Tagger, options: PdfReadOptions = {}): Promise<IngestedReview> {
  const { pages, readWithErrors } = await readPdf(source.bytes, options);
  const report = segmentReport(pages);
  if (report.passages.length === 0) {
    throw new DocumentError(`no paragraphs of text could be read from its ${pages.length} page${pages.length === 1 ? '' : 's'}, so it is not stored. Check that it is an overview report with a text layer.`, 'no_passages');
  }
  const meta = applyOverrides(readMetadata(report.frontLines, report.displayTitle), source.overrides);
  return {
    file: source.file,
    sha256: source.sha256,
    pages: pages.length,
    ocrPages: pages.filter((page) => page.ocr).length,
    meta,
    catalogue: applyCatalogueOverrides(readCatalogue(meta, `${report.frontLines.join('\n')}\n\n${report.text}`), source.overrides),
    lexiconVersion: tagger.version,
    passages: report.passages.map((passage) => tagPassage(passage, tagger)),
    text: report.text,
    ...(readWithErrors ? { readWithErrors } : {}),
  };
}
