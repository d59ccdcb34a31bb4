// How the check cites a passage: a paragraph of the draft, or a passage of an earlier review.
import type { QuotedEvidence } from '../model/review.js';
import type { PassageKind } from '../model/themes.js';
import type { CitedPassage } from '../search/citation.js';

/** A piece of evidence in a draft passage: offsets into the passage text. */
export type EvidenceRef = QuotedEvidence;

/** A paragraph of the draft, cited as the board will find it in its own document. */
export interface DraftPassageRef {
  seq: number;
  /** The paragraph number as printed ("4.12"), or null for an unnumbered paragraph. */
  paragraph: string | null;
  page: number;
  section: string;
  kind: PassageKind;
  /** "para 4.12, p. 7", or "paragraph 23 (unnumbered)" in a draft without numbers or pages. */
  citation: string;
  text: string;
  evidence: EvidenceRef[];
}

/** A passage of a review already in the corpus, with its citation written out. */
export interface CorpusPassageRef extends CitedPassage {
  kind: PassageKind;
  text: string;
  /** "Serious Case Review: Child S, Northmoor LSCB, 2013, p. 12, para 4.12, Analysis" */
  citation: string;
}
