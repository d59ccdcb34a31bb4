import { agreementOf, type Confusion } from '../lexicon/agreement.js';
import { wilson, type Estimate } from './wilson.js';

/** One human judgement of one theme on one passage, beside what the machine said. */
export interface Judgement {
  passage_id: number;
  theme: string;
  /** The human says the theme is there (confirmed or added), or not (rejected). */
  present: boolean;
  /** The machine tagged it (a finding, by pattern or model). */
  machine: boolean;
}

/** A stratum of a theme's passages: those the machine tagged, or those it did not. */
export interface Stratum {
  /** Passages in the corpus. */
  population: number;
  judged: number;
  /** judged / population: the sampling fraction the estimates weight by. */
  fraction: number | null;
}

export interface ThemeAgreement {
  theme: string;
  judged: number;
  tagged: Stratum;
  untagged: Stratum;
  /** The judged passages: tp and fp among the tagged, fn and tn among the untagged. */
  counts: Confusion;
  precision: Estimate | null;
  recall: Estimate | null;
  f1: Estimate | null;
  /** Over the corpus, each stratum weighted by its inverse sampling fraction; null until both strata have judgements. */
  kappa: number | null;
  ac1: number | null;
}

export const ESTIMATOR = [
  'Precision is the share of the judged machine-tagged passages a human confirmed, with its Wilson 95% interval.',
  'Recall cannot be counted from tagged passages alone: it is estimated from the judged passages the machine did not tag, as',
  'recall = Nt x precision / (Nt x precision + Nu x miss rate), where Nt and Nu are the passages with and without the tag in the corpus and',
  'the miss rate is the share of judged untagged passages a human added the theme to; its interval (and F1\'s) is taken from the Wilson',
  'bounds of its parts, so it is conservative. Kappa and AC1 weight each stratum by the inverse of its sampling fraction.',
  'The estimates are unbiased when the judged passages are random samples of each stratum, as the coding queue draws them (sample=tagged, sample=untagged);',
  'codes made elsewhere (search results, review pages) are counted too and may bias them.',
].join(' ');

const round = (value: number) => Math.round(value * 1000) / 1000;
const rounded = (estimate: Estimate | null): Estimate | null => (estimate ? { value: round(estimate.value), low: round(estimate.low), high: round(estimate.high) } : null);
const finite = (value: number): number | null => (Number.isFinite(value) ? round(value) : null);

/**
 * Machine against human for one theme, from the judgements of it and the sizes of its two strata.
 * themeAgreement('neglect', judgements, { tagged: 120, total: 4000 })
 */
export function themeAgreement(theme: string, judgements: readonly Judgement[], sizes: { tagged: number; total: number }): ThemeAgreement {
  const counts: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { present, machine } of judgements) {
    if (machine) counts[present ? 'tp' : 'fp']++;
    else counts[present ? 'fn' : 'tn']++;
  }
  const nt = counts.tp + counts.fp;
  const nu = counts.fn + counts.tn;
  const bigT = sizes.tagged;
  const bigU = Math.max(0, sizes.total - sizes.tagged);
  const precision = wilson(counts.tp, nt);
  const miss = wilson(counts.fn, nu);
  const recallOf = (p: number, m: number): number | null => (bigT * p + bigU * m === 0 ? null : (bigT * p) / (bigT * p + bigU * m));
  let recall: Estimate | null = null;
  if (precision && miss) {
    const value = recallOf(precision.value, miss.value);
    if (value !== null) recall = { value, low: recallOf(precision.low, miss.high) ?? 0, high: recallOf(precision.high, miss.low) ?? 1 };
  }
  const f1Of = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const f1 = precision && recall ? { value: f1Of(precision.value, recall.value), low: f1Of(precision.low, recall.low), high: f1Of(precision.high, recall.high) } : null;
  let kappa: number | null = null;
  let ac1: number | null = null;
  if (nt > 0 && nu > 0) {
    const wt = bigT / nt;
    const wu = bigU / nu;
    const weighted = agreementOf({ tp: counts.tp * wt, fp: counts.fp * wt, fn: counts.fn * wu, tn: counts.tn * wu });
    kappa = finite(weighted.kappa);
    ac1 = finite(weighted.ac1);
  }
  const stratum = (population: number, judged: number): Stratum => ({ population, judged, fraction: population === 0 ? null : round(judged / population) });
  return { theme, judged: nt + nu, tagged: stratum(bigT, nt), untagged: stratum(bigU, nu), counts, precision: rounded(precision), recall: rounded(recall), f1: rounded(f1), kappa, ac1 };
}

/** One coder's decision on one (passage, theme): present or not. */
export interface CoderJudgement {
  coder: string;
  key: string;
  theme: string;
  present: boolean;
}

export interface CoderPair {
  coders: [string, string];
  theme: string | null;
  /** Items (passage, theme) both coded. */
  both: number;
  /** Share of those they agree on. */
  observed: number | null;
  kappa: number | null;
  ac1: number | null;
}

/**
 * Inter-coder agreement for every pair of coders, over the items both judged: overall (theme
 * null) and per theme.
 */
export function coderAgreement(judgements: readonly CoderJudgement[]): CoderPair[] {
  const byCoder = new Map<string, Map<string, CoderJudgement>>();
  for (const judgement of judgements) {
    const items = byCoder.get(judgement.coder) ?? new Map<string, CoderJudgement>();
    items.set(judgement.key, judgement);
    byCoder.set(judgement.coder, items);
  }
  const coders = [...byCoder.keys()].sort();
  const pairs: CoderPair[] = [];
  for (let a = 0; a < coders.length; a++) {
    for (let b = a + 1; b < coders.length; b++) {
      const first = byCoder.get(coders[a]!)!;
      const second = byCoder.get(coders[b]!)!;
      const tables = new Map<string | null, Confusion>();
      for (const [key, one] of first) {
        const other = second.get(key);
        if (!other) continue;
        for (const theme of [null, one.theme]) {
          const table = tables.get(theme) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
          table[one.present ? (other.present ? 'tp' : 'fp') : other.present ? 'fn' : 'tn']++;
          tables.set(theme, table);
        }
      }
      for (const [theme, table] of [...tables].sort(([x], [y]) => (x ?? '').localeCompare(y ?? ''))) {
        const both = table.tp + table.fp + table.fn + table.tn;
        const figures = agreementOf(table);
        pairs.push({ coders: [coders[a]!, coders[b]!], theme, both, observed: round((table.tp + table.tn) / both), kappa: finite(figures.kappa), ac1: finite(figures.ac1) });
      }
    }
  }
  return pairs;
}
