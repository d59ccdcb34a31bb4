import { createHash } from 'node:crypto';
import { readMetadata } from '../ingest/metadata.js';
import type { IngestedReview, TaggedPassage } from '../model/review.js';
import type { Tagger } from '../lexicon/index.js';
import type { CheckQueries } from '../store/check-queries.js';
import type { reviewWriter } from '../store/reviews.js';
import { corpusIndex, type CorpusIndex } from './corpus-index.js';
import { assertDraftSize } from './draft-format.js';
import { readAndTagDraft, type DraftDocument, type TaggedDraft } from './draft-reader.js';
import { leadSentence } from './lead-sentence.js';
import { assessQuality } from './quality/assess-quality.js';
import type { QualityCriterion } from './quality/criteria-file.js';
import { recommendationCorpus, REPEAT_THRESHOLD, repeatedRecommendations } from './recommendations.js';
import type { DraftEntry } from './similar-passages.js';
import { reportThemes, SIMILAR_SHOWN } from './theme-report.js';
import type { CheckReport, Draft } from './types.js';

export interface CheckDeps {
  /** Queries on a read-only connection: a check never writes to the database. */
  queries: CheckQueries;
  tagger: Tagger;
  /** The quality criteria (quality/criteria.json), loaded and validated once. */
  criteria: readonly QualityCriterion[];
  maxUploadMb: number;
  /**
   * Reads and tags the draft; in this thread when not given. The server passes a pool of threads
   * with a deadline and a memory cap (draft-pool.ts), so that a hostile file cannot hurt it.
   */
  read?: (draft: Draft) => Promise<TaggedDraft>;
  /** Given only when the user asked for the draft to be added to the corpus. */
  saveTo?: { writer: ReturnType<typeof reviewWriter>; file: string };
}

/** How the report's scores are made, in words for the report itself. */
const METHOD = {
  similarity:
    'Each draft paragraph with a failing is compared with the passages of earlier reviews tagged with the same failing. Candidates are the passages that contain every word of one group of three (or, when those find too few, two) of the paragraph\'s nine most specific words, found with SQLite FTS5; in a small corpus, the best BM25 matches of those words. Each candidate is then scored by the cosine of the TF-IDF vectors of the two passages: Porter-stemmed words, each weighing (1 + ln tf) × ln(N / df) with df counted over the N passages of the corpus. 0 means nothing informative in common, 1 the same words in the same proportions.',
  recommendations:
    'Recommendations are compared by their first full sentence, the one that says what is asked, with every recommendation of the corpus. An earlier recommendation is listed under the failing whose definition its first sentence is closest to, near-identical ones counted together.',
};

/**
 * Checks a draft review against the corpus, in memory: reads it into cited paragraphs, tags them
 * with the lexicons, and for each failing found reports its recurrence, the most similar earlier
 * passages and earlier recommendations; then flags the draft's recommendations that closely
 * repeat earlier ones, and assesses the draft against the quality criteria. The draft is stored
 * only when `deps.saveTo` asks for it.
 * const report = await checkDraft({ name: 'draft.pdf', bytes }, { queries, tagger, criteria, maxUploadMb: 50 })
 */
export async function checkDraft(draft: Draft, deps: CheckDeps): Promise<CheckReport> {
  assertDraftSize(draft.name, draft.bytes.length, deps.maxUploadMb);
  const { document, passages } = await (deps.read ?? ((given: Draft) => readAndTagDraft(given, deps.tagger)))(draft);
  const index = corpusIndex(deps.queries);
  const entries = passages.map((passage) => toEntry(passage, index));
  const paginated = document.format === 'pdf';
  const earlier = recommendationCorpus(index, deps.tagger.lexicons);
  const themes = reportThemes({ entries, index, queries: deps.queries, recommendations: earlier, lexicons: deps.tagger.lexicons, paginated });
  const recommendations = entries.filter((entry) => entry.passage.kind === 'recommendation');
  const repeated = repeatedRecommendations(recommendations, earlier, paginated);
  const counts = { known_failings: themes.length, recommendations: recommendations.length, repeated_recommendations: repeated.length, corpus_reviews: deps.queries.totals().reviews };
  const report: CheckReport = {
    ok: true,
    summary: summarise(counts),
    counts,
    draft: { name: draft.name, format: document.format, pages: document.pages, paragraphs: passages.length },
    method: { ...METHOD, repeat_threshold: REPEAT_THRESHOLD, similar_per_theme: SIMILAR_SHOWN },
    themes,
    repeated_recommendations: repeated,
    quality: assessQuality({ passages, title: document.displayTitle, paginated }, deps.criteria),
  };
  return deps.saveTo ? { ...report, saved: saveDraft(draft, document, passages, deps.tagger, deps.saveTo) } : report;
}

function toEntry(passage: TaggedPassage, index: CorpusIndex): DraftEntry {
  const vector = index.vectorOf(passage.text);
  return {
    passage,
    themes: [...new Set(passage.evidence.map((found) => found.theme))],
    vector,
    lead: passage.kind === 'recommendation' ? index.vectorOf(leadSentence(passage.text, passage.sentences)) : vector,
  };
}

/** "This draft describes 7 known failings; 2 of its 9 recommendations closely repeat earlier ones." */
function summarise(counts: CheckReport['counts']): string {
  const failings = `This draft describes ${counts.known_failings} known failing${counts.known_failings === 1 ? '' : 's'}`;
  if (counts.recommendations === 0) return `${failings}; it makes no recommendations that could be compared with earlier ones.`;
  const verb = counts.repeated_recommendations === 1 ? 'repeats' : 'repeat';
  return `${failings}; ${counts.repeated_recommendations} of its ${counts.recommendations} recommendation${counts.recommendations === 1 ? '' : 's'} closely ${verb} earlier ones.`;
}

/** The user asked for the draft to join the corpus: it goes through the normal review writer, in one transaction. */
function saveDraft(draft: Draft, document: DraftDocument, passages: TaggedPassage[], tagger: Tagger, saveTo: NonNullable<CheckDeps['saveTo']>): CheckReport['saved'] {
  const meta = readMetadata(document.frontLines, document.displayTitle);
  const review: IngestedReview = {
    file: saveTo.file,
    sha256: createHash('sha256').update(draft.bytes).digest('hex'),
    pages: Math.max(1, document.pages),
    meta: { ...meta, title: meta.title || draft.name },
    lexiconVersion: tagger.version,
    passages,
    text: document.text,
  };
  const { outcome, id } = saveTo.writer.save(review);
  return { outcome, review_id: id };
}
