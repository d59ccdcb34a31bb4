import type { Tagger } from '../lexicon/index.js';
import type { taggingQueries, StoredFinding } from '../store/tagging-queries.js';
import type { ThemeId } from '../themes.js';
import type { Evidence } from './types.js';

export interface ThemeChange {
  theme: ThemeId;
  added: number;
  removed: number;
}

export interface RetagSummary {
  version: string;
  passages: number;
  changedPassages: number;
  kindChanges: number;
  themes: ThemeChange[];
}

const BATCH = 2000;

/**
 * Re-applies the current lexicons to every stored passage, without re-reading any PDF, and counts
 * per theme the findings that appeared and disappeared. Each batch is written in one transaction.
 */
export function retag(queries: ReturnType<typeof taggingQueries>, tagger: Tagger): RetagSummary {
  const changes = new Map<ThemeId, ThemeChange>();
  const change = (theme: ThemeId): ThemeChange => {
    let entry = changes.get(theme);
    if (!entry) changes.set(theme, (entry = { theme, added: 0, removed: 0 }));
    return entry;
  };
  const summary: RetagSummary = { version: tagger.version, passages: 0, changedPassages: 0, kindChanges: 0, themes: [] };
  for (let batch = queries.batch(0, BATCH); batch.length > 0; batch = queries.batch(batch[batch.length - 1]?.id ?? 0, BATCH)) {
    const before = groupByPassage(queries.findingsBetween(batch[0]?.id ?? 0, batch[batch.length - 1]?.id ?? 0));
    const updates = batch.map((passage) => {
      const result = tagger.tag(passage.text, { section: passage.section_kind });
      const evidence: Evidence[] = result.matches.map(({ theme, start, end, pattern }) => ({ theme, start, end, pattern }));
      const old = new Set((before.get(passage.id) ?? []).map(findingKey));
      const now = new Set(evidence.map(findingKey));
      for (const key of now) if (!old.has(key)) change(key.split(':')[0] as ThemeId).added += 1;
      for (const key of old) if (!now.has(key)) change(key.split(':')[0] as ThemeId).removed += 1;
      if (passage.kind !== result.kind) summary.kindChanges += 1;
      if (passage.kind !== result.kind || old.size !== now.size || [...now].some((key) => !old.has(key))) summary.changedPassages += 1;
      return { passage, kind: result.kind, evidence };
    });
    queries.replaceAll(updates, tagger.version);
    summary.passages += batch.length;
  }
  summary.themes = [...changes.values()].sort((a, b) => a.theme.localeCompare(b.theme));
  return summary;
}

function findingKey(finding: Pick<StoredFinding, 'theme' | 'start' | 'end'>): string {
  return `${finding.theme}:${finding.start}:${finding.end}`;
}

function groupByPassage(findings: StoredFinding[]): Map<number, StoredFinding[]> {
  const grouped = new Map<number, StoredFinding[]>();
  for (const finding of findings) {
    const list = grouped.get(finding.passage_id) ?? [];
    list.push(finding);
    grouped.set(finding.passage_id, list);
  }
  return grouped;
}
