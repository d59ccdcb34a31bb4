import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadTagger } from '../../src/lexicon/index.js';
import { THEME_IDS } from '../../src/model/themes.js';
import { behaviourCases, runBehaviour, type BehaviourOutcome, type BehaviourType } from '../support/behaviour.js';

/**
 * The behavioural suite of test/behaviour/ (see test/support/behaviour.ts) with the floors of
 * issue 10: at least 95% per theme for minimum functionality and direction, 100% for invariance.
 * `npx tsx scripts/eval.ts --behaviour` prints the same rates and every failing sentence.
 */
const FLOORS: Record<BehaviourType, number> = { mft: 0.95, direction: 0.95, invariance: 1 };

const tagger = loadTagger(path.join(PROJECT_ROOT, 'lexicons'));
const outcomes = runBehaviour(behaviourCases(), (text) => tagger.tag(text).themes);

function failuresOf(rows: readonly BehaviourOutcome[]): string {
  return rows
    .filter((row) => !row.passed)
    .slice(0, 12)
    .map((row) => row.case.sentences.map((sentence, at) => `${sentence} -> [${row.found[at]?.join(', ')}]`).join('\n    '))
    .join('\n');
}

test('every theme has behavioural tests of every type', () => {
  for (const theme of THEME_IDS) {
    for (const type of Object.keys(FLOORS) as BehaviourType[]) {
      expect(outcomes.filter((row) => row.case.theme === theme && row.case.type === type).length, `${theme} ${type}`).toBeGreaterThan(type === 'invariance' ? 3 : 30);
    }
  }
});

describe.each(Object.entries(FLOORS) as Array<[BehaviourType, number]>)('%s tests pass at or above %s per theme', (type, floor) => {
  test.each(THEME_IDS.map((theme) => [theme]))('%s', (theme) => {
    const rows = outcomes.filter((row) => row.case.theme === theme && row.case.type === type);
    const passed = rows.filter((row) => row.passed).length;
    expect(passed / rows.length, `${passed}/${rows.length}; failures:\n${failuresOf(rows)}`).toBeGreaterThanOrEqual(floor);
  });
});
