import type { IngestedReview, TaggedPassage } from '../../src/model/review.js';

/** A small hand-made review for store and search tests; `texts` become its passages in order. */
export function makeReview(options: { file: string; sha256: string; title?: string; year?: number; board?: string; texts?: string[] }): IngestedReview {
  const texts = options.texts ?? ['The social worker accepted the explanation at face value.', 'The child was seen alone at every visit.'];
  let offset = 0;
  const passages: TaggedPassage[] = texts.map((text, seq) => {
    const passage: TaggedPassage = {
      seq,
      page: 3 + seq,
      endPage: 3 + seq,
      paragraph: `4.${seq + 1}`,
      section: 'Analysis',
      kind: 'finding',
      sectionKind: 'finding',
      text,
      start: offset,
      end: offset + text.length,
      sentences: [[0, text.length]],
      evidence: text.includes('face value') ? [{ theme: 'face_value', start: text.indexOf('accepted'), end: text.indexOf('face value') + 10, pattern: 'accept ... face value', source: 'pattern', score: null }] : [],
    };
    offset += text.length + 2;
    return passage;
  });
  return {
    file: options.file,
    sha256: options.sha256,
    pages: 10,
    meta: { title: options.title ?? 'Serious Case Review: Child T', board: options.board ?? 'Westford LSCB', subject: 'Child T', year: options.year ?? 2014, author: 'A. Reviewer' },
    lexiconVersion: 'test',
    passages,
    text: texts.join('\n\n'),
  };
}
