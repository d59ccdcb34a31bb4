import { parseLexiconFile } from './lexicon-file.js';
import { readLexiconSources } from './lexicon-sources.js';
import { buildTagger } from './tagger.js';
import type { LexiconSource, Tagger } from './types.js';

export type { GroupMatch, LexiconInfo, LexiconSource, PassageReading, ReadOptions, SentenceReading, Tagger, TagResult, ThemeMatch } from './types.js';
export { runLexiconExamples, type ExampleFailure, type ExampleReport } from './examples.js';
export { readLexiconSources };

/** Pure: parses, validates and compiles lexicon sources. compileTagger([{ file, source }]).tag('...') */
export function compileTagger(files: LexiconSource[]): Tagger {
  return buildTagger(files.map(({ file, source }) => parseLexiconFile(file, source)), files);
}

/** Reads, validates and compiles the lexicons of a folder; throws LexiconError naming file and line. */
export function loadTagger(dir: string): Tagger {
  return compileTagger(readLexiconSources(dir));
}
