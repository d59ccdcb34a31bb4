import type { ThemeId } from '../model/themes.js';
import { porterStem } from './query-hits.js';

/** "See the theme: N passages": a theme whose name or lexicon a search's words match. */
export interface ThemeHint {
  theme: ThemeId;
  label: string;
  /** Passages carrying the theme, whatever their words. */
  passages: number;
  url: string;
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'is', 'not', 'no', 'of', 'on', 'or', 'the', 'to', 'was', 'with']);

const stems = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(porterStem);

/**
 * The themes a search's words point to: those whose label holds every content word of the query
 * ("face value" -> Accounts taken at face value), and those the lexicons find in the words
 * themselves ("accepted her account without question"); themes already filtered on are left out.
 * themeHints('face value', labels, tag, count, [])[0].theme === 'face_value'
 */
export function themeHints(
  q: string,
  labels: ReadonlyMap<ThemeId, { label: string }>,
  tagged: (text: string) => readonly ThemeId[],
  passagesWith: (theme: ThemeId) => number,
  asked: readonly ThemeId[],
): ThemeHint[] {
  const words = stems(q).filter((word) => !STOP_WORDS.has(word));
  if (words.length === 0) return [];
  const found = new Set(tagged(q));
  for (const [theme, { label }] of labels) {
    const labelWords = new Set(stems(label));
    if (words.every((word) => labelWords.has(word))) found.add(theme);
  }
  return [...found]
    .filter((theme) => !asked.includes(theme))
    .map((theme) => ({ theme, label: labels.get(theme)?.label ?? theme, passages: passagesWith(theme), url: `/search?theme=${theme}` }))
    .filter((hint) => hint.passages > 0);
}
