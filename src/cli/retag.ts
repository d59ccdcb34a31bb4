import { inThread, retag } from '../retag/retag.js';
import { TagPool } from '../retag/tag-pool.js';
import { compileTagging, readTaggingSources } from '../classifier/index.js';
import { openExistingStore } from './open-store.js';
import { parseCommandLine, warnings, writeLine, type Command } from './command.js';

export const command: Command = {
  name: 'retag',
  summary: 'Re-apply the current lexicons and model to stored passages, without re-reading PDFs',
  usage: 'lessons retag [--json] [--db path] [--lexicons folder] [--workers n] [--model on|off] [--model-threshold 0.5]',
  async run(args, io) {
    const { values, config } = parseCommandLine(args, io, this, { json: { type: 'boolean' } }, ['db', 'lexicons', 'model', 'modelThreshold', 'workers']);
    const sources = readTaggingSources(config, warnings(io));
    // Compiled by the tagger threads, or here for one: a broken lexicon stops the command before the database is opened.
    const pool = config.workers > 1 ? await TagPool.start(sources, config.workers, warnings(io)) : null;
    const tagging = pool ?? inThread(compileTagging(sources, warnings(io)));
    let store: ReturnType<typeof openExistingStore> | null = null;
    try {
      store = openExistingStore(config);
      const started = performance.now();
      const summary = await retag(store.tagging, tagging);
      const seconds = (performance.now() - started) / 1000;
      if (values.json) {
        writeLine(io.stdout, JSON.stringify({ ok: true, seconds, ...summary }));
        return 0;
      }
      if (summary.resumedAfter > 0) writeLine(io.stdout, `Resumed an interrupted retag after its first ${summary.resumedAfter} passages.`);
      writeLine(io.stdout, `Retagged ${summary.passages} passages with lexicons ${summary.version} in ${seconds.toFixed(1)} s: ${summary.changedPassages} changed (${summary.kindChanges} changed kind).`);
      if (summary.themes.length === 0) writeLine(io.stdout, 'No findings changed.');
      for (const row of summary.themes) writeLine(io.stdout, `  ${row.theme.padEnd(22)} +${row.added} -${row.removed}`);
      return 0;
    } finally {
      await pool?.close();
      store?.close();
    }
  },
};
