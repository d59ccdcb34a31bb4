import type { Tagger } from '../lexicon/index.js';
import { groupFindings } from '../store/group-findings.js';
import type { PassageToTag, RetaggedPassage, StoredAsk, StoredFinding, TaggingQueries } from '../store/tagging-queries.js';
import type { Evidence } from '../model/review.js';
import type { RecommendationAsk } from '../model/recommendation.js';
import type { ThemeId } from '../model/themes.js';
import { tagPassage } from '../ingest/tag-with-layers.js';

export interface ThemeChange {
  theme: ThemeId;
  added: number;
  removed: number;
}

export interface RetagSummary {
  version: string;
  /** Passages an interrupted run of the same version had already retagged; this run went on after them. */
  resumedAfter: number;
  passages: number;
  changedPassages: number;
  kindChanges: number;
  themes: ThemeChange[];
}

/** What the tagger makes of one stored passage: its kind, its evidence, and a recommendation's ask. */
export type Retagged = Omit<RetaggedPassage, 'passage'>;

/** The text of a stored passage and the kind of its section: all the tagger reads of it. */
export type PassageText = Pick<PassageToTag, 'text' | 'section_kind'>;

/**
 * Tags batches of stored passages: in this thread (inThread) or across tagger threads
 * (tag-pool.ts). Results come back in the order of the passages given.
 */
export interface PassageTagging {
  readonly version: string;
  tagAll(passages: readonly PassageText[]): Promise<Retagged[]>;
}

const BATCH = 2000;

/** tagStored(tagger, { text, section_kind: 'finding' }) -> { kind, evidence, ask }: one stored passage, tagged as ingest tagged it. */
export function tagStored(tagger: Tagger, passage: PassageText): Retagged {
  const { kind, evidence, ask } = tagPassage({ text: passage.text, kind: passage.section_kind }, tagger);
  return { kind, evidence, ask: ask ?? null };
}

/** Tagging in the calling thread: for small databases and tests. */
export function inThread(tagger: Tagger): PassageTagging {
  return { version: tagger.version, tagAll: async (passages) => passages.map((passage) => tagStored(tagger, passage)) };
}

/**
 * Re-applies the current lexicons to every stored passage, without re-reading any PDF, and counts
 * per theme the findings that appeared and disappeared. This thread is the only one that touches
 * the database: while it compares and writes one batch (in one transaction, with the run's
 * progress), the tagging works on the next. Only the passages whose kind, evidence or ask changed
 * are rewritten; the findings of the rest are marked with the new lexicon version, which leaves
 * the same rows a rewrite would at a fraction of the writes (after a small lexicon edit, most
 * passages). An interrupted run of the same lexicons is resumed where it stopped; one of other
 * lexicons is superseded by a new run over every passage.
 */
export async function retag(queries: TaggingQueries, tagging: PassageTagging, batchSize = BATCH): Promise<RetagSummary> {
  const changes = new Map<ThemeId, ThemeChange>();
  const change = (theme: ThemeId): ThemeChange => {
    let entry = changes.get(theme);
    if (!entry) changes.set(theme, (entry = { theme, added: 0, removed: 0 }));
    return entry;
  };
  const previous = queries.runs.unfinished();
  const run = previous?.lexicon_version === tagging.version ? previous : queries.runs.start(tagging.version);
  const summary: RetagSummary = { version: tagging.version, resumedAfter: run.passages_done, passages: 0, changedPassages: 0, kindChanges: 0, themes: [] };
  const after = (batch: readonly PassageToTag[]) => queries.batch(batch[batch.length - 1]?.id ?? 0, batchSize);
  let batch = queries.batch(run.last_passage_id, batchSize);
  let tagged = tagging.tagAll(batch);
  while (batch.length > 0) {
    const results = await tagged;
    const next = after(batch);
    tagged = tagging.tagAll(next);
    const range = { firstId: batch[0]?.id ?? 0, lastId: batch[batch.length - 1]?.id ?? 0, passages: batch.length };
    const before = groupFindings(queries.findingsBetween(range.firstId, range.lastId));
    const asks = new Map(queries.asksBetween(range.firstId, range.lastId).map((ask) => [ask.passage_id, ask]));
    const rewritten: RetaggedPassage[] = [];
    batch.forEach((passage, index) => {
      const { kind, evidence, ask } = results[index] as Retagged;
      const stored = before.get(passage.id) ?? [];
      const old = new Set(stored.map(findingKey));
      const now = new Set(evidence.map(findingKey));
      for (const key of now) if (!old.has(key)) change(key.split(':')[0] as ThemeId).added += 1;
      for (const key of old) if (!now.has(key)) change(key.split(':')[0] as ThemeId).removed += 1;
      if (passage.kind !== kind) summary.kindChanges += 1;
      if (passage.kind !== kind || old.size !== now.size || [...now].some((key) => !old.has(key))) summary.changedPassages += 1;
      if (passage.kind !== kind || !sameEvidence(stored, evidence) || !sameAsk(asks.get(passage.id), ask)) rewritten.push({ passage, kind, evidence, ask });
    });
    queries.writeBatch(range, rewritten, tagging.version, run.id);
    summary.passages += batch.length;
    batch = next;
  }
  queries.runs.finish(run.id);
  summary.themes = [...changes.values()].sort((a, b) => a.theme.localeCompare(b.theme));
  return summary;
}

/** The stored findings are what tagging found now, in the same order: every field, the model's score included. */
function sameEvidence(stored: readonly StoredFinding[], evidence: readonly Evidence[]): boolean {
  return (
    stored.length === evidence.length &&
    stored.every((row, index) => {
      const found = evidence[index] as Evidence;
      return row.theme === found.theme && row.start === found.start && row.end === found.end && row.pattern === found.pattern && row.source === found.source && (row.score ?? null) === (found.score ?? null);
    })
  );
}

function sameAsk(stored: StoredAsk | undefined, ask: RecommendationAsk | null): boolean {
  if (!stored || !ask) return !stored && !ask;
  const parts = ['addressee', 'strength', 'verb', 'object'] as const;
  return stored.sentence === ask.sentence && parts.every((part) => (stored.parts[part] ?? null) === (ask.parts[part] ?? null));
}

/** A finding counts as changed when its theme, span or layer does (a new model score alone does not). */
function findingKey(finding: Pick<StoredFinding, 'theme' | 'start' | 'end' | 'source'>): string {
  return `${finding.theme}:${finding.start}:${finding.end}:${finding.source}`;
}
