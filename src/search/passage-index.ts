import type { IndexRows, ThemeRow } from '../store/search-queries.js';
import type { TagSource } from '../model/review.js';
import type { TagOrigin } from '../model/codes.js';
import { PASSAGE_KINDS, THEME_IDS, type PassageKind, type ThemeId } from '../model/themes.js';

/** Which passages a search keeps: every set field must hold. */
export interface PassageFilter {
  themes: readonly ThemeId[];
  /** Passages with all of `themes` (the default), any of them, or none of them. */
  themeMode?: 'all' | 'any' | 'none';
  kind: PassageKind | null;
  /** The layer that tagged the filter's themes (or, without themes, at least one theme); human: confirmed or added by a coder. */
  source: FilterSource | null;
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

/** A machine layer, or `human`: the themes a coder confirmed or added. */
export type FilterSource = TagSource | 'human';

/** Counts over a result set, in compact arrays; `facetsToRecords` turns them into the API's shape. */
export interface FacetCounts {
  total: number;
  kind: Uint32Array;
  /** Indexed by year; 0 counts passages of reviews without a year. */
  year: Uint32Array;
  board: Uint32Array;
  theme: Uint32Array;
  /** Passages with a theme tagged by patterns, by the model, and confirmed or added by a coder. */
  source: Uint32Array;
}

const UNKNOWN_YEAR = 0;
const SOURCES = ['pattern', 'model', 'human'] as const;
/** A facet key's layout: the kind (1-3) in two bits, a bit per source, then the theme mask (21 bits). */
const KIND_WIDTH = 2;
const KIND_BITS = (1 << KIND_WIDTH) - 1;
const THEMES_SHIFT = KIND_WIDTH + SOURCES.length;

/** Passages by facet key (see PassageIndex.facetKeys), and each review's year and board by review id. */
export interface FacetKeys {
  keys: Uint32Array;
  values: Uint32Array;
  reviewYear: Uint16Array;
  reviewBoard: Uint16Array;
}
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
  /** The themes of `themes` a coder added where the machine found nothing. */
  humanThemes: Uint32Array;
  /** The themes of `themes` a coder confirmed or added. */
  confirmedThemes: Uint32Array;
  evidence: Uint16Array;
  /** 1 for a passage read by OCR. */
  ocr: Uint8Array;
  boards: string[];
}

/** Lays the database's rows out as columns indexed by passage id. */
export function indexColumns(rows: IndexRows): IndexColumns {
  const { size } = rows;
  const columns: IndexColumns = {
    kind: new Uint8Array(size),
    year: new Uint16Array(size),
    board: new Uint16Array(size),
    review: new Int32Array(size),
    themes: new Uint32Array(size),
    modelThemes: new Uint32Array(size),
    humanThemes: new Uint32Array(size),
    confirmedThemes: new Uint32Array(size),
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
  setThemes(columns, rows.themes);
  for (const [id, count] of rows.evidence) if (id < size) columns.evidence[id] = Math.min(count, 65_535);
  for (const id of rows.ocrPassages) if (id < size) columns.ocr[id] = 1;
  return columns;
}

const THEME_BIT = new Map(THEME_IDS.map((theme, index) => [theme as string, 1 << index]));

/** ORs the rows' themes into the theme masks; the rows are (passage_themes) passage id, theme, source, confirmed. */
function setThemes(columns: IndexColumns, rows: Iterable<ThemeRow>): void {
  const size = columns.themes.length;
  for (const [id, theme, source, confirmed] of rows) {
    if (id >= size) continue;
    const bit = THEME_BIT.get(theme) ?? 0;
    columns.themes[id]! |= bit;
    if (source === 'model') columns.modelThemes[id]! |= bit;
    if (source === 'human') columns.humanThemes[id]! |= bit;
    if (confirmed) columns.confirmedThemes[id]! |= bit;
  }
}

/**
 * The columns with the themes of `ids` replaced by `rows` (theirs, read after a human code was
 * written): the theme arrays are copied, so searches running on the old columns see no change.
 */
export function withThemes(columns: IndexColumns, ids: readonly number[], rows: readonly ThemeRow[]): IndexColumns {
  const patched = { ...columns, themes: columns.themes.slice(), modelThemes: columns.modelThemes.slice(), humanThemes: columns.humanThemes.slice(), confirmedThemes: columns.confirmedThemes.slice() };
  for (const id of ids) {
    if (id >= patched.themes.length) continue;
    patched.themes[id] = patched.modelThemes[id] = patched.humanThemes[id] = patched.confirmedThemes[id] = 0;
  }
  setThemes(patched, rows);
  return patched;
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
  readonly humanThemes: Uint32Array;
  readonly confirmedThemes: Uint32Array;
  readonly evidence: Uint16Array;
  readonly ocr: Uint8Array;
  readonly boards: readonly string[];
  /** One more than the largest review id: the length of an array indexed by review id. */
  readonly reviewSlots: number;
  private evidenceOrder: Int32Array | null = null;
  private readonly themeOrders = new Map<ThemeId, Int32Array>();
  private keyed: FacetKeys | null = null;

  constructor(readonly columns: IndexColumns) {
    ({ kind: this.kind, year: this.year, board: this.board, review: this.review, themes: this.themes, modelThemes: this.modelThemes, humanThemes: this.humanThemes, confirmedThemes: this.confirmedThemes, evidence: this.evidence, ocr: this.ocr, boards: this.boards } = columns);
    this.reviewSlots = this.review.reduce((max, id) => Math.max(max, id), 0) + 1;
  }

  /** A passage's themes by bit, in THEME_IDS order: what it counts as carrying. */
  themesOf(id: number): ThemeId[] {
    const mask = this.themes[id] ?? 0;
    return THEME_IDS.filter((_, bit) => (mask & (1 << bit)) !== 0);
  }

  /**
   * A passage's themes as counted, and every tag with where it came from: the machine's layer
   * (`found`: the layer of each theme the machine found), or a coder's decision; a theme the machine
   * found and a coder rejected is listed as rejected.
   */
  tagsOf(id: number, found: ReadonlyArray<{ theme: ThemeId; source: TagSource }>): { themes: ThemeId[]; tags: Array<{ theme: ThemeId; origin: TagOrigin }> } {
    const machine = new Map(found.map((finding) => [finding.theme, finding.source]));
    // A passage newer than the index (an ingest it has not caught up with) has no human codes yet.
    if (!this.kind[id]) return { themes: THEME_IDS.filter((theme) => machine.has(theme)), tags: THEME_IDS.flatMap((theme) => (machine.has(theme) ? [{ theme, origin: machine.get(theme)! }] : [])) };
    const themes = this.themesOf(id);
    const tags = THEME_IDS.filter((theme) => machine.has(theme) || themes.includes(theme)).map((theme) => ({ theme, origin: this.originOf(id, theme, machine.get(theme) ?? null) }));
    return { themes, tags };
  }

  private originOf(id: number, theme: ThemeId, machine: TagSource | null): TagOrigin {
    const bit = 1 << THEME_IDS.indexOf(theme);
    if (((this.themes[id] ?? 0) & bit) === 0) return 'rejected';
    if (((this.confirmedThemes[id] ?? 0) & bit) === 0) return machine ?? 'pattern';
    return ((this.humanThemes[id] ?? 0) & bit) !== 0 ? 'added' : 'confirmed';
  }

  /** A predicate for one filter, with the board match and theme mask worked out once. */
  accepts(filter: PassageFilter): (id: number) => boolean {
    const { kind, year, board, themes, modelThemes, humanThemes, confirmedThemes, ocr } = this;
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
      const bySource = source === 'model' ? modelThemes[id]! : source === 'human' ? confirmedThemes[id]! : themes[id]! & ~modelThemes[id]! & ~humanThemes[id]!;
      if (mask === 0 || mode === 'none') return bySource !== 0;
      return mode === 'all' ? (bySource & mask) === mask : (bySource & mask) !== 0;
    };
  }

  /**
   * The facet counts of the candidates `accepts` keeps, and how many of them each review holds
   * (indexed by review id). One pass over the candidates counts each passage under its review and
   * its facet key (kind, themes and their sources, of which a corpus has a few thousand
   * distinct); years and boards are summed from the reviews, the rest from the keys, afterwards.
   */
  countMatches(candidates: Int32Array, accepts: (id: number) => boolean): { counts: FacetCounts; perReview: Uint32Array } {
    const { keys, values, reviewYear, reviewBoard } = this.facetKeys();
    const perReview = new Uint32Array(this.reviewSlots);
    const byKey = new Uint32Array(values.length);
    const review = this.review;
    for (let at = 0; at < candidates.length; at++) {
      const id = candidates[at]!;
      if (!accepts(id)) continue;
      byKey[keys[id]!]!++;
      perReview[review[id]!]!++;
    }
    const counts = this.emptyCounts();
    const { kind: byKind, year: byYear, board: byBoard, theme: byTheme, source: bySource } = counts;
    for (let key = 0; key < values.length; key++) {
      const n = byKey[key]!;
      if (n === 0) continue;
      const value = values[key]!;
      counts.total += n;
      byKind[value & KIND_BITS]! += n;
      for (let source = 0; source < SOURCES.length; source++) if ((value >>> (KIND_WIDTH + source)) & 1) bySource[source]! += n;
      for (let mask = value >>> THEMES_SHIFT; mask !== 0; mask &= mask - 1) byTheme[31 - Math.clz32(mask & -mask)]! += n;
    }
    for (let id = 0; id < perReview.length; id++) {
      const n = perReview[id]!;
      if (n === 0) continue;
      byYear[reviewYear[id]!]! += n;
      byBoard[reviewBoard[id]!]! += n;
    }
    return { counts, perReview };
  }

  /**
   * Each passage's facet key and what the key stands for (its kind in the low bits, then a bit per
   * source, then the theme mask), with each review's year and board: built once per index, on
   * first use (a new index's preparation builds it in the background).
   */
  facetKeys(): FacetKeys {
    if (this.keyed) return this.keyed;
    const { kind, themes, modelThemes, humanThemes, confirmedThemes, review, year, board } = this;
    const keys = new Uint32Array(kind.length);
    const slots = new Map<number, number>();
    const values: number[] = [];
    const reviewYear = new Uint16Array(this.reviewSlots);
    const reviewBoard = new Uint16Array(this.reviewSlots);
    for (let id = 0; id < kind.length; id++) {
      if (kind[id] === 0) continue;
      const model = modelThemes[id]!;
      const mask = themes[id]!;
      const sources = ((mask & ~model & ~humanThemes[id]!) !== 0 ? 1 : 0) | (model !== 0 ? 2 : 0) | (confirmedThemes[id] !== 0 ? 4 : 0);
      const value = (kind[id]! | (sources << KIND_WIDTH) | (mask << THEMES_SHIFT)) >>> 0;
      let slot = slots.get(value);
      if (slot === undefined) {
        slot = values.length;
        slots.set(value, slot);
        values.push(value);
      }
      keys[id] = slot;
      reviewYear[review[id]!] = year[id]!;
      reviewBoard[review[id]!] = board[id]!;
    }
    this.keyed = { keys, values: Uint32Array.from(values), reviewYear, reviewBoard };
    return this.keyed;
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
    // Two stable counting sorts (a comparison sort of two million ids took a second): by year, then by findings.
    this.evidenceOrder = sortDescending(sortDescending(Int32Array.from(ids), this.year), this.evidence);
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

/** The ids by `key` (a small whole number) from high to low, keeping their order among equals: a stable counting sort. */
function sortDescending(ids: Int32Array, key: Uint16Array): Int32Array {
  let top = 0;
  for (const id of ids) top = Math.max(top, key[id]!);
  const starts = new Uint32Array(top + 2);
  for (const id of ids) starts[top - key[id]! + 1]!++;
  for (let at = 1; at < starts.length; at++) starts[at]! += starts[at - 1]!;
  const sorted = new Int32Array(ids.length);
  for (const id of ids) sorted[starts[top - key[id]!]!++] = id;
  return sorted;
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
