import JSZip from 'jszip';
import type { ThemeId } from '../../model/themes.js';
import type { ExportFormat, ExportInput, ExportMeta } from '../export-format.js';
import { codebookDocument } from './codebook.js';
import { projectFiles, type ReviewCoding } from './project.js';

/**
 * REFI-QDA project (.qdpx): a ZIP of `project.qde` and one UTF-8 plain-text source per review
 * (no BOM, LF line ends), for NVivo, MAXQDA, ATLAS.ti, QDA Miner and QualCoder.
 */
export const qdpxFormat: ExportFormat = {
  name: 'qdpx',
  extension: 'qdpx',
  contentType: 'application/zip',
  async *write(input: ExportInput, meta: ExportMeta) {
    const zip = new JSZip();
    for (const file of projectFiles(reviewCodings(input), input.themes, meta)) zip.file(file.path, file.content, { createFolders: false });
    yield await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  },
};

/** REFI-QDA codebook (.qdc): the 21 themes with their labels, definitions and colours. */
export const qdcFormat: ExportFormat = {
  name: 'qdc',
  extension: 'qdc',
  contentType: 'application/xml; charset=utf-8',
  async *write(input: ExportInput, meta: ExportMeta) {
    yield codebookDocument(input.themes, `lessons (lexicons ${meta.lexicon_version}, exported ${meta.exported_at})`);
  },
};

/** The result set grouped by review (in review id order), each with its whole text and its human codes. */
function reviewCodings({ batches, sources }: ExportInput): ReviewCoding[] {
  const byReview = new Map<number, Map<number, readonly ThemeId[]>>();
  for (const hits of batches) {
    for (const hit of hits) {
      const found = byReview.get(hit.review.id) ?? new Map<number, readonly ThemeId[]>();
      found.set(hit.id, hit.themes);
      byReview.set(hit.review.id, found);
    }
  }
  return [...byReview.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([reviewId, found]) => {
      const review = sources.review(reviewId);
      // A review deleted by an ingest since the search ranked its passages is left out.
      return review ? [{ review, passages: sources.passages(reviewId), found, codes: sources.codes(reviewId) }] : [];
    });
}
