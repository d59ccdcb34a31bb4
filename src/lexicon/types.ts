import type { NumberedTable } from './vocabulary.js';
import type { QuotedEvidence } from '../model/review.js';
import type { PassageKind, ThemeId } from '../model/themes.js';

/**
 * One piece of evidence: where in the passage a theme's pattern matched, and which pattern. A model
 * tag's evidence is the sentence, its `pattern` the model's top contributing features.
 */
export type ThemeMatch = QuotedEvidence;

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

/** How the tagger read one sentence (tokens [from, to)): what the learned layer builds its features on. */
export interface SentenceReading {
  from: number;
  to: number;
  /** The sentence as [start, end) character offsets into the text given to `tag`. */
  span: [number, number];
  /** A heading, question, terms of reference or method: it states nothing. */
  topicOnly: boolean;
  /** It prescribes (only the part before the modal, if any, states facts). */
  prescriptive: boolean;
  /** Lexicon groups (`group: @name`) that matched in the sentence, and those whose match began negated. */
  groups: string[];
  negatedGroups: string[];
}

/** A tag result with the reading behind it: tokens, which of them state facts, and each sentence. */
export interface PassageReading extends TagResult {
  tokens: NumberedTable;
  /** 1 for a token in text that states a fact; 0 in a prescription, condition, question or heading. */
  factual: readonly number[];
  readings: SentenceReading[];
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
  /** tag(), with the reading behind the result; a little slower, since it also looks for lexicon groups. */
  read(text: string, context?: { section?: PassageKind }, options?: ReadOptions): PassageReading;
}

/** How a group matches in a sentence: not at all, or where its match begins is negated or not (SentenceReading.negatedGroups). */
export type GroupMatch = 'absent' | 'present' | 'negated';

export interface ReadOptions {
  /**
   * The learned layer's failure gate, by group name: a sentence with no negated word, no un-word
   * and none of these groups is not scored, so its groups are not looked for (both lists stay empty).
   */
  gateGroups?: ReadonlySet<string>;
  /**
   * Asked once a sentence has passed the gate, before all its groups are looked for, with the names
   * of the groups it may have (the candidates of the index; the list is overwritten by the next
   * sentence) and `lookFor`, which says how group `at` of the list matches in the sentence (it
   * looks for the group, once: the full pass reuses the answer): false when the learned layer
   * could tag nothing from the sentence, and then the groups are not all looked for (both lists
   * stay empty).
   */
  groupsWanted?: (sentence: SentenceReading, passage: Pick<PassageReading, 'tokens' | 'factual'>, groups: readonly string[], lookFor: (at: number) => GroupMatch) => boolean;
}

/** A lexicon file's name and text, as read from the lexicons folder. */
export interface LexiconSource {
  file: string;
  source: string;
}
