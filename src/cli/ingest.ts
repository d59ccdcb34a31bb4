import path from 'node:path';
import { findPdfs } from '../ingest/sources.js';
import { readTaggingSources } from '../classifier/tagging-sources.js';
import { ingestFiles, type IngestSummary } from '../ingest/ingest-files.js';
import { ReaderPool } from '../ingest/worker-pool.js';
import { openStore } from '../store/store.js';
import type { Config } from '../config.js';
import { InputError } from '../errors.js';
import { parseCommandLine, warnings, writeLine, type CliIO, type Command } from './command.js';
import { progressReporter } from './progress.js';

export const command: Command = {
  name: 'ingest',
  summary: 'Read overview-report PDFs (scanned pages by OCR) into cited, tagged passages: a progress bar on a terminal, then added / unchanged / replaced / failed with the reason for each; exit status 1 when any file failed',
  usage: 'lessons ingest <files|folders...> [--json] [--db path] [--workers n] [--max-pages n] [--no-ocr] [--model on|off] [--model-threshold 0.5]',
  async run(args, io) {
    const { values, positionals, config } = parseCommandLine(args, io, this, { json: { type: 'boolean' } }, ['db', 'workers', 'lexicons', 'model', 'modelThreshold', 'maxPdfMb', 'maxPages', 'readerHeapMb', 'ocr', 'ocrPageSeconds']);
    if (positionals.length === 0) throw new InputError(`name at least one PDF or folder.\nUsage: ${this.usage}`, 'bad_arguments');
    const summary = await ingestPaths(positionals, config, io, !values.json);
    if (values.json) writeLine(io.stdout, JSON.stringify({ ok: summary.failed.length === 0, ...summary }));
    else printSummary(summary, io);
    return summary.failed.length > 0 ? 1 : 0;
  },
};

/** Ingests files and folders into the configured database, with progress on stderr. */
export async function ingestPaths(targets: string[], config: Config, io: CliIO, showProgress: boolean): Promise<IngestSummary> {
  const tagging = readTaggingSources(config, warnings(io));
  const files = await findPdfs(targets);
  const pool = new ReaderPool({ size: Math.min(Math.max(1, config.workers), Math.max(1, files.length)), tagging, maxPages: config.maxPages, maxHeapMb: config.readerHeapMb, ocr: config.ocr, ocrPageMs: config.ocrPageSeconds * 1000 });
  const progress = progressReporter(io.stderr, io.isTTY);
  let store: ReturnType<typeof openStore> | null = null;
  try {
    // Lexicons and model are checked once, before the database is opened: a broken file stops the
    // command with its file and line (and a stale model is warned of) instead of failing every PDF.
    for (const warning of await pool.check()) warnings(io)(warning);
    store = openStore(config.db);
    return await ingestFiles(files, { pool, writer: store.reviews, maxBytes: config.maxPdfMb * 1024 * 1024, ...(showProgress ? { onProgress: progress.update } : {}) });
  } finally {
    progress.done();
    await pool.close();
    store?.close();
  }
}

export function printSummary(summary: IngestSummary, io: CliIO): void {
  const seconds = summary.elapsedMs / 1000;
  const files = summary.added.length + summary.unchanged.length + summary.replaced.length + summary.failed.length;
  writeLine(io.stdout, `Ingested ${files} file${files === 1 ? '' : 's'} in ${seconds.toFixed(1)} s: ${summary.added.length} added, ${summary.unchanged.length} unchanged, ${summary.replaced.length} replaced, ${summary.failed.length} failed.`);
  const ocr = summary.ocrPages > 0 ? `, ${summary.ocrPages} of them by OCR,` : '';
  if (summary.pages > 0) writeLine(io.stdout, `Read ${summary.pages} pages${ocr} (${Math.round(summary.pages / seconds)} pages/s) into ${summary.passages} passages.`);
  for (const failure of summary.failed) writeLine(io.stdout, `  failed: ${path.basename(failure.file)}: ${failure.reason}`);
  for (const file of summary.readWithErrors) writeLine(io.stdout, `  read with errors: ${path.basename(file)}: the PDF is damaged; its text was recovered leniently and some may be missing.`);
}
