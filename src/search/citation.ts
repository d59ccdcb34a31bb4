/** The fields a citation needs; SearchHit and the review page's passages both have them. */
export interface CitedPassage {
  id: number;
  review: { id: number; title: string; board: string; year: number | null };
  page: number;
  paragraph: string | null;
  section: string;
  kind: string;
}

/** ['Northmoor LSCB', '2013', 'p. 12', 'para 4.12', 'Analysis']: where a passage is, for a reader to find it. */
export function citationParts(passage: CitedPassage): string[] {
  const parts = [passage.review.board, String(passage.review.year ?? 'n.d.'), `p. ${passage.page}`, passage.paragraph ? `para ${passage.paragraph}` : null, passage.section || null];
  return parts.filter((part): part is string => part !== null);
}

/** "Serious Case Review: Child S, Northmoor LSCB, 2013, p. 12, para 4.12, Analysis": one cell of an export. */
export function citationText(passage: CitedPassage): string {
  return [passage.review.title, ...citationParts(passage)].join(', ');
}

/** The anchor of a passage on its review page: `p-4.12` for a numbered paragraph, `passage-812` otherwise. */
export function passageAnchor(passage: { id: number; paragraph: string | null }): string {
  return passage.paragraph ? `p-${passage.paragraph}` : `passage-${passage.id}`;
}

/** /reviews/12#p-4.12: the deep link a citation points to. */
export function passagePath(passage: Pick<CitedPassage, 'id' | 'review' | 'paragraph'>): string {
  return `/reviews/${passage.review.id}#${passageAnchor(passage)}`;
}
