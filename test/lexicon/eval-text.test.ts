import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

/**
 * The lexicons are written from concepts in our own words: no line of a `.lex` file (pattern,
 * example or comment) may carry a sentence of ../shared/eval. A line fails when it shares a run of
 * LONGEST_RUN or more words with one eval item; shorter runs are the stock phrases of the genre
 * ("was subject to a child protection plan"). The message names the line and the item's id only.
 */
const LONGEST_RUN = 8;
const SEED = 5;

const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];

interface EvalItem {
  id: string;
  words: string[];
}

const evalItems: EvalItem[] = ['dev.jsonl', 'hard.jsonl'].flatMap((name) =>
  readFileSync(path.resolve(PROJECT_ROOT, '../shared/eval', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; text: string })
    .map((item) => ({ id: item.id, words: words(item.text) })),
);

/** The items holding each run of SEED words: a line shares a long run only with an item it shares a seed with. */
const itemsBySeed = new Map<string, Set<EvalItem>>();
for (const item of evalItems) {
  for (let at = 0; at + SEED <= item.words.length; at++) {
    const seed = item.words.slice(at, at + SEED).join(' ');
    itemsBySeed.set(seed, (itemsBySeed.get(seed) ?? new Set()).add(item));
  }
}

function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    b.forEach((other, j) => {
      if (word === other) current[j + 1] = previous[j]! + 1;
    });
    best = Math.max(best, ...current);
    previous = current;
  }
  return best;
}

/** The eval item sharing the longest run of words with a text, and that run's length. */
function closestEvalItem(text: string): { id: string; run: number } {
  const lineWords = words(text);
  const candidates = new Set<EvalItem>();
  for (let at = 0; at + SEED <= lineWords.length; at++) {
    for (const item of itemsBySeed.get(lineWords.slice(at, at + SEED).join(' ')) ?? []) candidates.add(item);
  }
  let closest = { id: '', run: 0 };
  for (const item of candidates) {
    const run = longestCommonRun(lineWords, item.words);
    if (run > closest.run) closest = { id: item.id, run };
  }
  return closest;
}

test('the check finds an eval sentence, whole or cut, and passes a sentence of our own', () => {
  const item = evalItems.find((candidate) => candidate.words.length >= 12)!;
  expect(closestEvalItem(item.words.join(' ')).run).toBe(item.words.length);
  expect(closestEvalItem(`match: The visit ${item.words.slice(2, 2 + LONGEST_RUN).join(' ')} went on.`).run).toBeGreaterThanOrEqual(LONGEST_RUN);
  expect(closestEvalItem('match: Nobody asked the lodger in the back bedroom how long he meant to stay.').run).toBeLessThan(LONGEST_RUN);
});

test(`no lexicon line shares a run of ${LONGEST_RUN} words with an item of ../shared/eval`, () => {
  const dir = path.join(PROJECT_ROOT, 'lexicons');
  const copied = readdirSync(dir)
    .filter((name) => name.endsWith('.lex'))
    .flatMap((name) =>
      readFileSync(path.join(dir, name), 'utf8')
        .split('\n')
        .map((line, at) => ({ where: `lexicons/${name}:${at + 1}`, closest: closestEvalItem(line) }))
        .filter(({ closest }) => closest.run >= LONGEST_RUN)
        .map(({ where, closest }) => `${where} shares ${closest.run} words in a row with eval item ${closest.id}: rewrite it in words of our own`),
    );
  expect(copied).toEqual([]);
});
