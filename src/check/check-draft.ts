import { createHash } from 'node:crypto';
import { readMetadata } from '../ingest/metadata.js';
import type { IngestedReview, TaggedPassage } from '../model/review.js';
import type { Tagger } from '../lexicon/index.js';
import type { CheckQueries } from '../store/check-queries.js';
import type { ReviewWriter } from '../store/reviews.js';
import { corpusIndex, type CorpusIndex } from './corpus-index.js';
import { assertDraftSize } from './draft-format.js';
import { readAndTagDraft, type DraftDocument, type TaggedDraft } from './draft-reader.js';
import { leadSentence } from './lead-sentence.js';
import { assessQuality } from './quality/assess-quality.js';
import type { QualityCriterion } from './quality/criteria-file.js';
import { askCorpus } from '../recommendations/ask-corpus.js';
import { RELATED_ASK, SAME_ASK, SIMILAR_ASK } from '../recommendations/ask-similarity.js';
import { placeRecommendations } from './recommendation-placement.js';
import { recommendationCorpus } from './recommendations.js';
import { SIMILAR_FLOOR } from './score-meaning.js';
import type { GroupMatcher } from './match-pool.js';
import { searchedEntries, type DraftEntry } from './similar-passages.js';
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
  /** A thread that asks the corpus for passages sharing the draft's words while this one does the rest (match-pool.ts); the server and the bench pass one. */
  matcher?: GroupMatcher;
  /** Given only when the user asked for the draft to be added to the corpus. */
  saveTo?: { writer: ReviewWriter; file: string };
}

/** How the report's scores are made, in words for the report itself. */
const METHOD = {
  similarity:
    'Each draft paragraph with a failing is compared with the passages of earlier reviews tagged with the same failing. Candidates are the passages that contain every word of one group of three (or, when those find too few, two) of the paragraph\'s nine most specific words, found with SQLite FTS5; in a small corpus, the best BM25 matches of those words. Each candidate is then scored by the cosine of the TF-IDF vectors of the two passages: Porter-stemmed words, each weighing (1 + ln tf) × ln(N / df) with df counted over the N passages of the corpus. 0 means nothing informative in common, 1 the same words in the same proportions.',
  recommendations:
    'Each recommendation is read into its ask: who is asked (the addressee), how strongly, and the verb and its object, from the sentence that asks. Two asks are compared by the words they turn on (leaving out the Board, "should", "ensure" and other words every ask uses), each weighing its rarity among the corpus\'s recommendations: "same ask" when the words themselves match closely, "similar ask" when most of each ask\'s words find the same word, a synonym ("see" and "speak to", "disseminate" and "share", WordNet synonyms) or a narrower word (WordNet: "notify" is a way to "inform") in the other, "related" when less is shared or both are tagged with one failing. The corpus\'s recommendations are grouped by the same scores (see /recommendations); a draft recommendation joins the group of its closest same or similar ask, if it matches at least half of that group\'s wordings, or is new. Under each failing are listed the earlier recommendations tagged with it, and those of reviews that found it whose first sentence is closest to its definition, one line per ask.',
};

/**
 * Checks a draft review against the corpus, in memory: reads it into cited paragraphs, tags them
 * with the lexicons, and for each failing found reports its recurrence, the most similar earlier
 * passages and earlier recommendations; then places each of the draft's recommendations in the
 * group of earlier ones making its ask, or marks it new, and assesses the draft against the quality criteria. The draft is stored
 * only when `deps.saveTo` asks for it.
 * const report = await checkDraft({ name: 'draft.pdf', bytes }, { queries, tagger, criteria, maxUploadMb: 50 })
 */
export async function checkDraft(draft: Draft, deps: CheckDeps): Promise<CheckReport> {
  assertDraftSize(draft.name, draft.bytes.length, deps.maxUploadMb);
  const { document, passages } = await (deps.read ?? ((given: Draft) => readAndTagDraft(given, deps.tagger)))(draft);
  const index = corpusIndex(deps.queries);
  const entries = passages.map((passage) => toEntry(passage, index));
  const matched = deps.matcher ? index.matchAhead(searchedEntries(entries).map((entry) => entry.vector), deps.matcher) : null;
  const paginated = document.format === 'pdf';
  const earlier = recommendationCorpus(index, deps.tagger.lexicons, askCorpus(deps.queries.asks, deps.queries.file), `${deps.queries.file}\n${deps.queries.asks.version()}`);
  // Placed and assessed while the matching thread asks the corpus for similar passages.
  const recommendations = entries.filter((entry) => entry.passage.kind === 'recommendation');
  const placed = placeRecommendations(recommendations, earlier.asks, paginated);
  const quality = assessQuality({ passages, title: document.displayTitle, paginated }, deps.criteria);
  await matched?.();
  const themes = reportThemes({ entries, index, queries: deps.queries, recommendations: earlier, lexicons: deps.tagger.lexicons, paginated });
  const repeated = placed.filter((recommendation) => recommendation.placement === 'group').length;
  const counts = { known_failings: themes.length, recommendations: recommendations.length, repeated_recommendations: repeated, corpus_reviews: deps.queries.totals().reviews };
  const report: CheckReport = {
    ok: true,
    summary: summarise(counts),
    counts,
    draft: { name: draft.name, format: document.format, pages: document.pages, paragraphs: passages.length },
    method: { ...METHOD, thresholds: { same_ask: SAME_ASK, similar_ask: SIMILAR_ASK, related: RELATED_ASK, similar_passage_floor: SIMILAR_FLOOR }, similar_per_theme: SIMILAR_SHOWN },
    themes,
    recommendations: placed,
    quality,
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

/** "This draft describes 7 known failings; 2 of its 9 recommendations make an ask earlier reviews made." */
function summarise(counts: CheckReport['counts']): string {
  const failings = `This draft describes ${counts.known_failings} known failing${counts.known_failings === 1 ? '' : 's'}`;
  if (counts.recommendations === 0) return `${failings}; it makes no recommendations that could be compared with earlier ones.`;
  const verb = counts.repeated_recommendations === 1 ? 'makes' : 'make';
  return `${failings}; ${counts.repeated_recommendations} of its ${counts.recommendations} recommendation${counts.recommendations === 1 ? '' : 's'} ${verb} an ask earlier reviews made (the same or a similar ask).`;
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
