/**
 * Agreement between a tagger and the labels on one yes/no question (does this passage carry the
 * theme?), from the four counts of its confusion table. Pure arithmetic, shared by the tagging
 * evaluation and any coding comparison that needs the same figures.
 */

/** A 2x2 confusion table: the tagger's answer (first word) against the label (second). */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Agreement {
  precision: number;
  recall: number;
  f1: number;
  /** Cohen's kappa: agreement beyond what the two sides' own yes-rates would give by chance. NaN when chance agreement is total. */
  kappa: number;
  /**
   * Gwet's AC1: like kappa, but chance agreement is estimated from how often either side says
   * yes, so a rare theme with near-perfect agreement does not collapse to kappa's paradox near 0.
   */
  ac1: number;
}

/** agreementOf({ tp: 20, fp: 5, fn: 10, tn: 15 }) -> { precision: 0.8, recall: 0.667, f1: 0.727, kappa: 0.4, ac1: 0.406 } */
export function agreementOf({ tp, fp, fn, tn }: Confusion): Agreement {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const n = tp + fp + fn + tn;
  if (n === 0) return { precision, recall, f1, kappa: Number.NaN, ac1: Number.NaN };
  const observed = (tp + tn) / n;
  const taggerYes = (tp + fp) / n;
  const labelYes = (tp + fn) / n;
  const cohenChance = taggerYes * labelYes + (1 - taggerYes) * (1 - labelYes);
  const meanYes = (taggerYes + labelYes) / 2;
  const gwetChance = 2 * meanYes * (1 - meanYes);
  return { precision, recall, f1, kappa: chanceCorrected(observed, cohenChance), ac1: chanceCorrected(observed, gwetChance) };
}

/** The counts of several tables added up: the table micro-averaged figures are computed from. */
export function sumConfusions(tables: readonly Confusion[]): Confusion {
  return tables.reduce((sum, table) => ({ tp: sum.tp + table.tp, fp: sum.fp + table.fp, fn: sum.fn + table.fn, tn: sum.tn + table.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
}

/** The mean of each figure over several agreements (macro averaging); NaN figures are left out of their mean. */
export function meanAgreement(rows: readonly Agreement[]): Agreement {
  const mean = (key: keyof Agreement) => {
    const values = rows.map((row) => row[key]).filter((value) => !Number.isNaN(value));
    return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
  };
  return { precision: mean('precision'), recall: mean('recall'), f1: mean('f1'), kappa: mean('kappa'), ac1: mean('ac1') };
}

function chanceCorrected(observed: number, chance: number): number {
  return chance === 1 ? Number.NaN : (observed - chance) / (1 - chance);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
