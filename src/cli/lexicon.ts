import { InputError } from '../errors.js';
import { compileTagger, readLexiconSources, runLexiconExamples } from '../lexicon/index.js';
import { isThemeId, THEME_IDS } from '../model/themes.js';
import { wholeNumber } from '../search/search-request.js';
import { parseCommandLine, writeLine, type CliIO, type Command } from './command.js';
import { printSuggestions, suggestForTheme } from './lexicon-suggest.js';

export const command: Command = {
  name: 'lexicon',
  summary: 'Check the theme lexicons: `test` runs their examples, `list` shows them, `suggest` proposes phrases for a theme from the passages researchers coded',
  usage: 'lessons lexicon test|list|suggest <theme> [--lexicons DIR] [--db path] [--limit 20] [--json]',
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals, config } = parseCommandLine(args, io, this, { limit: { type: 'string' }, json: { type: 'boolean' } }, ['lexicons', 'db']);
    const [action, ...rest] = positionals;
    const sources = readLexiconSources(config.lexicons);
    if (action === 'suggest') {
      const theme = rest[0];
      if (rest.length !== 1 || theme === undefined || !isThemeId(theme)) throw new InputError(`name one theme to suggest phrases for: ${THEME_IDS.join(', ')}.\nUsage: ${this.usage}`, 'bad_arguments');
      const result = suggestForTheme(config, compileTagger(sources), theme, wholeNumber(values.limit, 'limit', 20, 1, 500));
      if (values.json) writeLine(io.stdout, JSON.stringify(result));
      else printSuggestions(result, config.lexicons, io);
      return 0;
    }
    if (rest.length > 0 || (action !== 'test' && action !== 'list')) throw new InputError(`expected "test", "list" or "suggest <theme>".\nUsage: ${this.usage}`, 'bad_arguments');
    return action === 'test' ? testExamples(sources, io) : listLexicons(sources, io);
  },
};

function testExamples(sources: ReturnType<typeof readLexiconSources>, io: CliIO): number {
  const { examples, failures } = runLexiconExamples(sources);
  for (const failure of failures) {
    const wanted = failure.expected ? `should get ${failure.theme}` : `should not get ${failure.theme}`;
    const fired = failure.fired.length > 0 ? `; fired: ${failure.fired.join(' | ')}` : '';
    writeLine(io.stdout, `${failure.file}:${failure.line}: ${wanted}, got [${failure.got.join(', ')}]${fired}\n    ${failure.text}`);
  }
  writeLine(io.stdout, `${examples - failures.length} passed, ${failures.length} failed (lexicon examples)`);
  return failures.length > 0 ? 1 : 0;
}

function listLexicons(sources: ReturnType<typeof readLexiconSources>, io: CliIO): number {
  const tagger = compileTagger(sources);
  writeLine(io.stdout, `version ${tagger.version}`);
  for (const lexicon of tagger.lexicons) {
    writeLine(io.stdout, `${lexicon.id.padEnd(22)} ${String(lexicon.patterns).padStart(3)} patterns  ${lexicon.label}`);
  }
  return 0;
}
