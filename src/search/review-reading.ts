import { NotFoundError } from '../errors.js';
import type { FindingRow } from '../store/passage-rows.js';
import type { ReviewInfo, ReviewPageQueries, ReviewPassageRow } from '../store/review-page-queries.js';
import type { Passage } from '../model/review.js';
import type { TagOrigin } from '../model/codes.js';
import type { ThemeId } from '../model/themes.js';
import type { PassageIndex } from './passage-index.js';
import { passageAnchor } from './citation.js';
import { groupFindings } from '../store/group-findings.js';
import type { EvidenceSpan } from './search.js';

export interface ReviewPassage extends Pick<Passage, 'seq' | 'page' | 'paragraph' | 'section' | 'kind' | 'text'> {
  id: number;
  /** The page the passage ends on. */
  end_page: number;
  /** The element id on the review page: `p-4.12`, or `passage-812` for an unnumbered or repeated number. */
  anchor: string;
  /** The themes it counts as carrying, human codes applied. */
  themes: ThemeId[];
  /** Each theme found or counted, with where it came from (pattern, model, confirmed, added, rejected). */
  tags: Array<{ theme: ThemeId; origin: TagOrigin }>;
  evidence: EvidenceSpan[];
  /** Read by OCR from a page picture, with its words' mean confidence, 0-100. */
  ocr: boolean;
  ocr_confidence: number | null;
  /** For a recommendation, its group across reviews (added by the review route): "asked by 7 reviews since 2011". */
  ask_group?: { group: number; line: string } | null;
}

export interface ReviewReading {
  review: ReviewInfo;
  /** Themes by number of passages carrying them, most first. */
  profile: Array<{ theme: ThemeId; passages: number; findings: number }>;
  passages: ReviewPassage[];
}

/** One review to read: metadata, theme profile and every passage in order with its evidence; `index` gives the themes as counted (human codes applied). */
export function readReview(queries: ReviewPageQueries, id: number, index: PassageIndex): ReviewReading {
  const review = Number.isInteger(id) ? queries.one(id) : undefined;
  if (!review) throw new NotFoundError(`there is no review ${id}. The list of reviews is at /reviews.`);
  const findings = groupFindings(queries.findings(id));
  const anchors = new Set<string>();
  const passages = queries.passages(id).map((row) => {
    const passage = toPassage(row, findings.get(row.id) ?? [], anchors, index);
    anchors.add(passage.anchor);
    return passage;
  });
  return { review, profile: themeProfile(passages), passages };
}

function toPassage(row: ReviewPassageRow, found: FindingRow[], taken: ReadonlySet<string>, index: PassageIndex): ReviewPassage {
  const anchor = passageAnchor(row);
  const { themes, tags } = index.tagsOf(row.id, found);
  return {
    id: row.id,
    seq: row.seq,
    page: row.page,
    end_page: row.end_page,
    paragraph: row.paragraph,
    section: row.section,
    kind: row.kind,
    text: row.text,
    ocr: row.ocr_confidence !== null,
    ocr_confidence: row.ocr_confidence,
    anchor: taken.has(anchor) ? `passage-${row.id}` : anchor,
    themes,
    tags,
    evidence: found.map((finding) => ({ theme: finding.theme, start: finding.start, end: finding.end, text: row.text.slice(finding.start, finding.end), pattern: finding.pattern, source: finding.source, score: finding.score })),
  };
}

function themeProfile(passages: ReviewPassage[]): ReviewReading['profile'] {
  const counts = new Map<ThemeId, { theme: ThemeId; passages: number; findings: number }>();
  for (const passage of passages) {
    for (const theme of passage.themes) {
      const entry = counts.get(theme) ?? { theme, passages: 0, findings: 0 };
      entry.passages++;
      entry.findings += passage.evidence.filter((span) => span.theme === theme).length;
      counts.set(theme, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.passages - a.passages || a.theme.localeCompare(b.theme));
}
