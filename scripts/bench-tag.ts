/**
 * Tagging throughput on one core, after warm-up, over a fixed generated set of sentences: the
 * lexicon examples, and sentences assembled from fixed parts by a seeded generator (so every run
 * tags the same text).
 *   npx tsx scripts/bench-tag.ts [--sentences N] [--rounds N]
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { loadTagger, readLexiconSources } from '../src/lexicon/index.js';
import { parseLexiconFile } from '../src/lexicon/lexicon-file.js';
import { readTokens } from '../src/nlp/tokens.js';

const { values } = parseArgs({ options: { sentences: { type: 'string', default: '5000' }, rounds: { type: 'string', default: '3' } } });
const dir = loadConfig(process.env).lexicons;
const tagger = loadTagger(dir);

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

const pick = generator(42);
const examples = readLexiconSources(dir).flatMap(({ file, source }) => parseLexiconFile(file, source).examples.map((example) => example.text));
const sentences = [...examples];
while (sentences.length < Number(values.sentences)) sentences.push(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${pick(ENDINGS)}`);
const tokens = sentences.reduce((sum, sentence) => sum + readTokens(sentence).count, 0);

for (const sentence of sentences) tagger.tag(sentence);
// CPU time of this process, not wall time: the figure stays true on a machine shared with other work.
let best = Infinity;
for (let round = 0; round < Number(values.rounds); round += 1) {
  const started = process.cpuUsage();
  for (const sentence of sentences) tagger.tag(sentence);
  const used = process.cpuUsage(started);
  best = Math.min(best, (used.user + used.system) / 1e6);
}
let reading = Infinity;
for (let round = 0; round < Number(values.rounds); round += 1) {
  const started = process.cpuUsage();
  for (const sentence of sentences) readTokens(sentence);
  const used = process.cpuUsage(started);
  reading = Math.min(reading, (used.user + used.system) / 1e6);
}
const perSecond = (count: number, seconds = best) => Math.round(count / seconds).toLocaleString('en-GB');
console.log(`${sentences.length} sentences, ${tokens} tokens, ${tagger.lexicons.length} lexicons (version ${tagger.version})`);
console.log(`reading alone (wink-nlp tokens, lemmas, negation scope): ${perSecond(sentences.length, reading)} sentences/s, ${perSecond(tokens, reading)} tokens/s`);
console.log(`best of ${values.rounds} rounds: ${best.toFixed(3)} s of CPU = ${perSecond(sentences.length)} sentences/s, ${perSecond(tokens)} tokens/s on one core`);
