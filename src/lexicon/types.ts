import type { PassageKind, ThemeId } from '../themes.js';

/** One piece of evidence: where in the passage a theme's pattern matched, and which pattern. */
export interface ThemeMatch {
  theme: ThemeId;
  /** Character offsets into the text given to `tag`. */
  start: number;
  end: number;
  text: string;
  pattern: string;
}

export interface TagResult {
  kind: PassageKind;
  /** Sorted, unique: the themes with at least one counted match. */
  themes: ThemeId[];
  /** Sorted by start. */
  matches: ThemeMatch[];
  /**
   * The sentences of the passage as [start, end) character offsets into the text given to `tag`,
   * in order and without overlap: ingest stores them, so that wink reads each passage only once.
   */
  sentences: Array<[number, number]>;
}

export interface LexiconInfo {
  id: ThemeId;
  label: string;
  description: string;
  file: string;
  patterns: number;
}

export interface Tagger {
  /** Content hash of all lexicon files (first 12 hex chars of sha256): findings record it. */
  readonly version: string;
  readonly lexicons: readonly LexiconInfo[];
  /** Pure, synchronous; `section` is the kind implied by the passage's section heading, when known. */
  tag(text: string, context?: { section?: PassageKind }): TagResult;
  /**
   * For each sentence of the text (as `tag` splits it), the names of the word groups
   * (`group: @name = ...` in any lexicon file) that occur in it, sorted: features for a learned
   * layer, read the same way the patterns read the text (any polarity).
   * groupHits('Supervision was weak.') -> [['oversight', 'weak']]
   */
  groupHits(text: string): string[][];
}
