import { THEME_IDS, type PassageKind, type ThemeId } from '../model/themes.js';
import { agreementOf, meanAgreement, sumConfusions, type Agreement, type Confusion } from './agreement.js';
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

export type ThemeCounts = Confusion;

/**
 * What is evaluated: any function that gives a text its kind, its themes and, for the error list,
 * the evidence behind each theme. The pattern tagger is one (`taggingBy`); other layers plug in
 * the same way without touching the metrics.
 */
export type TaggingFunction = (text: string, context: { section?: PassageKind }) => TaggedText;

export interface TaggedText {
  kind: PassageKind;
  themes: readonly ThemeId[];
  /** Per theme, readable evidence ("pattern => matched text"). */
  evidence(theme: ThemeId): string[];
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
  /** Per theme precision, recall and F1 (0 when undefined), kappa and AC1 (NaN when undefined), in THEME_IDS order. */
  scores: Array<{ theme: ThemeId } & Agreement & ThemeCounts>;
  /** From the per-theme tables added up. */
  micro: Agreement;
  /** Means of the per-theme figures. */
  macro: Agreement;
  macroF1: number;
  themeFree: number;
  themeFreeTagged: number;
  kindRight: number;
  /** "finding -> narrative" -> how often. */
  kindConfusion: ReadonlyMap<string, number>;
  /** Every passage given the wrong kind, with the kind it was given. */
  kindErrors: Array<{ item: LabelledPassage; kindFound: PassageKind }>;
  errors: TaggingError[];
}

/** The pattern tagger as a tagging function. evaluateTagging(taggingBy(tagger), items) */
export function taggingBy(tagger: Tagger): TaggingFunction {
  return (text, context) => {
    const result = tagger.tag(text, context);
    const evidence = (theme: ThemeId) => result.matches.filter((match) => match.theme === theme).map((match) => `${match.pattern} => "${match.text}"`);
    return { kind: result.kind, themes: result.themes, evidence };
  };
}

/** evaluateTagging(taggingBy(tagger), items), kept for callers that hold a Tagger. */
export function evaluateTagger(tagger: Tagger, items: readonly LabelledPassage[]): Evaluation {
  return evaluateTagging(taggingBy(tagger), items);
}

/**
 * Tags each labelled passage (with its section context when it has one) and scores the themes
 * found against the labels. evaluateTagging(taggingBy(tagger), items).macroF1 -> 0.95
 */
export function evaluateTagging(tagText: TaggingFunction, items: readonly LabelledPassage[]): Evaluation {
  const counts = new Map<ThemeId, ThemeCounts>(THEME_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const kindConfusion = new Map<string, number>();
  const errors: TaggingError[] = [];
  const kindErrors: Evaluation['kindErrors'] = [];
  let themeFree = 0;
  let themeFreeTagged = 0;
  let kindRight = 0;
  for (const item of items) {
    const result = tagText(item.text, item.section ? { section: item.section } : {});
    if (result.kind === item.kind) kindRight += 1;
    else {
      kindConfusion.set(`${item.kind} -> ${result.kind}`, (kindConfusion.get(`${item.kind} -> ${result.kind}`) ?? 0) + 1);
      kindErrors.push({ item, kindFound: result.kind });
    }
    if (item.themes.length === 0) {
      themeFree += 1;
      if (result.themes.length > 0) themeFreeTagged += 1;
    }
    for (const theme of THEME_IDS) {
      const expected = item.themes.includes(theme);
      const got = result.themes.includes(theme);
      const count = counts.get(theme) as ThemeCounts;
      if (expected && got) count.tp += 1;
      if (!expected && !got) count.tn += 1;
      if (expected === got) continue;
      if (got) count.fp += 1;
      else count.fn += 1;
      errors.push({ item, theme, missed: expected, kindFound: result.kind, themesFound: [...result.themes], fired: result.evidence(theme) });
    }
  }
  const scores = THEME_IDS.map((theme) => {
    const count = counts.get(theme) as ThemeCounts;
    return { theme, ...count, ...agreementOf(count) };
  });
  const macro = meanAgreement(scores);
  const micro = agreementOf(sumConfusions(scores));
  return { passages: items.length, counts, scores, micro, macro, macroF1: macro.f1, themeFree, themeFreeTagged, kindRight, kindConfusion, kindErrors, errors };
}
