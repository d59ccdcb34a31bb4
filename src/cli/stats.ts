import { describeUnfinishedRetag } from '../store/retag-runs.js';
import type { ReadStore } from '../store/store.js';
import { openExistingStore } from './open-store.js';
import { parseCommandLine, writeLine, type Command, type CliIO } from './command.js';

export const command: Command = {
  name: 'stats',
  summary: 'Passages and findings by theme and by year, and a retag left unfinished',
  usage: 'lessons stats [--json] [--db path]',
  async run(args, io) {
    const { values, config } = parseCommandLine(args, io, this, { json: { type: 'boolean' } }, ['db']);
    const store = openExistingStore(config);
    try {
      if (values.json) writeLine(io.stdout, JSON.stringify(collectStats(store)));
      else printStats(store, io);
      return 0;
    } finally {
      store.close();
    }
  },
};

export function collectStats(store: Pick<ReadStore, 'catalogue' | 'retagRuns'>) {
  const { catalogue } = store;
  const unfinished = store.retagRuns.unfinished();
  return { totals: catalogue.totals(), themes: catalogue.byTheme(), years: catalogue.byYear(), retag_unfinished: unfinished && { ...unfinished, message: describeUnfinishedRetag(unfinished) } };
}

export function printStats(store: Pick<ReadStore, 'catalogue' | 'retagRuns'>, io: CliIO): void {
  const { totals, themes, years, retag_unfinished: unfinished } = collectStats(store);
  writeLine(io.stdout, `${totals.reviews} reviews, ${totals.passages} passages, ${totals.findings} findings.`);
  if (unfinished) writeLine(io.stdout, `\n${unfinished.message}`);
  writeLine(io.stdout, '\nBy theme                 passages  findings  reviews');
  for (const row of themes) writeLine(io.stdout, `  ${row.theme.padEnd(22)} ${String(row.passages).padStart(8)} ${String(row.findings).padStart(9)} ${String(row.reviews).padStart(8)}`);
  writeLine(io.stdout, '\nBy year   reviews  passages  findings');
  for (const row of years) writeLine(io.stdout, `  ${String(row.year ?? '----')}  ${String(row.reviews).padStart(8)} ${String(row.passages).padStart(9)} ${String(row.findings).padStart(9)}`);
}
