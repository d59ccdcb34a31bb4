import { InputError } from '../errors.js';
import type { CodeFilter, HumanCode } from '../model/codes.js';
import { isThemeId } from '../model/themes.js';
import { csvLine } from '../export/csv-line.js';
import { parseCommandLine, writeLine, type Command } from './command.js';
import { openExistingStore } from './open-store.js';

const COLUMNS = ['id', 'passage_id', 'theme', 'decision', 'coder', 'memo', 'at', 'lexicon_version', 'model_version', 'review_sha256', 'passage_seq', 'text_sha256'] as const satisfies ReadonlyArray<keyof HumanCode>;

export const command: Command = {
  name: 'codes',
  summary: 'List the human codes: the whole audit trail, or with --current the decision in force per passage, theme and coder',
  usage: 'lessons codes [--json|--csv] [--current] [--coder name] [--theme id] [--db path]',
  async run(args, io) {
    const { values, config } = parseCommandLine(args, io, this, { json: { type: 'boolean' }, csv: { type: 'boolean' }, current: { type: 'boolean' }, coder: { type: 'string' }, theme: { type: 'string' } }, ['db']);
    const filter: CodeFilter = {};
    if (values.coder) filter.coder = values.coder;
    if (values.theme) {
      if (!isThemeId(values.theme)) throw new InputError(`--theme: unknown theme "${values.theme}"`, 'bad_theme');
      filter.theme = values.theme;
    }
    const store = openExistingStore(config);
    try {
      const codes = values.current ? store.codes.current(filter) : store.codes.list(filter);
      if (values.json) writeLine(io.stdout, JSON.stringify({ codes }));
      else if (values.csv) {
        io.stdout.write(csvLine(COLUMNS));
        for (const code of codes) io.stdout.write(csvLine(COLUMNS.map((column) => code[column])));
      } else {
        for (const code of codes) writeLine(io.stdout, `${code.at}  ${code.coder}  ${code.decision.padEnd(7)} ${code.theme}  passage ${code.passage_id ?? `detached (review ${code.review_sha256.slice(0, 12)}, seq ${code.passage_seq})`}${code.memo ? `  "${code.memo}"` : ''}`);
        writeLine(io.stdout, `${codes.length} code${codes.length === 1 ? '' : 's'}.`);
      }
      return 0;
    } finally {
      store.close();
    }
  },
};
