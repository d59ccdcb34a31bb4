import type { Tagger } from '../lexicon/index.js';
import { THEME_IDS, type ThemeId } from '../model/themes.js';

export interface ThemeInfo {
  id: ThemeId;
  label: string;
  description: string;
}

/** Labels and definitions of the 21 themes, from the lexicon files (the id stands in for a missing one). */
export function themeInfo(tagger: Tagger): Map<ThemeId, ThemeInfo> {
  const byId = new Map(tagger.lexicons.map((lexicon) => [lexicon.id, lexicon]));
  return new Map(
    THEME_IDS.map((id) => {
      const lexicon = byId.get(id);
      return [id, { id, label: lexicon?.label ?? id, description: lexicon?.description ?? '' }];
    }),
  );
}
