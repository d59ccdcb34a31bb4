import { editDistance } from '../../src/ingest/edit-distance.js';
import { normaliseLine } from '../../src/ingest/normalise.js';
import type { IngestedReview } from '../../src/model/review.js';
import type { Truth } from './corpus.js';

export interface OcrAccuracy {
  /** Character error rate: edits to turn the passages read into the truth's paragraphs, per truth character. */
  cer: number;
  /**
   * Where the errors come from, each a share of the truth's characters (they add up to `cer`):
   * paragraphs whose number was lost, text run into a paragraph beyond its own length (table
   * cells, footnotes, the next paragraph), and characters misread.
   */
  sources: { numberLost: number; runIn: number; misread: number };
  /** Share of the truth's paragraph numbers found as a passage's number. */
  numbersFound: number;
  /** The paragraphs read worst, for a failure message. */
  worst: string[];
}

/**
 * How well a scanned report was read, paragraph by paragraph against its ground truth: a paragraph
 * whose number was not recovered counts as wholly wrong.
 */
export function ocrAccuracy(review: IngestedReview, truth: Truth): OcrAccuracy {
  const found = new Map(review.passages.filter((passage) => passage.paragraph).map((passage) => [passage.paragraph, passage.text]));
  let edits = 0;
  let chars = 0;
  let numbers = 0;
  const sources = { numberLost: 0, runIn: 0, misread: 0 };
  const scored: Array<{ rate: number; line: string }> = [];
  for (const paragraph of truth.paragraphs) {
    const expected = comparable(paragraph.text);
    const text = found.get(paragraph.number);
    if (text !== undefined) numbers += 1;
    const distance = text === undefined ? expected.length : editDistance(comparable(text), expected);
    const runIn = text === undefined ? 0 : Math.min(distance, Math.max(0, comparable(text).length - expected.length));
    if (text === undefined) sources.numberLost += distance;
    sources.runIn += runIn;
    sources.misread += text === undefined ? 0 : distance - runIn;
    edits += distance;
    chars += expected.length;
    scored.push({ rate: distance / expected.length, line: `${paragraph.number}: ${text === undefined ? 'missing' : `${distance} edits in ${expected.length}: ${text.slice(0, 160)}`}` });
  }
  const worst = scored.sort((a, b) => b.rate - a.rate).slice(0, 5).map((entry) => entry.line);
  const share = (count: number): number => count / Math.max(1, chars);
  return { cer: share(edits), sources: { numberLost: share(sources.numberLost), runIn: share(sources.runIn), misread: share(sources.misread) }, numbersFound: numbers / Math.max(1, truth.paragraphs.length), worst };
}

function comparable(text: string): string {
  return normaliseLine(text).replace(/\s+/g, ' ').trim();
}
