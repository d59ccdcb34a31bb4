import type { TaggedPassage } from '../../model/review.js';
import { draftPassageRef } from '../citations.js';
import type { Span } from './cues.js';
import type { QualityMeasures, QualityPassage, Verdict } from './types.js';

/** What every detector reads: the draft's tagged passages, the child it is about, and how to cite a passage. */
export interface DraftContext {
  passages: readonly TaggedPassage[];
  /** The child's name from the draft's title ("Child R" -> "R"), for the `{child}` cue; null when the title names none. */
  child: string | null;
  cite(passage: TaggedPassage, marks: Span[]): QualityPassage;
  /** The passages of several hits cited once each, in the draft's order, with all their marks. */
  citeAll(hits: ReadonlyArray<{ passage: TaggedPassage; marks: Span[] }>): QualityPassage[];
}

/** A detector's reading of the draft: the verdict, a sentence on what it found, the cited evidence and the figures. */
export interface Detection<M extends QualityMeasures = QualityMeasures> {
  verdict: Verdict;
  finding: string;
  evidence: QualityPassage[];
  measures: M;
}

/** "Child Safeguarding Practice Review: Child R" -> "R"; "Baby H" -> "H"; "Sibling Group A" -> "A". */
const SUBJECT = /\b(?:Child|Baby|Infant|Young Person|Sibling Group|Siblings|Family)\s+([A-Z][\w-]*)\b/g;

/** draftContext(passages, 'Review: Child R', false).cite(passage, marks).citation === 'para 4.1' */
export function draftContext(passages: readonly TaggedPassage[], title: string, paginated: boolean): DraftContext {
  // The last match: "Child Safeguarding Practice Review: Child R" names R, not "Safeguarding".
  const child = [...title.matchAll(SUBJECT)].pop()?.[1] ?? null;
  const cite = (passage: TaggedPassage, marks: Span[]): QualityPassage => {
    const { evidence: _themes, ...ref } = draftPassageRef(passage, paginated);
    return { ...ref, marks: [...marks].sort((a, b) => a.start - b.start).map(({ start, end }) => ({ start, end })) };
  };
  return {
    passages,
    child,
    cite,
    citeAll(hits) {
      const bySeq = new Map<number, { passage: TaggedPassage; marks: Span[] }>();
      for (const { passage, marks } of hits) bySeq.set(passage.seq, { passage, marks: [...(bySeq.get(passage.seq)?.marks ?? []), ...marks] });
      return [...bySeq.values()].sort((a, b) => a.passage.seq - b.passage.seq).map(({ passage, marks }) => cite(passage, marks));
    },
  };
}

/** "para 4.1, para 4.2 and paragraph 9 (unnumbered)" */
export function citationList(citations: readonly string[]): string {
  if (citations.length <= 1) return citations[0] ?? '';
  return `${citations.slice(0, -1).join(', ')} and ${citations[citations.length - 1]}`;
}
