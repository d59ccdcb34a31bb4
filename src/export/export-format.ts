import type { Decision } from '../model/codes.js';
import type { ThemeId } from '../model/themes.js';
import type { SearchHit } from '../search/search.js';
import type { ReviewInfo, ReviewPassageRow } from '../store/review-page-queries.js';

/** What every export records about itself: the search it holds, the lexicons and when it was made. */
export interface ExportMeta {
  /** The search's words, as typed. */
  query: string;
  filters: {
    themes: ThemeId[];
    kind: string | null;
    source: string | null;
    year_from: number | null;
    year_to: number | null;
    board: string | null;
    ocr: string | null;
    raw: boolean;
  };
  /** The lexicon version the stored tags were made with ('a+b' while a retag is unfinished). */
  lexicon_version: string;
  /** ISO 8601, UTC. */
  exported_at: string;
  /** Where the links of the export point: `http://127.0.0.1:4000`. */
  base_url: string;
  total: number;
}

export interface ThemeLabel {
  id: ThemeId;
  label: string;
  description: string;
}

/** Whole reviews, for the formats that carry their sources (REFI-QDA). */
export interface ExportSources {
  review(id: number): ReviewInfo | undefined;
  /** The review's passages in reading order. */
  passages(reviewId: number): ReviewPassageRow[];
  /** The human codes in force on the review's passages. */
  codes(reviewId: number): SourceCode[];
}

/** A researcher's decision on one theme of one passage, as exports carry it. */
export interface SourceCode {
  passage_id: number;
  theme: ThemeId;
  decision: Decision;
  coder: string;
  memo: string;
  /** ISO 8601. */
  at: string;
}

/** What a format writes: the search's hits in rank order, a batch at a time, and where to find more. */
export interface ExportInput {
  batches: Iterable<SearchHit[]>;
  sources: ExportSources;
  themes: readonly ThemeLabel[];
}

/** One export format: the same writer serves `GET /api/export.EXT` and `lessons export --format NAME`. */
export interface ExportFormat {
  name: string;
  extension: string;
  contentType: string;
  /** The file's bytes, in chunks; streamed by HTTP, written to a file by the CLI. */
  write(input: ExportInput, meta: ExportMeta): AsyncIterable<string | Uint8Array>;
}
