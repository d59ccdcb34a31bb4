/**
 * Scores the lexicons against a labelled set: per-theme precision, recall, F1, Cohen's kappa and
 * Gwet's AC1, micro and macro averages, the share of theme-free passages given a theme, kind
 * accuracy, and the errors to work on.
 *   npx tsx scripts/eval.ts [dev | hard | written | file.jsonl | folder/] [--split train|validation|tune|heldout] [--theme ID] [--summary] [--patterns]
 *   npx tsx scripts/eval.ts --behaviour [--theme ID] [--summary]
 *   npx tsx scripts/eval.ts [dev | hard ...] --kinds
 * `dev` (the default) and `hard` name ../shared/eval/dev.jsonl and hard.jsonl, `written` the
 * project's own labelled text (test/lexicon/written.jsonl; no model is trained on it); `--split`
 * keeps the items of one part of a file that has a `split` field (tune on hard's train and
 * written's tune; look at validation and heldout at milestones only). A .jsonl file holds
 * {id, text, themes, kind} items, tagged without section
 * context, as `lessons tag --jsonl` does. A folder is read for its `*.truth.json` files (corpus/):
 * every paragraph is tagged with its section's kind as context, as ingest does.
 * `--patterns` lists, instead of the errors, each pattern that gave a wrong tag: how often it fired,
 * rightly, wrongly and on theme-free items (the loose pattern families, without reading items).
 * `--behaviour` runs the behavioural suite of test/behaviour/ instead: pass rates per theme and
 * test type, then the failing sentences. `--kinds` prints the passage-kind confusion matrix and
 * the items of each wrong cell instead of the theme errors.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import { PROJECT_ROOT, loadConfig } from '../src/config.js';
import { normaliseLine } from '../src/ingest/normalise.js';
import { evaluateTagging, taggingBy, type Evaluation, type LabelledPassage } from '../src/lexicon/evaluation.js';
import { layerTagger, loadTagging, readTaggingSources } from '../src/classifier/index.js';
import { THEME_IDS, type PassageKind, type ThemeId } from '../src/model/themes.js';
import { BEHAVIOUR_TYPES, behaviourCases, passRates, runBehaviour, type BehaviourOutcome } from '../test/support/behaviour.js';

interface TruthFile {
  file: string;
  paragraphs: Array<{ number: string; kind: PassageKind; themes: ThemeId[]; text: string }>;
}

const NAMED_SETS: Record<string, string> = {
  dev: path.resolve(PROJECT_ROOT, '../shared/eval/dev.jsonl'),
  hard: path.resolve(PROJECT_ROOT, '../shared/eval/hard.jsonl'),
  written: path.resolve(PROJECT_ROOT, 'test/lexicon/written.jsonl'),
};

const { values, positionals } = scriptArgs(import.meta.url, {
  options: {
    theme: { type: 'string' },
    summary: { type: 'boolean' },
    split: { type: 'string' },
    behaviour: { type: 'boolean' },
    kinds: { type: 'boolean' },
    layer: { type: 'string' },
    patterns: { type: 'boolean' },
  },
  allowPositionals: true,
});
const layer = values.layer;
if (layer !== undefined && layer !== 'patterns' && layer !== 'model' && layer !== 'both') {
  console.error(`--layer must be patterns, model or both, not "${layer}"`);
  process.exit(2);
}
const config = loadConfig(process.env);
const tagText = taggingBy(layer ? layerTagger(readTaggingSources({ ...config, model: true }, console.warn), layer) : loadTagging(config, console.warn));
if (values.behaviour) {
  const outcomes = runBehaviour(behaviourCases(), (text) => tagText(text, {}).themes);
  printBehaviour(outcomes);
  if (!values.summary) printBehaviourFailures(outcomes, values.theme);
  process.exit(0);
}
const named = positionals[0] ?? 'dev';
const source = NAMED_SETS[named] ?? named;
const isFolder = statSync(source).isDirectory();
const items = isFolder ? readTruthFolder(source) : keepSplit(readJsonl(source), values.split);
const result = evaluateTagging(tagText, items);
const unit = isFolder ? 'paragraphs' : 'items';
const layers = !layer ? `as the commands tag (model ${config.model ? 'on' : 'off'})` : layer === 'both' ? 'both layers' : `${layer} alone`;
console.log(`${result.passages} ${unit} from ${source}${values.split ? ` (split ${values.split})` : ''}, ${layers}`);
printScores(result);
if (values.kinds) printKinds(result);
else if (values.patterns) printPatternPrecision(items);
else if (!values.summary) printErrors(result, values.theme);

function printScores(result: Evaluation): void {
  const figure = (value: number) => (Number.isNaN(value) ? '   -  ' : value.toFixed(3).padStart(6));
  console.log(`${'theme'.padEnd(22)}      P      R     F1  kappa    AC1   tp  fp  fn`);
  for (const row of result.scores) {
    const counts = [row.tp, row.fp, row.fn].map((count) => String(count).padStart(3)).join(' ');
    console.log(`${row.theme.padEnd(22)} ${[row.precision, row.recall, row.f1, row.kappa, row.ac1].map(figure).join(' ')}  ${counts}`);
  }
  for (const [name, row] of [['micro', result.micro], ['macro', result.macro]] as const) {
    console.log(`${name.padEnd(22)} ${[row.precision, row.recall, row.f1, row.kappa, row.ac1].map(figure).join(' ')}`);
  }
  const share = result.themeFree === 0 ? 0 : result.themeFreeTagged / result.themeFree;
  console.log(`theme-free ${unit} given a theme: ${result.themeFreeTagged}/${result.themeFree} (${(100 * share).toFixed(1)}%)`);
  const confusion = [...result.kindConfusion].map(([change, count]) => `${change} ${count}`).join(', ');
  console.log(`kind accuracy: ${result.kindRight}/${result.passages} (${(result.kindRight / result.passages).toFixed(3)}); errors: ${confusion}`);
}

function printErrors(result: Evaluation, theme: string | undefined): void {
  const errors = result.errors
    .filter((error) => !theme || error.theme === theme)
    .map(({ item, theme, missed, kindFound, themesFound, fired }) =>
      `${missed ? 'MISS' : 'FP  '} ${theme.padEnd(22)} ${item.id} [${item.kind}/${kindFound}] ${item.text}\n       expected: ${item.themes.join(', ') || '-'}; got: ${themesFound.join(', ') || '-'}` +
      (fired.length ? `\n       fired: ${fired.join(' | ')}` : ''),
    );
  console.log(`\nerrors (${errors.length}):`);
  for (const error of errors.sort()) console.log(error);
}

function printKinds(result: Evaluation): void {
  const kinds: PassageKind[] = ['finding', 'recommendation', 'narrative'];
  const wrong = (labelled: PassageKind, found: PassageKind) => result.kindConfusion.get(`${labelled} -> ${found}`) ?? 0;
  const labelledAs = (kind: PassageKind) => result.kindErrors.filter(({ item }) => item.kind === kind).length;
  console.log(`\nkind: labelled (rows) against found (columns)`);
  console.log(`${''.padEnd(16)}${kinds.map((kind) => kind.padStart(16)).join('')}`);
  for (const labelled of kinds) console.log(`${labelled.padEnd(16)}${kinds.map((found) => String(found === labelled ? '·' : wrong(labelled, found)).padStart(16)).join('')}   (${labelledAs(labelled)} wrong)`);
  for (const labelled of kinds) {
    for (const found of kinds) {
      const items = result.kindErrors.filter((error) => error.item.kind === labelled && error.kindFound === found);
      if (items.length === 0) continue;
      console.log(`\n${labelled} -> ${found} (${items.length}):`);
      for (const { item } of items) console.log(`  ${item.id} [${item.themes.join(', ') || '-'}] ${item.text}`);
    }
  }
}

/**
 * Per pattern, over the whole set: the items on which it gave its theme, how many of those were
 * right, wrong, and wrong on a theme-free item; the loosest first. It counts, it quotes no item.
 */
function printPatternPrecision(items: readonly LabelledPassage[]): void {
  const rows = new Map<string, { fires: number; right: number; wrong: number; themeFree: number }>();
  for (const item of items) {
    const result = tagText(item.text, item.section ? { section: item.section } : {});
    for (const theme of result.themes) {
      const patterns = new Set(result.evidence(theme).map((evidence) => `${theme}: ${evidence.slice(0, evidence.lastIndexOf(' => "'))}`));
      for (const pattern of patterns) {
        const row = rows.get(pattern) ?? { fires: 0, right: 0, wrong: 0, themeFree: 0 };
        rows.set(pattern, row);
        row.fires += 1;
        if (item.themes.includes(theme)) row.right += 1;
        else row.wrong += 1;
        if (item.themes.length === 0) row.themeFree += 1;
      }
    }
  }
  const sorted = [...rows].filter(([, row]) => row.wrong > 0).sort(([, a], [, b]) => b.wrong - a.wrong || b.fires - a.fires);
  console.log(`\npatterns by wrong tags (fires, right, wrong, wrong on theme-free items):`);
  for (const [pattern, row] of sorted) console.log(`${[row.fires, row.right, row.wrong, row.themeFree].map((n) => String(n).padStart(4)).join('')}  ${pattern}`);
}

function printBehaviour(outcomes: readonly BehaviourOutcome[]): void {
  const rates = passRates(outcomes);
  const share = ({ passed, total }: { passed: number; total: number }) => `${(passed / total).toFixed(3)} ${`${passed}/${total}`.padStart(9)}`;
  console.log(`${outcomes.length} behavioural tests from test/behaviour/`);
  console.log(`${'theme'.padEnd(22)} ${BEHAVIOUR_TYPES.map((type) => type.padEnd(16)).join(' ')}`);
  const totals = new Map(BEHAVIOUR_TYPES.map((type) => [type, { passed: 0, total: 0 }]));
  for (const theme of THEME_IDS) {
    const byType = rates.get(theme);
    const cells = BEHAVIOUR_TYPES.map((type) => {
      const rate = byType?.get(type) ?? { passed: 0, total: 0 };
      const total = totals.get(type) as { passed: number; total: number };
      total.passed += rate.passed;
      total.total += rate.total;
      return rate.total === 0 ? '-'.padEnd(16) : share(rate).padEnd(16);
    });
    console.log(`${theme.padEnd(22)} ${cells.join(' ')}`);
  }
  console.log(`${'all'.padEnd(22)} ${BEHAVIOUR_TYPES.map((type) => share(totals.get(type) as { passed: number; total: number }).padEnd(16)).join(' ')}`);
}

function printBehaviourFailures(outcomes: readonly BehaviourOutcome[], theme: string | undefined): void {
  const failed = outcomes.filter((row) => !row.passed && (!theme || row.case.theme === theme));
  console.log(`\nfailures (${failed.length}):`);
  for (const row of failed) {
    console.log(`${row.case.type.padEnd(10)} ${row.case.theme.padEnd(22)} ${row.case.template}`);
    row.case.sentences.forEach((sentence, at) => console.log(`    ${sentence} -> [${row.found[at]?.join(', ')}]`));
  }
}

function readJsonl(file: string): Array<LabelledPassage & { split?: string }> {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as LabelledPassage & { split?: string });
}

function keepSplit(items: Array<LabelledPassage & { split?: string }>, split: string | undefined): LabelledPassage[] {
  if (!split) return items;
  const kept = items.filter((item) => item.split === split);
  if (kept.length === 0) throw new Error(`no item has "split": "${split}"; the splits of this file are ${[...new Set(items.map((item) => item.split))].join(', ') || 'none'}`);
  return kept;
}

/** Every numbered paragraph of the truth files of a folder, id "file#number", with its section kind as context. */
function readTruthFolder(dir: string): LabelledPassage[] {
  const names = readdirSync(dir).filter((name) => name.endsWith('.truth.json')).sort();
  if (names.length === 0) throw new Error(`no *.truth.json files in ${dir}`);
  return names.flatMap((name) => {
    const truth = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as TruthFile;
    return truth.paragraphs.map(({ number, kind, themes, text }) => ({ id: `${truth.file}#${number}`, text: normaliseLine(text), themes, kind, section: kind }));
  });
}
