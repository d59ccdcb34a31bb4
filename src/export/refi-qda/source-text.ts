/** A passage's place in its review's plain-text source, in UTF-16 offsets of the source text. */
export interface PassageSpan {
  passageId: number;
  seq: number;
  start: number;
  end: number;
}

export interface SourceText {
  /** The review's passages in reading order, a blank line between them; LF line ends. */
  text: string;
  spans: PassageSpan[];
}

/**
 * The plain-text source of a review as REFI-QDA exports carry it, and where each passage lies in it.
 * An import rebuilds it from the same passages to read the positions of codes made elsewhere.
 * reviewSourceText([{ id: 1, seq: 0, text: 'a' }, { id: 2, seq: 1, text: 'b' }]).text === 'a\n\nb'
 */
export function reviewSourceText(passages: ReadonlyArray<{ id: number; seq: number; text: string }>): SourceText {
  const spans: PassageSpan[] = [];
  let text = '';
  for (const passage of passages) {
    if (text !== '') text += '\n\n';
    const start = text.length;
    text += passage.text.replace(/\r\n?/g, '\n');
    spans.push({ passageId: passage.id, seq: passage.seq, start, end: text.length });
  }
  return { text, spans };
}
