import type { IndexRows } from '../store/search-queries.js';
import type { TagSource } from '../model/review.js';
import { PASSAGE_KINDS, THEME_IDS, type PassageKind, type ThemeId } from '../model/themes.js';

/** Which passages a search keeps: every set field must hold. */
export interface PassageFilter {
  themes: readonly ThemeId[];
  /** Passages with all of `themes` (the default), any of them, or none of them. */
  themeMode?: 'all' | 'any' | 'none';
  kind: PassageKind | null;
  /** The layer that tagged the filter's themes (or, without themes, at least one theme). */
  source: TagSource | null;
  yearFrom: number | null;
  yearTo: number | null;
  /** Part of a board's name, any case. */
  board: string | null;
  /** Only passages read by OCR, or none of them; null keeps both. */
  ocr?: OcrFilter | null;
  /** Only passages of these reviews; empty or absent keeps every review. */
  reviews?: readonly number[];
}

export type OcrFilter = 'only' | 'exclude';

/** Counts over a result set, in compact arrays; `facetsToRecords` turns them into the API's shape. */
export interface FacetCounts {
  total: number;
  kind: Uint32Array;
  /** Indexed by year; 0 counts passages of reviews without a year. */
  year: Uint32Array;
  board: Uint32Array;
  theme: Uint32Array;
  /** Passages with a theme tagged by patterns, and by the model. */
  source: Uint32Array;
}

const UNKNOWN_YEAR = 0;
const SOURCES = ['pattern', 'model'] as const;
const MAX_YEAR = 2100;

/** The typed arrays of a PassageIndex: plain data, so a worker thread can build them and hand them over. */
export interface IndexColumns {
  kind: Uint8Array;
  year: Uint16Array;
  board: Uint16Array;
  review: Int32Array;
  themes: Uint32Array;
  /** The themes of `themes` that the learned model tagged (a passage's theme has one source). */
  modelThemes: Uint32Array;
  evidence: Uint16Array;
  /** 1 for a passage read by OCR. */
  ocr: Uint8Array;
  boards: string[];
}

/** Lays the database's rows out as columns indexed by passage id. */
export function indexColumns(rows: IndexRows): IndexColumns {
  const size = rows.passageReviews.reduce((max, [id]) => Math.max(max, id), 0) + 1;
  const columns: IndexColumns = {
    kind: new Uint8Array(size),
    year: new Uint16Array(size),
    board: new Uint16Array(size),
    review: new Int32Array(size),
    themes: new Uint32Array(size),
    modelThemes: new Uint32Array(size),
    evidence: new Uint16Array(size),
    ocr: new Uint8Array(size),
    boards: [...new Set(rows.reviews.map(([, , board]) => board))].sort(),
  };
  const boardIndex = new Map(columns.boards.map((board, index) => [board, index]));
  const reviews = new Map(rows.reviews.map(([id, year, board]) => [id, { year: year !== null && year > 0 && year <= MAX_YEAR ? year : UNKNOWN_YEAR, board: boardIndex.get(board) ?? 0 }]));
  for (const [id, kind] of rows.passageKinds) if (id < size) columns.kind[id] = PASSAGE_KINDS.indexOf(kind) + 1;
  for (const [id, reviewId] of rows.passageReviews) {
    const review = reviews.get(reviewId);
    columns.review[id] = reviewId;
    columns.year[id] = review?.year ?? UNKNOWN_YEAR;
    columns.board[id] = review?.board ?? 0;
  }
  const themeBit = new Map(THEME_IDS.map((theme, index) => [theme as string, 1 << index]));
  for (const [id, theme] of rows.themes) if (id < size) columns.themes[id]! |= themeBit.get(theme) ?? 0;
  for (const [id, theme] of rows.modelThemes) if (id < size) columns.modelThemes[id]! |= themeBit.get(theme) ?? 0;
  for (const [id, count] of rows.evidence) if (id < size) columns.evidence[id] = Math.min(count, 65_535);
  for (const id of rows.ocrPassages) if (id < size) columns.ocr[id] = 1;
  return columns;
}

/**
 * The columns that filters and facets need, one entry per passage id, in typed arrays: kind (0 for
 * an id with no passage), year, board, review, a bitmask of its themes (bit i = THEME_IDS[i]) and
 * its number of findings. About 14 bytes a passage, so a corpus of a million passages costs 14 MB
 * and a full scan of it a few milliseconds.
 */
export class PassageIndex {
  readonly kind: Uint8Array;
  readonly year: Uint16Array;
  readonly board: Uint16Array;
  readonly review: Int32Array;
  readonly themes: Uint32Array;
  readonly modelThemes: Uint32Array;
  readonly evidence: Uint16Array;
  readonly ocr: Uint8Array;
  readonly boards: readonly string[];
  private evidenceOrder: Int32Array | null = null;
  private readonly themeOrders = new Map<ThemeId, Int32Array>();

  constructor(columns: IndexColumns) {
    ({ kind: this.kind, year: this.year, board: this.board, review: this.review, themes: this.themes, modelThemes: this.modelThemes, evidence: this.evidence, ocr: this.ocr, boards: this.boards } = columns);
  }

  /** A predicate for one filter, with the board match and theme mask worked out once. */
  accepts(filter: PassageFilter): (id: number) => boolean {
    const { kind, year, board, themes, modelThemes, ocr } = this;
    const wantOcr = filter.ocr === 'only' ? 1 : filter.ocr === 'exclude' ? 0 : -1;
    const wantKind = filter.kind ? PASSAGE_KINDS.indexOf(filter.kind) + 1 : 0;
    const from = filter.yearFrom ?? 0;
    const to = filter.yearTo ?? 65_535;
    const yearless = filter.yearFrom === null && filter.yearTo === null;
    const needle = filter.board?.toLowerCase() ?? null;
    const boardOk = needle === null ? null : Uint8Array.from(this.boards, (name) => (name.toLowerCase().includes(needle) ? 1 : 0));
    const mask = themeMask(filter.themes);
    const mode = mask === 0 ? 'all' : (filter.themeMode ?? 'all');
    const source = filter.source;
    const reviews = filter.reviews && filter.reviews.length > 0 ? new Set(filter.reviews) : null;
    const review = this.review;
    return (id: number): boolean => {
      const k = kind[id];
      if (k === undefined || k === 0 || (wantKind !== 0 && k !== wantKind)) return false;
      if (!yearless) {
        const y = year[id]!;
        if (y === UNKNOWN_YEAR || y < from || y > to) return false;
      }
      if (boardOk !== null && boardOk[board[id]!] === 0) return false;
      if (wantOcr !== -1 && ocr[id] !== wantOcr) return false;
      if (reviews !== null && !reviews.has(review[id]!)) return false;
      const carried = themes[id]! & mask;
      if (mode === 'all' ? carried !== mask : mode === 'any' ? carried === 0 : carried !== 0) return false;
      if (source === null) return true;
      const bySource = source === 'model' ? modelThemes[id]! : themes[id]! & ~modelThemes[id]!;
      if (mask === 0 || mode === 'none') return bySource !== 0;
      return mode === 'all' ? (bySource & mask) === mask : (bySource & mask) !== 0;
    };
  }

  /** Adds one passage to the facet counts. */
  count(counts: FacetCounts, id: number): void {
    counts.total++;
    counts.kind[this.kind[id]!]!++;
    counts.year[this.year[id]!]!++;
    counts.board[this.board[id]!]!++;
    const model = this.modelThemes[id]!;
    if ((this.themes[id]! & ~model) !== 0) counts.source[0]!++;
    if (model !== 0) counts.source[1]!++;
    let mask = this.themes[id]!;
    while (mask !== 0) {
      const bit = 31 - Math.clz32(mask & -mask);
      counts.theme[bit]!++;
      mask &= mask - 1;
    }
  }

  emptyCounts(): FacetCounts {
    return { total: 0, kind: new Uint32Array(PASSAGE_KINDS.length + 1), year: new Uint32Array(MAX_YEAR + 1), board: new Uint32Array(this.boards.length), theme: new Uint32Array(THEME_IDS.length), source: new Uint32Array(SOURCES.length) };
  }

  /**
   * Every passage, most findings first, then newest, then in reading order: the ranking of a
   * search with filters but no words. Sorted once, on first use.
   */
  byEvidence(): Int32Array {
    if (this.evidenceOrder) return this.evidenceOrder;
    const ids: number[] = [];
    for (let id = 0; id < this.kind.length; id++) if (this.kind[id] !== 0) ids.push(id);
    const { evidence, year } = this;
    ids.sort((a, b) => evidence[b]! - evidence[a]! || year[b]! - year[a]! || a - b);
    this.evidenceOrder = Int32Array.from(ids);
    return this.evidenceOrder;
  }

  /**
   * The passages carrying a theme, in byEvidence order: what a theme filter without words scans
   * instead of every passage. Built once per theme, on first use.
   */
  byEvidenceWithTheme(theme: ThemeId): Int32Array {
    let order = this.themeOrders.get(theme);
    if (!order) {
      const bit = 1 << THEME_IDS.indexOf(theme);
      order = this.byEvidence().filter((id) => (this.themes[id]! & bit) !== 0);
      this.themeOrders.set(theme, order);
    }
    return order;
  }
}

function themeMask(themes: readonly ThemeId[]): number {
  return themes.reduce((mask, theme) => mask | (1 << THEME_IDS.indexOf(theme)), 0) >>> 0;
}

/** The API's facet shape: { theme: { face_value: 12 }, year: { 2013: 4 }, board: {...}, kind: {...}, source: { pattern: 9, model: 3 } }. */
export interface Facets {
  theme: Record<string, number>;
  year: Record<string, number>;
  board: Record<string, number>;
  kind: Record<string, number>;
  source: Record<string, number>;
}

export function facetsToRecords(index: PassageIndex, counts: FacetCounts): Facets {
  const pick = (entries: Array<[string, number]>): Record<string, number> => Object.fromEntries(entries.filter(([, n]) => n > 0));
  return {
    theme: pick(THEME_IDS.map((theme, bit) => [theme, counts.theme[bit]!])),
    year: pick([...counts.year].map((n, year): [string, number] => [year === UNKNOWN_YEAR ? 'unknown' : String(year), n])),
    board: pick(index.boards.map((board, at) => [board, counts.board[at]!])),
    kind: pick(PASSAGE_KINDS.map((kind, at) => [kind, counts.kind[at + 1]!])),
    source: pick(SOURCES.map((source, at) => [source, counts.source[at]!])),
  };
}
