import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { exportSearch } from '../export/export-search.js';
import { exportSources } from '../export/export-sources.js';
import { exportFormat } from '../export/formats.js';
import { InputError } from '../errors.js';
import { loadTagger } from '../lexicon/index.js';
import { SearchEngine } from '../search/search.js';
import { searchRequest } from '../search/search-request.js';
import { parseCommandLine, writeLine, type Command } from './command.js';
import { themeInfo } from '../http/theme-labels.js';
import { openExistingStore } from './open-store.js';
import { SEARCH_FILTER_FLAGS, SEARCH_FILTER_USAGE, searchInputFromFlags } from './search-flags.js';

export const command: Command = {
  name: 'export',
  summary: 'Write the whole result set of a search to a file: CSV, JSON, a REFI-QDA project (qdpx) or its codebook alone (qdc)',
  usage: `lessons export --format csv|json|qdpx|qdc --out FILE ["<words>"] ${SEARCH_FILTER_USAGE} [--base-url http://host:port] [--db path] [--lexicons DIR]`,
  async run(args, io) {
    const { values, positionals, config } = parseCommandLine(
      args,
      io,
      this,
      {
        format: { type: 'string' },
        out: { type: 'string' },
        ...SEARCH_FILTER_FLAGS,
        'base-url': { type: 'string' },
      },
      ['db', 'lexicons'],
    );
    const format = exportFormat(values.format);
    if (!values.out) throw new InputError(`give the file to write with --out FILE.\nUsage: ${this.usage}`, 'bad_arguments');
    const request = searchRequest(searchInputFromFlags(positionals, values));
    const store = openExistingStore(config);
    try {
      const queries = store.exports;
      const context = {
        sources: exportSources(queries, store.codes),
        themes: [...themeInfo(loadTagger(config.lexicons)).values()],
        lexiconVersion: queries.lexiconVersion(),
        baseUrl: values['base-url'] ?? `http://${config.host}:${config.port}`,
      };
      const { meta, chunks } = await exportSearch(new SearchEngine(store.search), request, format, context);
      const file = createWriteStream(values.out);
      for await (const chunk of chunks) if (!file.write(chunk)) await once(file, 'drain');
      file.end();
      await once(file, 'close');
      const what = format.name === 'qdc' ? 'the codebook of the 21 themes' : `${meta.total} passage${meta.total === 1 ? '' : 's'}`;
      writeLine(io.stdout, `Wrote ${what} to ${values.out} (${format.name}; lexicons ${meta.lexicon_version}; exported ${meta.exported_at}).`);
      writeLine(io.stdout, `Export metadata: ${JSON.stringify(meta)}`);
      return 0;
    } finally {
      store.close();
    }
  },
};
