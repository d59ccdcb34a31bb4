import type { Writable } from 'node:stream';
import type { IngestProgress } from '../ingest/ingest-files.js';

/**
 * Ingest progress: one bar redrawn in place on a terminal, plain lines otherwise (logs, CI).
 * Shows files, pages, pages read by OCR, passages per second and the time left.
 */
export function progressReporter(stream: Writable, isTTY: boolean): { update(progress: IngestProgress): void; done(): void } {
  let drawn = false;
  return {
    update(progress) {
      const seconds = progress.elapsedMs / 1000;
      const rate = seconds > 0 ? progress.passages / seconds : 0;
      const remaining = progress.filesDone > 0 ? (seconds / progress.filesDone) * (progress.files - progress.filesDone) : 0;
      const ocr = progress.ocrPages > 0 ? ` · OCR ${progress.ocrPagesRead}/${progress.ocrPages} pages` : '';
      const figures = `${progress.filesDone}/${progress.files} files · ${progress.pages} pages${ocr} · ${Math.round(rate)} passages/s · ETA ${formatDuration(remaining)}`;
      if (isTTY) {
        const width = 24;
        const filled = Math.round((progress.filesDone / Math.max(1, progress.files)) * width);
        stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${figures} · ${progress.current}`);
        drawn = true;
      } else {
        stream.write(`${figures} · ${progress.current}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}

/** formatDuration(75) === '1:15' */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
