import { catalogueQueries } from '../store/catalogue-queries.js';
import { describeUnfinishedRetag, retagRuns } from '../store/retag-runs.js';
import { openExistingDatabase } from './open-store.js';
import { parseCommandLine, writeLine, type Command, type CliIO } from './command.js';
import type { Db } from '../store/database.js';

export const command: Command = {
  name: 'stats',
  summary: 'Passages and findings by theme and by year, and a retag left unfinished',
  usage: 'lessons stats [--json] [--db path]',
  async run(args, io) {
    const { values, config } = parseCommandLine(args, io, this, { json: { type: 'boolean' } }, ['db']);
    const db = openExistingDatabase(config);
    try {
      if (values.json) writeLine(io.stdout, JSON.stringify(collectStats(db)));
      else printStats(db, io);
      return 0;
    } finally {
      db.close();
    }
  },
};

export function collectStats(db: Db) {
  const catalogue = catalogueQueries(db);
  const unfinished = retagRuns(db).unfinished();
  return { totals: catalogue.totals(), themes: catalogue.byTheme(), years: catalogue.byYear(), retag_unfinished: unfinished && { ...unfinished, message: describeUnfinishedRetag(unfinished) } };
}

export function printStats(db: Db, io: CliIO): void {
  const { totals, themes, years, retag_unfinished: unfinished } = collectStats(db);
  writeLine(io.stdout, `${totals.reviews} reviews, ${totals.passages} passages, ${totals.findings} findings.`);
  if (unfinished) writeLine(io.stdout, `\n${unfinished.message}`);
  writeLine(io.stdout, '\nBy theme                 passages  findings  reviews');
  for (const row of themes) writeLine(io.stdout, `  ${row.theme.padEnd(22)} ${String(row.passages).padStart(8)} ${String(row.findings).padStart(9)} ${String(row.reviews).padStart(8)}`);
  writeLine(io.stdout, '\nBy year   reviews  passages  findings');
  for (const row of years) writeLine(io.stdout, `  ${String(row.year ?? '----')}  ${String(row.reviews).padStart(8)} ${String(row.passages).padStart(9)} ${String(row.findings).padStart(9)}`);
}
