import { parseLexiconFile } from './lexicon-file.js';
import { buildTagger } from './tagger.js';
import type { LexiconSource } from './types.js';

export interface ExampleFailure {
  file: string;
  line: number;
  theme: string;
  text: string;
  /** True for a `match:` example that did not get its theme, false for a `nomatch:` that did. */
  expected: boolean;
  got: string[];
  /** The patterns of this theme that fired, for a `nomatch:` failure. */
  fired: string[];
}

export interface ExampleReport {
  examples: number;
  failures: ExampleFailure[];
}

/**
 * Tags every `match:` and `nomatch:` sentence of the lexicons, without section context, and
 * returns those whose theme came out wrong. runLexiconExamples(readLexiconSources('lexicons'))
 */
export function runLexiconExamples(sources: LexiconSource[]): ExampleReport {
  const files = sources.map(({ file, source }) => parseLexiconFile(file, source));
  const tagger = buildTagger(files, sources);
  const failures: ExampleFailure[] = [];
  let examples = 0;
  for (const lexicon of files) {
    if (!lexicon.id) continue;
    const theme = lexicon.id.text;
    for (const example of lexicon.examples) {
      examples += 1;
      const result = tagger.tag(example.text);
      if (result.themes.includes(theme as never) === example.expected) continue;
      const fired = result.matches.filter((match) => match.theme === theme).map((match) => match.pattern);
      failures.push({ file: lexicon.file, line: example.line, theme, text: example.text, expected: example.expected, got: result.themes, fired });
    }
  }
  return { examples, failures };
}
