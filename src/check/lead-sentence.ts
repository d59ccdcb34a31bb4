/** Fewer words than this is a label ("Recommendation 3.") rather than the sentence that makes the ask. */
const MIN_WORDS = 6;

/**
 * The sentence that states what a recommendation asks: its first sentence of six words or more.
 * The sentences after it usually say how progress will be monitored ("Progress should be
 * reported to the Board within twelve months."), wording shared by recommendations on every
 * subject, so two recommendations are compared by their leads.
 * leadSentence('Recommendation 2. Practitioners should see children alone at every visit.', [[0, 17], [18, 71]])
 *   === 'Practitioners should see children alone at every visit.'
 */
export function leadSentence(text: string, sentences: ReadonlyArray<readonly [number, number]>): string {
  const lead = sentences.find(([start, end]) => text.slice(start, end).split(/\s+/).length >= MIN_WORDS);
  return lead ? text.slice(lead[0], lead[1]) : text;
}
