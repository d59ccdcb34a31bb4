import type { HumanCode } from '../model/codes.js';
import { THEME_IDS, type ThemeId } from '../model/themes.js';
import type { CodeStore } from '../store/code-store.js';
import type { CodingQueries } from '../store/coding-queries.js';
import { coderAgreement, ESTIMATOR, themeAgreement, type CoderPair, type ThemeAgreement } from './agreement-figures.js';

export interface AgreementOptions {
  /** Measure the machine against this coder alone; by default the latest decision of any coder. */
  coder?: string | null;
  theme?: ThemeId | null;
}

/** What `/agreement` and `lessons agreement --json` answer. */
export interface AgreementReport {
  coder: string | null;
  theme: ThemeId | null;
  /** How precision, recall and the rest were estimated, in words. */
  estimator: string;
  /** (passage, theme) items judged: the sum of the themes' `judged`. */
  judged: number;
  /** Per theme with at least one judgement, in theme order. */
  themes: ThemeAgreement[];
  coders: string[];
  /** Inter-coder agreement for every pair of coders who judged the same items, overall and per theme. */
  between_coders: CoderPair[];
}

/**
 * The machine's tags against the humans' current decisions, per theme; and coder against coder.
 * agreementReport(codeStore(db), codingQueries(db), {}).themes[0].precision
 */
export function agreementReport(codes: CodeStore, queries: CodingQueries, options: AgreementOptions = {}): AgreementReport {
  const filter = { ...(options.theme ? { theme: options.theme } : {}) };
  const current = codes.current(filter);
  const judged = latestPerItem(options.coder ? current.filter((code) => code.coder === options.coder) : current);
  const machine = queries.machineThemesOf([...new Set(judged.map((code) => code.passage_id!))]);
  const tagged = queries.machineTaggedCounts();
  const total = queries.passageCount();
  const themes = THEME_IDS.flatMap((theme) => {
    const ofTheme = judged.filter((code) => code.theme === theme);
    if (ofTheme.length === 0) return [];
    const judgements = ofTheme.map((code) => ({ passage_id: code.passage_id!, theme, present: code.decision !== 'reject', machine: machine.has(`${code.passage_id}:${theme}`) }));
    return [themeAgreement(theme, judgements, { tagged: tagged.get(theme) ?? 0, total })];
  });
  return {
    coder: options.coder ?? null,
    theme: options.theme ?? null,
    estimator: ESTIMATOR,
    judged: themes.reduce((sum, theme) => sum + theme.judged, 0),
    themes,
    coders: [...new Set(current.map((code) => code.coder))].sort(),
    between_coders: coderAgreement(current.map((code) => ({ coder: code.coder, key: `${code.passage_id}:${code.theme}`, theme: code.theme, present: code.decision !== 'reject' }))),
  };
}

/** Of several coders' decisions on the same (passage, theme), the latest: what counts as the human view. */
function latestPerItem(codes: readonly HumanCode[]): HumanCode[] {
  const latest = new Map<string, HumanCode>();
  for (const code of codes) {
    const key = `${code.passage_id}:${code.theme}`;
    const held = latest.get(key);
    if (!held || code.at > held.at || (code.at === held.at && code.id > held.id)) latest.set(key, code);
  }
  return [...latest.values()];
}
