import { THEME_IDS, type PassageKind, type ThemeId } from '../themes.js';
import type { Tagger } from './types.js';

/** A passage with the themes and kind a person gave it: a line of dev.jsonl, a paragraph of a corpus truth file. */
export interface LabelledPassage {
  id: string;
  text: string;
  themes: readonly ThemeId[];
  kind: PassageKind;
  /** The kind implied by the passage's section, given to the tagger as context; absent for lone sentences. */
  section?: PassageKind;
}

export interface ThemeCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** A theme the tagger got wrong on one passage, with the evidence it gave ("pattern => matched text"). */
export interface TaggingError {
  item: LabelledPassage;
  theme: ThemeId;
  /** True for a miss (labelled, not found), false for a false positive. */
  missed: boolean;
  kindFound: PassageKind;
  themesFound: ThemeId[];
  fired: string[];
}

export interface Evaluation {
  passages: number;
  counts: ReadonlyMap<ThemeId, ThemeCounts>;
  /** Per theme precision, recall and F1 (0 when undefined), in THEME_IDS order. */
  scores: Array<{ theme: ThemeId; precision: number; recall: number; f1: number } & ThemeCounts>;
  micro: { precision: number; recall: number; f1: number };
  macroF1: number;
  themeFree: number;
  themeFreeTagged: number;
  kindRight: number;
  /** "finding -> narrative" -> how often. */
  kindConfusion: ReadonlyMap<string, number>;
  errors: TaggingError[];
}

/**
 * Tags each labelled passage (with its section context when it has one) and scores the themes
 * found against the labels. evaluateTagger(tagger, items).macroF1 -> 0.95
 */
export function evaluateTagger(tagger: Tagger, items: readonly LabelledPassage[]): Evaluation {
  const counts = new Map<ThemeId, ThemeCounts>(THEME_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const kindConfusion = new Map<string, number>();
  const errors: TaggingError[] = [];
  let themeFree = 0;
  let themeFreeTagged = 0;
  let kindRight = 0;
  for (const item of items) {
    const result = tagger.tag(item.text, item.section ? { section: item.section } : {});
    if (result.kind === item.kind) kindRight += 1;
    else kindConfusion.set(`${item.kind} -> ${result.kind}`, (kindConfusion.get(`${item.kind} -> ${result.kind}`) ?? 0) + 1);
    if (item.themes.length === 0) {
      themeFree += 1;
      if (result.themes.length > 0) themeFreeTagged += 1;
    }
    for (const theme of THEME_IDS) {
      const expected = item.themes.includes(theme);
      const got = result.themes.includes(theme);
      const count = counts.get(theme) as ThemeCounts;
      if (expected && got) count.tp += 1;
      if (expected === got) continue;
      if (got) count.fp += 1;
      else count.fn += 1;
      const fired = result.matches.filter((match) => match.theme === theme).map((match) => `${match.pattern} => "${match.text}"`);
      errors.push({ item, theme, missed: expected, kindFound: result.kind, themesFound: result.themes, fired });
    }
  }
  const scores = THEME_IDS.map((theme) => {
    const count = counts.get(theme) as ThemeCounts;
    return { theme, ...count, ...score(count) };
  });
  const total = scores.reduce((sum, row) => ({ tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn }), { tp: 0, fp: 0, fn: 0 });
  const macroF1 = scores.reduce((sum, row) => sum + row.f1, 0) / scores.length;
  return { passages: items.length, counts, scores, micro: score(total), macroF1, themeFree, themeFreeTagged, kindRight, kindConfusion, errors };
}

function score({ tp, fp, fn }: ThemeCounts): { precision: number; recall: number; f1: number } {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
