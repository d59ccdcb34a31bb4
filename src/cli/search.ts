import { search } from '../search/search.js';
import { searchRequest } from '../search/search-request.js';
import { citation, terminalSnippet } from './format.js';
import { openExistingStore } from './open-store.js';
import { parseCommandLine, writeLine, type Command } from './command.js';
import { SEARCH_FILTER_FLAGS, SEARCH_FILTER_USAGE, searchInputFromFlags } from './search-flags.js';

export const command: Command = {
  name: 'search',
  summary: 'Search passages across reviews: ranked, cited passages with the hits marked, and facets over the whole result set',
  usage: `lessons search "<words>" ${SEARCH_FILTER_USAGE} [--limit n] [--page n] [--json] [--db path]`,
  async run(args, io) {
    const { values, positionals, config } = parseCommandLine(
      args,
      io,
      this,
      {
        ...SEARCH_FILTER_FLAGS,
        limit: { type: 'string' },
        page: { type: 'string' },
        json: { type: 'boolean' },
      },
      ['db'],
    );
    const request = searchRequest({ ...searchInputFromFlags(positionals, values), limit: values.limit ?? '10', page: values.page });
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
