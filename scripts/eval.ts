/**
 * Scores the lexicons against a labelled set: per-theme precision, recall and F1, micro and macro
 * F1, the share of theme-free passages given a theme, kind accuracy, and the errors to work on.
 *   npx tsx scripts/eval.ts [file.jsonl | folder/] [--theme ID] [--summary] [--layer patterns|model|both] [--split train|validation]
 * A .jsonl file (default ../shared/eval/dev.jsonl) holds {id, text, themes, kind} sentences, tagged
 * without section context, as `lessons tag --jsonl` does. A folder is read for its `*.truth.json`
 * files (corpus/): every paragraph is tagged with its section's kind as context, as ingest does.
 * --layer measures the lexicon patterns alone, the learned model alone, or both (without it,
 * tagging is as the commands do it); --split keeps the lines of hard.jsonl's one half.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, loadConfig } from '../src/config.js';
import { normaliseLine } from '../src/ingest/normalise.js';
import { evaluateTagger, type LabelledPassage } from '../src/lexicon/evaluation.js';
import { layerTagger, loadTagging, readTaggingSources } from '../src/classifier/index.js';
import type { PassageKind, ThemeId } from '../src/themes.js';

interface TruthFile {
  file: string;
  paragraphs: Array<{ number: string; kind: PassageKind; themes: ThemeId[]; text: string }>;
}

const { values, positionals } = parseArgs({
  options: { theme: { type: 'string' }, summary: { type: 'boolean' }, layer: { type: 'string' }, split: { type: 'string' } },
  allowPositionals: true,
});
const layer = values.layer;
if (layer !== undefined && layer !== 'patterns' && layer !== 'model' && layer !== 'both') throw new Error(`--layer must be patterns, model or both, not "${layer}"`);
const source = positionals[0] ?? path.resolve(PROJECT_ROOT, '../shared/eval/dev.jsonl');
const labelled: Array<LabelledPassage & { split?: string }> = statSync(source).isDirectory() ? readTruthFolder(source) : readJsonl(source);
const items = labelled.filter((item) => !values.split || item.split === values.split);
// Without --layer, tagging is as the commands do it (a stale or missing model is warned of and left out).
const config = loadConfig(process.env);
const tagger = layer ? layerTagger(readTaggingSources({ ...config, model: 'on' }, console.warn), layer) : loadTagging(config, console.warn);
const result = evaluateTagger(tagger, items);

const unit = statSync(source).isDirectory() ? 'paragraphs' : 'sentences';
console.log(`${result.passages} ${unit} from ${source}${values.split ? ` (${values.split} half)` : ''}, ${!layer ? `as the commands tag (model ${config.model})` : layer === 'both' ? 'both layers' : `${layer} alone`}`);
console.log(`${'theme'.padEnd(22)}   P      R      F1     tp  fp  fn`);
for (const row of result.scores) {
  const counts = [row.tp, row.fp, row.fn].map((count) => String(count).padStart(3)).join(' ');
  console.log(`${row.theme.padEnd(22)} ${row.precision.toFixed(3)}  ${row.recall.toFixed(3)}  ${row.f1.toFixed(3)}  ${counts}`);
}
const { micro } = result;
console.log(`\nmicro P ${micro.precision.toFixed(3)} R ${micro.recall.toFixed(3)} F1 ${micro.f1.toFixed(3)}; macro F1 ${result.macroF1.toFixed(3)}`);
const share = result.themeFree === 0 ? 0 : result.themeFreeTagged / result.themeFree;
console.log(`theme-free ${unit} given a theme: ${result.themeFreeTagged}/${result.themeFree} (${(100 * share).toFixed(1)}%)`);
const confusion = [...result.kindConfusion].map(([change, count]) => `${change} ${count}`).join(', ');
console.log(`kind accuracy: ${result.kindRight}/${result.passages} (${(result.kindRight / result.passages).toFixed(3)}); errors: ${confusion}`);
if (!values.summary) {
  const errors = result.errors
    .filter((error) => !values.theme || error.theme === values.theme)
    .map(({ item, theme, missed, kindFound, themesFound, fired }) =>
      `${missed ? 'MISS' : 'FP  '} ${theme.padEnd(22)} ${item.id} [${item.kind}/${kindFound}] ${item.text}\n       expected: ${item.themes.join(', ') || '-'}; got: ${themesFound.join(', ') || '-'}` +
      (fired.length ? `\n       fired: ${fired.join(' | ')}` : ''),
    );
  console.log(`\nerrors (${errors.length}):`);
  for (const error of errors.sort()) console.log(error);
}

function readJsonl(file: string): Array<LabelledPassage & { split?: string }> {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as LabelledPassage & { split?: string });
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
