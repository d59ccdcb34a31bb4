import type { ThemeId } from '../model/themes.js';
import type { Db } from './database.js';

/**
 * What sampling and agreement need besides the codes: the machine's tags (findings, whatever a
 * human decided, since it is the machine that is measured) and the passages they are drawn from.
 */
export function codingQueries(db: Db) {
  const allIds = db.prepare<[], number>('SELECT id FROM passages ORDER BY id').pluck();
  const taggedIds = db.prepare<[string], number>('SELECT DISTINCT passage_id FROM findings WHERE theme = ? ORDER BY passage_id').pluck();
  const taggedCounts = db.prepare<[], [string, number]>('SELECT theme, count(DISTINCT passage_id) FROM findings GROUP BY theme').raw();
  const passageCount = db.prepare<[], number>('SELECT count(*) FROM passages').pluck();
  const machineThemes = db.prepare<[string], [number, string]>('SELECT DISTINCT passage_id, theme FROM findings WHERE passage_id IN (SELECT value FROM json_each(?))').raw();
  const latestVersion = db.prepare<[], string>('SELECT lexicon_version FROM findings ORDER BY id DESC LIMIT 1').pluck();
  return {
    /** The lexicon version of the stored tags (the latest written): what a coder outside the server judges against. */
    lexiconVersion: (): string | null => latestVersion.get() ?? null,
    /** Every passage id, ascending: the population a sample of untagged passages is drawn from. */
    passageIds: (): number[] => allIds.all(),
    /** The passages the machine tagged with the theme, ascending. */
    machineTagged: (theme: ThemeId): number[] => taggedIds.all(theme),
    /** For each theme the machine tagged, how many passages carry it. */
    machineTaggedCounts: (): Map<string, number> => new Map(taggedCounts.all()),
    passageCount: (): number => passageCount.get()!,
    /** The (passage, theme) pairs the machine tagged among these passages, as "id:theme" keys. */
    machineThemesOf: (ids: readonly number[]): Set<string> => new Set(machineThemes.all(JSON.stringify(ids)).map(([id, theme]) => `${id}:${theme}`)),
  };
}

export type CodingQueries = ReturnType<typeof codingQueries>;
