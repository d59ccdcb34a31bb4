import { search } from '../search/search.js';
import { searchRequest } from '../search/search-request.js';
import { citation, terminalSnippet } from './format.js';
import { openExistingStore } from './open-store.js';
import { parseCommandLine, writeLine, type Command } from './command.js';

export const command: Command = {
  name: 'search',
  summary: 'Search passages across reviews: ranked, cited passages with the hits marked, and facets over the whole result set',
  usage: 'lessons search "<words>" [--theme id]... [--kind finding] [--source pattern|model|human] [--year 2010-2015] [--board name] [--ocr only|exclude] [--limit n] [--page n] [--raw] [--json] [--db path]',
  async run(args, io) {
    const { values, positionals, config } = parseCommandLine(
      args,
      io,
      this,
      {
        theme: { type: 'string', multiple: true },
        kind: { type: 'string' },
        source: { type: 'string' },
        year: { type: 'string' },
        board: { type: 'string' },
        ocr: { type: 'string' },
        limit: { type: 'string' },
        page: { type: 'string' },
        raw: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      ['db'],
    );
    const request = searchRequest({ q: positionals.join(' '), theme: values.theme, kind: values.kind, source: values.source, year: values.year, board: values.board, ocr: values.ocr, limit: values.limit ?? '10', page: values.page, raw: values.raw });
    const store = openExistingStore(config);
    try {
      const response = await search(store.search, request);
      if (values.json) {
        writeLine(io.stdout, JSON.stringify({ results: response.results, total: response.total, facets: response.facets }));
        return 0;
      }
      const first = (request.page - 1) * request.limit;
      writeLine(io.stdout, `${response.total} passage${response.total === 1 ? '' : 's'} found${response.total > 0 ? `; showing ${first + 1}-${first + response.results.length}` : ''}.`);
      for (const [index, hit] of response.results.entries()) {
        writeLine(io.stdout, `\n${first + index + 1}. ${citation(hit)}`);
        writeLine(io.stdout, `   ${terminalSnippet(hit.snippet, io.isTTY)}`);
        if (hit.themes.length > 0) writeLine(io.stdout, `   themes: ${hit.themes.join(', ')}`);
      }
      return 0;
    } finally {
      store.close();
    }
  },
};
