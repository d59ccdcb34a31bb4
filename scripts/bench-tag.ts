/**
 * Tagging throughput on one core, after warm-up, over two fixed sets of sentences:
 * - generated: the lexicon examples, and short sentences assembled from fixed parts by a seeded
 *   generator (so every run tags the same text);
 * - dev-like: the sentences of ../shared/eval/dev.jsonl (longer and denser in themes, as report
 *   findings are), repeated to the same count. They serve for throughput only.
 *   npx tsx scripts/bench-tag.ts [--sentences N] [--rounds N] [--dev file.jsonl]
 * Figures are CPU time of this process, not wall time, so they hold on a machine shared with other work.
 * Tagging is measured as the commands tag (with the learned model unless LESSONS_MODEL=off), and
 * with the lexicon patterns alone beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { compileTagger, readLexiconSources } from '../src/lexicon/index.js';
import { loadTagging } from '../src/classifier/index.js';
import { parseLexiconFile } from '../src/lexicon/lexicon-file.js';
import { readTokens } from '../src/nlp/tokens.js';

const { values } = scriptArgs(import.meta.url, {
  options: {
    sentences: { type: 'string', default: '5000' },
    rounds: { type: 'string', default: '3' },
    dev: { type: 'string', default: path.resolve(PROJECT_ROOT, '../shared/eval/dev.jsonl') },
  },
});
const count = Number(values.sentences);
const rounds = Number(values.rounds);
const config = loadConfig(process.env);
const dir = config.lexicons;
const tagger = loadTagging(config, console.warn);
const patterns = compileTagger(readLexiconSources(dir));
const layers = tagger === patterns || !config.model ? 'patterns alone' : 'patterns and the learned model';

const SUBJECTS = ['The health visitor', 'Children\'s social care', 'The police', 'The GP', 'The school nurse', 'Practitioners', 'The team manager', 'The midwife', 'Each agency'];
const VERBS = ['did not share', 'accepted', 'recorded', 'was unaware of', 'never checked', 'reviewed', 'passed on', 'did not consider', 'discussed'];
const OBJECTS = ['the mother\'s account of the injury', 'the concerns raised by the nursery', 'the plan agreed at conference', 'the risk posed by the new partner', 'the child\'s wishes and feelings', 'the referral from the school', 'the history of domestic abuse'];
const ENDINGS = ['.', ' at face value.', ' with the other agencies.', ' in supervision.', ', and the case drifted for months.', ' on 4 June 2019.', ', although the child was not seen alone.'];

/** A seeded linear congruential generator: the same set of sentences on every run. */
function generator(seed: number) {
  let state = seed;
  return <T>(items: readonly T[]): T => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return items[state % items.length] as T;
  };
}

function generatedSet(): string[] {
  const pick = generator(42);
  const examples = readLexiconSources(dir).flatMap(({ file, source }) => parseLexiconFile(file, source).examples.map((example) => example.text));
  const sentences = [...examples];
  while (sentences.length < count) sentences.push(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${pick(ENDINGS)}`);
  return sentences;
}

function devLikeSet(file: string): string[] {
  const texts = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { text: string }).text);
  return Array.from({ length: count }, (_, index) => texts[index % texts.length] as string);
}

/** The least CPU time, in seconds, of `rounds` runs of `work` over every sentence. */
function bestCpuSeconds(sentences: readonly string[], work: (sentence: string) => unknown): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round += 1) {
    const started = process.cpuUsage();
    for (const sentence of sentences) work(sentence);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

function report(name: string, sentences: readonly string[]): void {
  const tokens = sentences.reduce((sum, sentence) => sum + readTokens(sentence).count, 0);
  for (const sentence of sentences) tagger.tag(sentence);
  const tagging = bestCpuSeconds(sentences, (sentence) => tagger.tag(sentence));
  for (const sentence of sentences) patterns.tag(sentence);
  const patternsOnly = bestCpuSeconds(sentences, (sentence) => patterns.tag(sentence));
  const reading = bestCpuSeconds(sentences, readTokens);
  const rate = (items: number, seconds: number) => Math.round(items / seconds).toLocaleString('en-GB');
  console.log(`\n${name}: ${sentences.length} sentences, ${tokens} tokens (${(tokens / sentences.length).toFixed(1)} a sentence)`);
  console.log(`  reading alone (wink-nlp tokens, lemmas, negation scope): ${rate(sentences.length, reading)} sentences/s, ${rate(tokens, reading)} tokens/s`);
  console.log(`  tagging (${layers}), best of ${rounds} rounds: ${tagging.toFixed(3)} s of CPU = ${rate(sentences.length, tagging)} sentences/s, ${rate(tokens, tagging)} tokens/s on one core`);
  console.log(`  tagging with the patterns alone: ${rate(sentences.length, patternsOnly)} sentences/s`);
}

console.log(`${tagger.lexicons.length} lexicons (version ${tagger.version})`);
if (existsSync(values.dev)) report('dev-like', devLikeSet(values.dev));
else console.log(`\ndev-like: skipped, ${values.dev} not found`);
report('generated', generatedSet());
