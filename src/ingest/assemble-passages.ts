import type { Passage } from '../model/review.js';
import { headingNumber, headingTitle, sectionKind } from './sections.js';
import type { Section } from './types.js';

/** A heading or a paragraph, its text final: what a reader (PDF, Word, text, Markdown) makes of a document. */
export type DocumentBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; number: string | null; text: string; page: number; endPage: number; ocrConfidence?: number };

/** Passages before tagging, and the review text their offsets index: passages joined by "\n\n". */
export interface AssembledPassages {
  passages: Omit<Passage, 'sentences'>[];
  text: string;
}

/**
 * Places each paragraph in its section and gives it its offsets in the review text: the one way
 * every reader turns a document's blocks into passages. `numbered` holds section titles by
 * number known beforehand (a PDF's contents page); numbered headings add to it.
 * assemblePassages([{ type: 'heading', text: '5. Recommendations' }, { type: 'paragraph', number: '5.1', text: 'See the child.', page: 9, endPage: 9 }]).passages[0].kind === 'recommendation'
 */
export function assemblePassages(blocks: readonly DocumentBlock[], numbered = new Map<string, string>()): AssembledPassages {
  const passages: AssembledPassages['passages'] = [];
  let section: Section = { heading: '', kind: 'narrative' };
  let offset = 0;
  for (const block of blocks) {
    if (block.type === 'heading') {
      const number = headingNumber(block.text);
      if (number) numbered.set(number, headingTitle(block.text));
      section = enterSection(section, block.text);
      continue;
    }
    if (block.text === '') continue;
    const { text, number: paragraph, page, endPage, ocrConfidence } = block;
    const placed = ownSection(section, paragraph, numbered);
    passages.push({ seq: passages.length, page, endPage, paragraph, section: placed.heading, kind: placed.kind, text, start: offset, end: offset + text.length, ...(ocrConfidence !== undefined ? { ocrConfidence } : {}) });
    offset += text.length + 2;
  }
  return { passages, text: passages.map((passage) => passage.text).join('\n\n') };
}

/**
 * A heading that names a kind ("Recommendations") or carries a section number opens a section;
 * any other heading ("Health visiting", "6.1 Seeing the child") is a subsection, which keeps its
 * parent's title and kind.
 */
function enterSection(current: Section, heading: string): Section {
  const title = headingTitle(heading).replace(/^\d+(?:\.\d+)+\.?\s+/, '');
  const kind = sectionKind(title);
  if (kind !== null) return { heading: title, kind };
  if (headingNumber(heading) !== null || current.heading === '') return { heading: title, kind: 'narrative' };
  return current;
}

/**
 * A numbered paragraph belongs to the section its first number names ("4.3" to section 4) when
 * that section's title is known (from a numbered heading or the contents page) and is not the
 * current one or its start.
 */
function ownSection(current: Section, paragraph: string | null, numbered: ReadonlyMap<string, string>): Section {
  const owner = paragraph ? numbered.get(paragraph.split('.')[0] ?? '') : undefined;
  return owner && owner !== current.heading && !current.heading.startsWith(owner) ? { heading: owner, kind: sectionKind(owner) ?? current.kind } : current;
}
