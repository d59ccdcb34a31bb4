import { InputError } from '../errors.js';
import { compileTagger, readLexiconSources, runLexiconExamples } from '../lexicon/index.js';
import { parseCommandLine, writeLine, type CliIO, type Command } from './command.js';

export const command: Command = {
  name: 'lexicon',
  summary: 'Check the theme lexicons: `test` runs their examples, `list` shows them',
  usage: 'lessons lexicon test|list [--lexicons DIR]',
  async run(args: string[], io: CliIO): Promise<number> {
    const { positionals, config } = parseCommandLine(args, io, this, {}, ['lexicons']);
    const [action, ...rest] = positionals;
    if (rest.length > 0 || (action !== 'test' && action !== 'list')) throw new InputError(`expected "test" or "list".\nUsage: ${this.usage}`, 'bad_arguments');
    const sources = readLexiconSources(config.lexicons);
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
