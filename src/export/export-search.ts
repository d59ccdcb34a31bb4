import type { SearchEngine } from '../search/search.js';
import type { SearchRequest } from '../search/search-request.js';
import type { ExportFormat, ExportMeta, ExportSources, ThemeLabel } from './export-format.js';

/** What an export needs besides the search: whole reviews, theme labels, versions and where links point. */
export interface ExportContext {
  sources: ExportSources;
  themes: readonly ThemeLabel[];
  lexiconVersion: string;
  baseUrl: string;
  now?: Date;
}

/**
 * A search's whole result set written in one format. The search is ranked (and so validated)
 * before this returns, so a bad query is an error before the first byte of a file.
 * const { meta, chunks } = await exportSearch(engine, searchRequest({ q: 'drift' }), exportFormat('csv'), context)
 */
export async function exportSearch(engine: SearchEngine, request: SearchRequest, format: ExportFormat, context: ExportContext): Promise<{ meta: ExportMeta; chunks: AsyncIterable<string | Uint8Array> }> {
  const { total, batches } = await engine.exportable(request);
  const meta = exportMeta(request, total, context);
  return { meta, chunks: format.write({ batches, sources: context.sources, themes: context.themes }, meta) };
}

export function exportMeta(request: SearchRequest, total: number, context: Pick<ExportContext, 'lexiconVersion' | 'baseUrl' | 'now'>): ExportMeta {
  return {
    query: request.q,
    filters: { themes: request.themes, kind: request.kind, source: request.source, year_from: request.yearFrom, year_to: request.yearTo, board: request.board, ocr: request.ocr, raw: request.raw },
    lexicon_version: context.lexiconVersion,
    exported_at: (context.now ?? new Date()).toISOString(),
    base_url: context.baseUrl.replace(/\/+$/, ''),
    total,
  };
}

/**
 * The metadata as one HTTP header value (`Lessons-Export`): JSON with every character past ASCII
 * escaped, since header values are bytes. CSV carries its metadata here, not in a comment row.
 */
export function metaHeader(meta: ExportMeta): string {
  return JSON.stringify(meta).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
