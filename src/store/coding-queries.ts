import type { ThemeId } from '../model/themes.js';
import type { Db } from './database.js';

/**
 * What sampling and agreement need besides the codes: the machine's tags (findings, whatever a
 * human decided, since it is the machine that is measured) and the passages they are drawn from.
 */
export interface CodingQueries {
  /** The lexicon version of the stored tags (the latest written): what a coder outside the server judges against. */
  lexiconVersion(): string | null;
  /** Every passage id, ascending: the population a sample of untagged passages is drawn from. */
  passageIds(): number[];
  /** The passages the machine tagged with the theme, ascending. */
  machineTagged(theme: ThemeId): number[];
  /** For each theme the machine tagged, how many passages carry it. */
  machineTaggedCounts(): Map<string, number>;
  passageCount(): number;
  /** The (passage, theme) pairs the machine tagged among these passages, as "id:theme" keys. */
  machineThemesOf(ids: readonly number[]): Set<string>;
}

export function codingQueries(db: Db): CodingQueries {
  const allIds = db.prepare<[], number>('SELECT id FROM passages ORDER BY id').pluck();
  const taggedIds = db.prepare<[string], number>('SELECT DISTINCT passage_id FROM findings WHERE theme = ? ORDER BY passage_id').pluck();
  const taggedCounts = db.prepare<[], [string, number]>('SELECT theme, count(DISTINCT passage_id) FROM findings GROUP BY theme').raw();
  const passageCount = db.prepare<[], number>('SELECT count(*) FROM passages').pluck();
  const machineThemes = db.prepare<[string], [number, string]>('SELECT DISTINCT passage_id, theme FROM findings WHERE passage_id IN (SELECT value FROM json_each(?))').raw();
  const latestVersion = db.prepare<[], string>('SELECT lexicon_version FROM findings ORDER BY id DESC LIMIT 1').pluck();
  return {
    lexiconVersion: () => latestVersion.get() ?? null,
    passageIds: () => allIds.all(),
    machineTagged: (theme) => taggedIds.all(theme),
    machineTaggedCounts: () => new Map(taggedCounts.all()),
    passageCount: () => passageCount.get()!,
    machineThemesOf: (ids) => new Set(machineThemes.all(JSON.stringify(ids)).map(([id, theme]) => `${id}:${theme}`)),
  };
}
