import path from 'node:path';
import { describeError } from '../errors.js';
import type { ReviewWriter, SaveOutcome } from '../store/reviews.js';
import type { ReaderPool } from './worker-pool.js';
import { readSidecar, readSource } from './sources.js';

export interface IngestProgress {
  files: number;
  filesDone: number;
  pages: number;
  passages: number;
  /** Pages without a text layer: how many the reader threads have found so far, and how many they have read by OCR. */
  ocrPages: number;
  ocrPagesRead: number;
  elapsedMs: number;
  current: string;
}

export interface IngestFailure {
  file: string;
  reason: string;
}

export interface IngestSummary {
  added: string[];
  unchanged: string[];
  replaced: string[];
  failed: IngestFailure[];
  /** Stored, but read leniently after strict parsing failed: some text may be missing. */
  readWithErrors: string[];
  pages: number;
  /** Of `pages`, those read by OCR. */
  ocrPages: number;
  passages: number;
  elapsedMs: number;
}

export interface IngestDeps {
  pool: ReaderPool;
  writer: ReviewWriter;
  maxBytes: number;
  onProgress?: (progress: IngestProgress) => void;
}

/**
 * Ingests a batch of PDFs: unchanged files are skipped by hash before any parsing, the rest are
 * read by the pool in parallel and written one review per transaction as they arrive. A file that
 * fails is reported with its reason and the batch goes on.
 */
export async function ingestFiles(files: string[], deps: IngestDeps): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { added: [], unchanged: [], replaced: [], failed: [], readWithErrors: [], pages: 0, ocrPages: 0, passages: 0, elapsedMs: 0 };
  const outcomes: Record<SaveOutcome, string[]> = { added: summary.added, unchanged: summary.unchanged, replaced: summary.replaced };
  let filesDone = 0;
  const ocr = { pages: 0, read: 0 };
  const report = (current: string): void => {
    deps.onProgress?.({ files: files.length, filesDone, pages: summary.pages, passages: summary.passages, ocrPages: ocr.pages, ocrPagesRead: ocr.read, elapsedMs: performance.now() - started, current });
  };

  const ingestOne = async (file: string): Promise<void> => {
    try {
      const { bytes, sha256 } = await readSource(file, deps.maxBytes);
      if (deps.writer.has(sha256)) {
        summary.unchanged.push(file);
        return;
      }
      const review = await deps.pool.read({ file, bytes, sha256, overrides: await readSidecar(file) }, (progress) => {
        if ('planned' in progress) ocr.pages += progress.planned;
        else ocr.read += progress.read;
        report(path.basename(file));
      });
      const { outcome } = deps.writer.save(review);
      outcomes[outcome].push(file);
      if (review.readWithErrors) summary.readWithErrors.push(file);
      if (outcome !== 'unchanged') {
        summary.pages += review.pages;
        summary.ocrPages += review.ocrPages ?? 0;
        summary.passages += review.passages.length;
      }
    } catch (err) {
      summary.failed.push({ file, reason: describeError(err) });
    } finally {
      filesDone += 1;
      report(path.basename(file));
    }
  };

  // Keep every reader busy and one file queued behind each, without reading the whole batch into memory.
  const inFlight = new Set<Promise<void>>();
  for (const file of files) {
    const task = ingestOne(file).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= deps.pool.size * 2) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  summary.elapsedMs = performance.now() - started;
  return summary;
}
