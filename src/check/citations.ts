import type { TaggedPassage } from '../model/review.js';
import { citationText } from '../search/citation.js';
import type { CorpusPassageRow } from '../store/passage-rows.js';
import type { ThemeId } from '../model/themes.js';
import type { CorpusPassageRef, DraftPassageRef } from './passage-refs.js';

/**
 * A draft paragraph as the report cites it. Only a PDF has pages; an unnumbered paragraph is
 * cited by its position, counting every paragraph of the draft from 1.
 * "para 4.12, p. 7" | "paragraph 23 (unnumbered)"
 */
export function draftPassageRef(passage: TaggedPassage, paginated: boolean, theme?: ThemeId): DraftPassageRef {
  const where = [passage.paragraph ? `para ${passage.paragraph}` : `paragraph ${passage.seq + 1} (unnumbered)`, paginated ? `p. ${passage.page}` : null];
  const evidence = passage.evidence.filter((found) => theme === undefined || found.theme === theme);
  return {
    seq: passage.seq,
    paragraph: passage.paragraph,
    page: passage.page,
    section: passage.section,
    kind: passage.kind,
    citation: where.filter(Boolean).join(', '),
    text: passage.text,
    evidence: evidence.map((found) => ({ ...found, text: passage.text.slice(found.start, found.end) })),
  };
}

/** A corpus passage as the report cites it, in the words the search results use. */
export function corpusPassageRef(row: CorpusPassageRow): CorpusPassageRef {
  const review = { id: row.review_id, title: row.title, board: row.board, year: row.year };
  const cited = { id: row.id, review, page: row.page, paragraph: row.paragraph, section: row.section, kind: row.kind, text: row.text };
  return { ...cited, citation: citationText(cited) };
}
