import { createHash } from 'node:crypto';
import { tagPassage } from '../../src/ingest/tag-with-layers.js';
import type { IngestedReview, TaggedPassage } from '../../src/model/review.js';
import type { Tagger } from '../../src/lexicon/index.js';
import { openStore } from '../../src/store/store.js';
import { corpusTruths, ingestCorpusReport, type Truth } from './corpus.js';

/** The bundled corpus read from its PDFs, exactly as `lessons ingest` reads it. */
export async function ingestedCorpus(tagger: Tagger): Promise<IngestedReview[]> {
  const reviews: IngestedReview[] = [];
  for (const truth of corpusTruths()) reviews.push(await ingestCorpusReport(truth, tagger));
  return reviews;
}

/**
 * The bundled corpus built from its ground truth (paragraph texts, numbers and pages), tagged by
 * the lexicons: seconds instead of the PDFs' half a minute, for tests about pages rather than parsing.
 */
export function truthCorpus(tagger: Tagger): IngestedReview[] {
  return corpusTruths().map((truth) => reviewFromTruth(truth, tagger));
}

function reviewFromTruth(truth: Truth, tagger: Tagger): IngestedReview {
  let offset = 0;
  const passages: TaggedPassage[] = truth.paragraphs.map((paragraph, seq) => {
    const passage = tagPassage({ seq, page: paragraph.page, endPage: paragraph.page, paragraph: paragraph.number, section: paragraph.section, kind: paragraph.kind, text: paragraph.text, start: offset, end: offset + paragraph.text.length }, tagger);
    offset += paragraph.text.length + 2;
    return passage;
  });
  return {
    file: `/corpus/${truth.file}`,
    sha256: createHash('sha256').update(truth.file).digest('hex'),
    pages: truth.pages,
    meta: truth.meta,
    lexiconVersion: tagger.version,
    passages,
    text: passages.map((passage) => passage.text).join('\n\n'),
  };
}

/** Writes reviews into a new database file through the review writer, and closes it. */
export function writeDatabase(file: string, reviews: readonly IngestedReview[]): void {
  const store = openStore(file);
  for (const review of reviews) store.reviews.save(review);
  store.close();
}
