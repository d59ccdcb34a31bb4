import type { Random } from './random.js';

/** Small rewordings a drafter makes when reusing another review's paragraph. */
const SWAPS: readonly [RegExp, string][] = [
  [/\bprofessionals\b/, 'practitioners'],
  [/\bpractitioners\b/, 'professionals'],
  [/\bProfessionals\b/, 'Practitioners'],
  [/\bPractitioners\b/, 'Professionals'],
  [/\bseveral\b/, 'a number of'],
  [/\bthe family\b/, 'the household'],
  [/\bconcerns\b/, 'worries'],
  [/\bagencies\b/, 'services'],
  [/\bthe case\b/, 'this case'],
  [/\bagreed\b/, 'put in place'],
  [/\bsignificant\b/, 'considerable'],
  [/\bat this time\b/, 'during this period'],
  [/\bthe review\b/, 'this review'],
  [/\bdescribed\b/, 'characterised'],
];

/**
 * A near-verbatim copy of `text`, as when a draft borrows a paragraph from a published review:
 * the child renamed to `child`, two or three phrases reworded, or else the last sentence dropped.
 */
export function nearCopy(text: string, child: string, random: Random): string {
  let copy = text.replace(/\b(Child|Baby|Young Person) [A-Z][A-Z0-9]*\b/g, child);
  let edits = 0;
  const wanted = random.int(2, 3);
  for (const [pattern, replacement] of random.shuffle(SWAPS)) {
    if (edits === wanted) break;
    if (!pattern.test(copy)) continue;
    copy = copy.replace(pattern, replacement);
    edits++;
  }
  const sentences = copy.split(/(?<=\.) /);
  if (edits < 2 && sentences.length >= 3) copy = sentences.slice(0, -1).join(' ');
  return copy;
}
