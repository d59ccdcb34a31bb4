import path from 'node:path';
import type { CheckReport } from '../../src/check/types.js';

/**
 * A draft whose six recommendations make six asks of the bundled corpus, reworded by hand (other
 * verbs, order and names; no sentence copied). Each paragraph maps to words of the corpus ask it
 * rewords: the ask it should be placed with.
 */
export const REWORDED_DRAFT = path.resolve(import.meta.dirname, '..', 'fixtures', 'recommendations', 'reworded-draft.md');

export const SOURCE_ASKS: Readonly<Record<string, string>> = {
  '5.1': 'see children alone and record what they say',
  '5.2': 'share what they know about risk on the day they learn it',
  '5.3': 'have managers review open cases in recorded supervision',
  '5.4': 'assess risk in the light of the whole history',
  '5.5': 'count missed appointments as a risk',
  '5.6': 'ask what parental substance use, mental ill-health and domestic abuse mean for the child',
};

/** The draft's paragraphs placed in a group, as a same or similar ask, whose closest member makes the ask they reword. */
export function placedWithTheirAsk(report: Pick<CheckReport, 'recommendations'>): string[] {
  return report.recommendations
    .filter((placed) => {
      const source = SOURCE_ASKS[placed.draft.paragraph ?? ''];
      return source !== undefined && placed.placement === 'group' && (placed.tier === 'same ask' || placed.tier === 'similar ask') && (placed.matches[0]?.text.includes(source) ?? false);
    })
    .map((placed) => placed.draft.paragraph as string);
}
