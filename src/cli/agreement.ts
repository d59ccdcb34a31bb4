import { agreementReport } from '../coding/agreement-report.js';
import type { Estimate } from '../coding/wilson.js';
import { InputError } from '../errors.js';
import { isThemeId } from '../model/themes.js';
import { parseCommandLine, writeLine, type Command } from './command.js';
import { openExistingStore } from './open-store.js';

const shown = (estimate: Estimate | null) => (estimate ? `${estimate.value.toFixed(2)} [${estimate.low.toFixed(2)}, ${estimate.high.toFixed(2)}]` : '-');
const figure = (value: number | null) => (value === null ? '-' : value.toFixed(2));

export const command: Command = {
  name: 'agreement',
  summary: 'Measure the machine against the human codes per theme (precision, estimated recall, F1 with Wilson intervals, kappa, AC1), and coder against coder',
  usage: 'lessons agreement [--json] [--coder name] [--theme id] [--db path]',
  async run(args, io) {
    const { values, config } = parseCommandLine(args, io, this, { json: { type: 'boolean' }, coder: { type: 'string' }, theme: { type: 'string' } }, ['db']);
    if (values.theme && !isThemeId(values.theme)) throw new InputError(`--theme: unknown theme "${values.theme}"`, 'bad_theme');
    const store = openExistingStore(config);
    try {
      const report = agreementReport(store.codes, store.coding, { coder: values.coder ?? null, theme: values.theme && isThemeId(values.theme) ? values.theme : null });
      if (values.json) {
        writeLine(io.stdout, JSON.stringify(report));
        return 0;
      }
      writeLine(io.stdout, `${report.judged} judged. theme: judged (tagged/untagged)  precision  recall  F1  kappa  AC1`);
      for (const row of report.themes) {
        writeLine(io.stdout, `${row.theme}: ${row.judged} (${row.tagged.judged}/${row.untagged.judged})  P ${shown(row.precision)}  R ${shown(row.recall)}  F1 ${shown(row.f1)}  kappa ${figure(row.kappa)}  AC1 ${figure(row.ac1)}`);
      }
      for (const pair of report.between_coders.filter((entry) => entry.theme === null)) {
        writeLine(io.stdout, `${pair.coders.join(' and ')}: ${pair.both} both judged, observed ${figure(pair.observed)}, kappa ${figure(pair.kappa)}, AC1 ${figure(pair.ac1)}`);
      }
      writeLine(io.stdout, report.estimator);
      return 0;
    } finally {
      store.close();
    }
  },
};
