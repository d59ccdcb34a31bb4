import { judgedVersions, recordCodes } from '../coding/record-codes.js';
import { InputError } from '../errors.js';
import type { Decision } from '../model/codes.js';
import { parseCommandLine, writeLine, type Command } from './command.js';
import { openExistingStore } from './open-store.js';

export const command: Command = {
  name: 'code',
  summary: 'Record a human code on a passage: confirm or reject a machine tag, or add a theme it missed',
  usage: 'lessons code <passage-id> --theme id --accept|--reject|--add [--memo text] [--coder name] [--json] [--db path]',
  async run(args, io) {
    const { values, positionals, config } = parseCommandLine(
      args,
      io,
      this,
      { theme: { type: 'string' }, accept: { type: 'boolean' }, reject: { type: 'boolean' }, add: { type: 'boolean' }, memo: { type: 'string' }, json: { type: 'boolean' } },
      ['db', 'coder'],
    );
    if (positionals.length !== 1 || !/^\d+$/.test(positionals[0]!)) throw new InputError(`give one passage id (a whole number, as search results show it).\nUsage: ${this.usage}`, 'bad_arguments');
    const decisions = (['accept', 'reject', 'add'] as const).filter((flag) => values[flag]);
    if (decisions.length !== 1) throw new InputError(`give exactly one of --accept, --reject or --add.\nUsage: ${this.usage}`, 'bad_arguments');
    const decision: Decision = decisions[0] === 'accept' ? 'confirm' : decisions[0]!;
    const store = openExistingStore(config);
    try {
      const coding = store.coding;
      const versions = judgedVersions(config)(coding.lexiconVersion() ?? 'none');
      const [code] = recordCodes({ codes: store.codes, versions }, [{ passage_id: Number(positionals[0]), theme: values.theme ?? '', decision, coder: config.coder, memo: values.memo ?? '' }]);
      if (values.json) writeLine(io.stdout, JSON.stringify({ code }));
      else writeLine(io.stdout, `Recorded: ${code!.coder} ${code!.decision === 'confirm' ? 'confirmed' : code!.decision === 'add' ? 'added' : 'rejected'} ${code!.theme} on passage ${code!.passage_id} (code ${code!.id}).`);
      return 0;
    } finally {
      store.close();
    }
  },
};
