import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LexiconError } from '../errors.js';
import type { LexiconSource } from './types.js';

// Apart from the compiler: a process that only hands the sources to tagger threads (ingest's main
// thread) reads them without loading wink and its model.
/** The lexicon files of a folder: every `*.lex`, in name order. */
export function readLexiconSources(dir: string): LexiconSource[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.lex')).sort();
  } catch (err) {
    throw new LexiconError(`cannot read the lexicon folder ${dir}: ${(err as Error).message}`);
  }
  if (names.length === 0) throw new LexiconError(`no lexicon files (*.lex) in ${dir}`);
  return names.map((name) => {
    const file = path.join(dir, name);
    return { file, source: readFileSync(file, 'utf8') };
  });
}
