/** What the invariants read of a passage: every reader's output has these, tagged passages the last two too. */
export interface CheckedPassage {
  seq: number;
  page: number;
  endPage: number;
  text: string;
  start: number;
  end: number;
  sentences?: ReadonlyArray<readonly [number, number]>;
  evidence?: ReadonlyArray<{ theme: string; start: number; end: number }>;
}

/**
 * The invariants every reader's passages keep (STYLE.md, principle 10), written once and asserted
 * on the output of PDF ingest (text layer and OCR), the Word, text and Markdown draft readers and
 * retag: the passages tile the review text in order ("\n\n" between them, no gaps, no overlaps,
 * nothing left over); offsets increase; each passage is its slice of the text; sentences come in
 * order inside their passage; every evidence span lies inside its passage.
 * Returns what is wrong, one line each, so that a failing test shows every break at once.
 * expect(passageViolations(review)).toEqual([])
 */
export function passageViolations(review: { text: string; passages: readonly CheckedPassage[] }, name = 'review'): string[] {
  const problems: string[] = [];
  const at = (passage: CheckedPassage) => `${name} passage ${passage.seq} (p. ${passage.page})`;
  let offset = 0;
  for (const [index, passage] of review.passages.entries()) {
    if (passage.seq !== index) problems.push(`${at(passage)}: seq should be ${index}`);
    if (passage.start !== offset) problems.push(`${at(passage)}: starts at ${passage.start}, not where the previous passage left off (${offset})`);
    if (!(passage.start < passage.end)) problems.push(`${at(passage)}: is empty or runs backwards (${passage.start}-${passage.end})`);
    if (review.text.slice(passage.start, passage.end) !== passage.text) problems.push(`${at(passage)}: its offsets do not index its text in the review text`);
    if (passage.endPage < passage.page) problems.push(`${at(passage)}: ends on page ${passage.endPage}, before it starts`);
    let sentenceEnd = 0;
    for (const [start, end] of passage.sentences ?? []) {
      if (!(sentenceEnd <= start && start < end && end <= passage.text.length)) problems.push(`${at(passage)}: sentence ${start}-${end} is out of order or outside the passage`);
      sentenceEnd = end;
    }
    if (passage.sentences?.length === 0) problems.push(`${at(passage)}: has no sentences`);
    for (const found of passage.evidence ?? []) {
      if (!(0 <= found.start && found.start < found.end && found.end <= passage.text.length)) problems.push(`${at(passage)}: ${found.theme} evidence ${found.start}-${found.end} lies outside the passage`);
    }
    offset = passage.end + 2;
  }
  const covered = review.passages.length === 0 ? 0 : offset - 2;
  if (covered !== review.text.length) problems.push(`${name}: the passages cover ${covered} of the text's ${review.text.length} characters`);
  return problems;
}
