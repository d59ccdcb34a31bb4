import { citationText } from '../search/citation.js';
import { csvLine, UTF8_BOM } from './csv-line.js';
import type { ExportFormat, ExportInput, ExportMeta } from './export-format.js';
import { EXPORT_COLUMNS, exportRecord, passageUrl } from './export-records.js';

/**
 * CSV: one row per passage behind a BOM (Excel reads it as UTF-8). The export's metadata is not a
 * row here (a comment row breaks CSV readers): HTTP sends it in a header, the CLI prints it.
 */
export const csvFormat: ExportFormat = {
  name: 'csv',
  extension: 'csv',
  contentType: 'text/csv; charset=utf-8',
  async *write({ batches }: ExportInput, meta: ExportMeta) {
    yield UTF8_BOM + csvLine(EXPORT_COLUMNS);
    for (const hits of batches) {
      yield hits
        .map((hit) => {
          const record = exportRecord(hit, meta.base_url);
          return csvLine(EXPORT_COLUMNS.map((column) => record[column]));
        })
        .join('');
    }
  },
};

/**
 * JSON: the hits as the search API gives them, plus a citation and an absolute link, without the
 * page-only snippet; `meta` says what search, lexicons and time the file holds.
 */
export const jsonFormat: ExportFormat = {
  name: 'json',
  extension: 'json',
  contentType: 'application/json; charset=utf-8',
  async *write({ batches }: ExportInput, meta: ExportMeta) {
    const { themes, kind, source, year_from: yearFrom, year_to: yearTo, board, ocr, raw } = meta.filters;
    // `query` keeps the shape this export had before `meta` was added.
    const query = { q: meta.query, raw, themes, kind, source, yearFrom, yearTo, board, ocr };
    yield `{"ok":true,"meta":${JSON.stringify(meta)},"query":${JSON.stringify(query)},"total":${meta.total},"results":[`;
    let separator = '';
    for (const hits of batches) {
      yield hits
        .map(({ snippet: _snippet, ...hit }) => {
          const line = `${separator}\n${JSON.stringify({ ...hit, citation: citationText(hit), url: passageUrl(hit, meta.base_url) })}`;
          separator = ',';
          return line;
        })
        .join('');
    }
    yield '\n]}\n';
  },
};
