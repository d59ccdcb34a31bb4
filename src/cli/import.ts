import { readFile } from 'node:fs/promises';
import { judgedVersions } from '../coding/record-codes.js';
import { importQdpx } from '../export/refi-qda/import-codes.js';
import { InputError } from '../errors.js';
import { themeInfo } from '../http/theme-labels.js';
import { loadTagger } from '../lexicon/index.js';
import { parseCommandLine, writeLine, type Command } from './command.js';
import { openExistingStore } from './open-store.js';

export const command: Command = {
  name: 'import',
  summary: 'Read codes made in another QDA tool from a REFI-QDA project back as human codes, all or nothing: what cannot be matched is listed and nothing is stored',
  usage: 'lessons import --qdpx FILE [--coder name] [--db path] [--lexicons DIR]',
  async run(args, io) {
    const { values, positionals, config } = parseCommandLine(args, io, this, { qdpx: { type: 'string' }, coder: { type: 'string' } }, ['db', 'lexicons']);
    if (!values.qdpx || positionals.length > 0) throw new InputError(`give the project to read with --qdpx FILE.\nUsage: ${this.usage}`, 'bad_arguments');
    const bytes = await readFile(values.qdpx).catch((err: Error) => {
      throw new InputError(`cannot read ${values.qdpx}: ${err.message}`, 'bad_arguments');
    });
    const store = openExistingStore(config);
    try {
      const tagger = loadTagger(config.lexicons);
      const deps = { catalogue: store.exports, codes: store.codes, themes: [...themeInfo(tagger).values()], versions: judgedVersions(config)(store.coding.lexiconVersion() ?? tagger.version) };
      const result = await importQdpx(bytes, deps, values.coder?.trim() || null);
      const machine = result.machineTags > 0 ? ` ${result.machineTags} coding${result.machineTags === 1 ? ' was' : 's were'} lessons's own tags and ${result.machineTags === 1 ? 'was' : 'were'} left out.` : '';
      if (result.unmatched.length > 0) {
        writeLine(io.stderr, `lessons import: nothing stored: ${result.unmatched.length} coding${result.unmatched.length === 1 ? '' : 's'} of ${values.qdpx} could not be matched:`);
        for (const line of result.unmatched) writeLine(io.stderr, `  - ${line}`);
        return 2;
      }
      if (!result.stored) {
        writeLine(io.stdout, `Nothing to import: ${values.qdpx} holds no human coding.${machine}`);
        return 0;
      }
      const count = (decision: string) => result.stored!.filter((code) => code.decision === decision).length;
      writeLine(io.stdout, `Imported ${result.stored.length} human code${result.stored.length === 1 ? '' : 's'} from ${values.qdpx}: ${count('confirm')} confirm a machine tag, ${count('add')} add a theme.${machine}`);
      return 0;
    } finally {
      store.close();
    }
  },
};
