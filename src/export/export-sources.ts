import type { CodeStore } from '../store/code-store.js';
import type { ExportQueries } from '../store/export-queries.js';
import type { ExportSources, SourceCode } from './export-format.js';

/** Whole reviews and the human codes in force on them, for the REFI-QDA formats. */
export function exportSources(queries: ExportQueries, codes: CodeStore): ExportSources {
  return {
    review: queries.one,
    passages: queries.passages,
    codes: (reviewId) =>
      codes.current({ review_id: reviewId }).flatMap(({ passage_id, theme, decision, coder, memo, at }): SourceCode[] => (passage_id === null ? [] : [{ passage_id, theme, decision, coder, memo, at }])),
  };
}
