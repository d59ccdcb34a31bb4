import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadTagging } from '../../src/classifier/index.js';
import { loadConfig } from '../../src/config.js';

/**
 * Theme-free sentences and short paragraphs in the voice of case reviews, written for issue 10 (our
 * own words): good practice, negated findings, recommendations, headings, method, background,
 * quoted policy, chronology, and sentences dense with theme words that report no failure. None
 * may get a theme; the tagger (as the commands tag: the patterns, and the model when it matches
 * the lexicons) must keep each set under a ceiling set a little above the rate measured when the
 * precision rules of lexicons/README.md were finished:
 * - theme-free.txt, even lines: the held-out half, 8.3% (15 of 181) on main; 6.6% (12) when first
 *   measured after tuning, before its sentences were read; 0.6% (1, patterns) after the general
 *   causes found in it were fixed (2.2% with the model, before the last three of those fixes);
 * - theme-free-fresh.txt: written later and never tuned on nor read, 3.2% (3 of 94) on main, 2.1% (2);
 * - theme-free.txt, odd lines, and theme-free-tuning.txt: the sets the rules were tuned on, 7.6%
 *   (50 of 655) on main, 0.6% (4; 0.8% with the model).
 * `npx tsx scripts/eval.ts FILE.jsonl` on the same lines, as {"themes": []} items, lists what fires.
 */
const HELD_OUT_CEILING = 0.025;
const FRESH_CEILING = 0.035;
const TUNING_CEILING = 0.015;

const here = path.dirname(new URL(import.meta.url).pathname);
const linesOf = (name: string) => readFileSync(path.join(here, name), 'utf8').split('\n').filter((line) => line.trim());
const sentences = linesOf('theme-free.txt');
const heldOut = sentences.filter((_, at) => at % 2 === 1);
const tuning = [...sentences.filter((_, at) => at % 2 === 0), ...linesOf('theme-free-tuning.txt')];
const fresh = linesOf('theme-free-fresh.txt');

const tagger = loadTagging(loadConfig({}), () => {});

function tagged(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const themes = tagger.tag(line).themes;
    return themes.length > 0 ? [`${line} -> [${themes.join(', ')}]`] : [];
  });
}

test('the theme-free sets are read: 181 held-out lines, 94 fresh ones, over 600 to tune on', () => {
  expect(heldOut.length).toBe(181);
  expect(fresh.length).toBe(94);
  expect(tuning.length).toBeGreaterThan(600);
});

test.each([
  ['the held-out half of theme-free.txt', heldOut, HELD_OUT_CEILING],
  ['theme-free-fresh.txt', fresh, FRESH_CEILING],
  ['the tuning sets', tuning, TUNING_CEILING],
] as const)(`when %s is tagged, then at most the ceiling of its sentences get a theme`, (_name, lines, ceiling) => {
  const found = tagged(lines);
  expect(found.length / lines.length, found.join('\n')).toBeLessThanOrEqual(ceiling);
});
