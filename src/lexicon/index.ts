import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LexiconError } from '../errors.js';
import { parseLexiconFile } from './lexicon-file.js';
import { buildTagger } from './tagger.js';
import type { LexiconSource, Tagger } from './types.js';

export type { LexiconInfo, LexiconSource, PassageReading, ReadOptions, SentenceReading, Tagger, TagResult, ThemeMatch } from './types.js';
export { runLexiconExamples, type ExampleFailure, type ExampleReport } from './examples.js';

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

/** Pure: parses, validates and compiles lexicon sources. compileTagger([{ file, source }]).tag('...') */
export function compileTagger(files: LexiconSource[]): Tagger {
  return buildTagger(files.map(({ file, source }) => parseLexiconFile(file, source)), files);
}

/** Reads, validates and compiles the lexicons of a folder; throws LexiconError naming file and line. */
export function loadTagger(dir: string): Tagger {
  return compileTagger(readLexiconSources(dir));
}
