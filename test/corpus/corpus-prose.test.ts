import { describe, expect, test } from 'vitest';
import { corpusTruths, type Truth } from '../support/corpus.js';

/**
 * The bundled corpus must not read as generated: no sentence of more than eight words may appear
 * in two reports, and the 8-word phrases that reports share (real reviews share some: "initial
 * child protection conference") must stay a minority of each report's phrasing.
 */
const truths = corpusTruths();

/** Lower-case words with one kind of apostrophe, so that curly and straight quotes compare equal. */
function words(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[a-z0-9']+/g) ?? [];
}

function sentencesOf(truth: Truth): string[][] {
  return truth.paragraphs.flatMap((paragraph) => paragraph.text.split(/(?<=[.!?])\s+(?=[A-Z\u2018\u201c"])/)).map(words);
}

function shinglesOf(truth: Truth): Set<string> {
  const shingles = new Set<string>();
  for (const paragraph of truth.paragraphs) {
    const list = words(paragraph.text);
    for (let i = 0; i + 8 <= list.length; i++) shingles.add(list.slice(i, i + 8).join(' '));
  }
  return shingles;
}

describe('the prose of the bundled corpus', () => {
  test('when every sentence of more than eight words is collected, then none appears in two reports', () => {
    const reportsOf = new Map<string, Set<string>>();
    for (const truth of truths) {
      for (const sentence of sentencesOf(truth)) {
        if (sentence.length <= 8) continue;
        const key = sentence.join(' ');
        reportsOf.set(key, (reportsOf.get(key) ?? new Set()).add(truth.file));
      }
    }
    const shared = [...reportsOf].filter(([, files]) => files.size > 1).map(([sentence, files]) => `${[...files].join(', ')}: ${sentence}`);
    expect(reportsOf.size).toBeGreaterThan(5000);
    expect(shared).toEqual([]);
  });

  test('when 8-word shingles are compared, then on average less than 30% of a report\'s shingles occur in any other report, and none is in more than two thirds of them', () => {
    const shingles = new Map(truths.map((truth) => [truth.file, shinglesOf(truth)]));
    const reportCount = new Map<string, number>();
    for (const set of shingles.values()) for (const shingle of set) reportCount.set(shingle, (reportCount.get(shingle) ?? 0) + 1);
    const sharedShare = [...shingles].map(([file, set]) => ({ file, share: [...set].filter((shingle) => (reportCount.get(shingle) ?? 0) > 1).length / set.size }));
    const mean = sharedShare.reduce((sum, { share }) => sum + share, 0) / sharedShare.length;
    const widest = [...reportCount].sort((a, b) => b[1] - a[1]).slice(0, 5);
    // Printed so that a regenerated corpus's figures can be compared with those in corpus/README.md.
    console.log(`8-word shingles: mean share shared ${(mean * 100).toFixed(1)}%, widest ${widest.map(([s, n]) => `"${s}" (${n})`).join('; ')}`);
    expect(mean).toBeLessThan(0.3);
    expect(widest[0]?.[1] ?? 0).toBeLessThanOrEqual((truths.length * 2) / 3);
  });
});
