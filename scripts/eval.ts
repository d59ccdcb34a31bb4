/**
 * Scores the lexicons against a labelled set: per-theme precision, recall and F1, micro and macro
 * F1, the share of theme-free sentences given a theme, kind accuracy, and the errors to work on.
 *   npx tsx scripts/eval.ts [file.jsonl] [--theme ID] [--summary]
 * Sentences are tagged without section context, as `lessons tag --jsonl` does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, loadConfig } from '../src/config.js';
import { loadTagger } from '../src/lexicon/index.js';
import { THEME_IDS, type PassageKind, type ThemeId } from '../src/themes.js';

interface Item {
  id: string;
  text: string;
  themes: ThemeId[];
  kind: PassageKind;
}

const { values, positionals } = parseArgs({ options: { theme: { type: 'string' }, summary: { type: 'boolean' } }, allowPositionals: true });
const file = positionals[0] ?? path.resolve(PROJECT_ROOT, '../shared/eval/dev.jsonl');
const items = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Item);
const tagger = loadTagger(loadConfig(process.env).lexicons);

const counts = new Map<ThemeId, { tp: number; fp: number; fn: number }>(THEME_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
const errors: string[] = [];
let kindRight = 0;
let themeFree = 0;
let themeFreeTagged = 0;
const kindConfusion = new Map<string, number>();

for (const item of items) {
  const result = tagger.tag(item.text);
  if (result.kind === item.kind) kindRight += 1;
  else kindConfusion.set(`${item.kind} -> ${result.kind}`, (kindConfusion.get(`${item.kind} -> ${result.kind}`) ?? 0) + 1);
  if (item.themes.length === 0) {
    themeFree += 1;
    if (result.themes.length > 0) themeFreeTagged += 1;
  }
  for (const theme of THEME_IDS) {
    const expected = item.themes.includes(theme);
    const got = result.themes.includes(theme);
    const count = counts.get(theme)!;
    if (expected && got) count.tp += 1;
    if (!expected && got) count.fp += 1;
    if (expected && !got) count.fn += 1;
    if (expected === got || (values.theme && values.theme !== theme)) continue;
    const fired = result.matches.filter((match) => match.theme === theme).map((match) => `${match.pattern} => "${match.text}"`);
    errors.push(`${expected ? 'MISS' : 'FP  '} ${theme.padEnd(22)} ${item.id} [${item.kind}/${result.kind}] ${item.text}\n       expected: ${item.themes.join(', ') || '-'}; got: ${result.themes.join(', ') || '-'}${fired.length ? `\n       fired: ${fired.join(' | ')}` : ''}`);
  }
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
let tp = 0, fp = 0, fn = 0, macro = 0;
console.log(`${'theme'.padEnd(22)}   P      R      F1     tp  fp  fn`);
for (const theme of THEME_IDS) {
  const c = counts.get(theme)!;
  tp += c.tp; fp += c.fp; fn += c.fn;
  const p = ratio(c.tp, c.tp + c.fp), r = ratio(c.tp, c.tp + c.fn), f = f1(p, r);
  macro += f;
  console.log(`${theme.padEnd(22)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`);
}
const microP = ratio(tp, tp + fp), microR = ratio(tp, tp + fn);
console.log(`\nmicro P ${microP.toFixed(3)} R ${microR.toFixed(3)} F1 ${f1(microP, microR).toFixed(3)}; macro F1 ${(macro / THEME_IDS.length).toFixed(3)}`);
console.log(`theme-free sentences given a theme: ${themeFreeTagged}/${themeFree} (${(100 * ratio(themeFreeTagged, themeFree)).toFixed(1)}%)`);
console.log(`kind accuracy: ${kindRight}/${items.length} (${ratio(kindRight, items.length).toFixed(3)}); errors: ${[...kindConfusion].map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (!values.summary) {
  console.log(`\nerrors (${errors.length}):`);
  for (const error of errors.sort()) console.log(error);
}
