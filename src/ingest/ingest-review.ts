import type { Tagger } from '../lexicon/index.js';
import { applyOverrides, readMetadata, type MetaOverrides } from './metadata.js';
import { readPdf, type PageOcr } from './pdf-read.js';
import { segmentReport } from './segment.js';
import type { IngestedReview, Passage, TaggedPassage } from './types.js';

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
 * PDF text (or, with `ocr`, the words read from pages that are pictures) -> passages -> metadata
 * -> sentences and themes.
 */
export async function ingestReview(source: ReviewSource, tagger: Tagger, ocr: PageOcr | null = null): Promise<IngestedReview> {
  const pages = await readPdf(source.bytes, ocr);
  const report = segmentReport(pages);
  const meta = applyOverrides(readMetadata(report.frontLines, report.displayTitle), source.overrides);
  return {
    file: source.file,
    sha256: source.sha256,
    pages: pages.length,
    ocrPages: pages.filter((page) => page.ocr).length,
    meta,
    lexiconVersion: tagger.version,
    passages: report.passages.map((passage) => tagPassage(passage, tagger)),
    text: report.text,
  };
}

/** Tags a passage in the context of its section; the tagger's reading gives the sentences too. */
export function tagPassage(passage: Omit<Passage, 'sentences'>, tagger: Tagger): TaggedPassage {
  const result = tagger.tag(passage.text, { section: passage.kind });
  return {
    ...passage,
    kind: result.kind,
    sectionKind: passage.kind,
    sentences: result.sentences,
    evidence: result.matches.map(({ theme, start, end, pattern }) => ({ theme, start, end, pattern })),
  };
}
