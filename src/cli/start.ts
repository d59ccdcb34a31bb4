import { existsSync } from 'node:fs';
import { search } from '../search/search.js';
import { searchRequest } from '../search/search-request.js';
import { openStore } from '../store/store.js';
import { citation, terminalSnippet } from './format.js';
import { ingestPaths, printSummary } from './ingest.js';
import { serve } from './serve.js';
import { printStats } from './stats.js';
import { parseCommandLine, writeLine, type Command } from './command.js';

export const command: Command = {
  name: 'start',
  summary: 'The main job: ingest the bundled corpus when the database is new, report on it, then serve it',
  usage: 'lessons start [--db path] [--corpus folder] [--port 4000] [--host 127.0.0.1] [--no-ocr]',
  async run(args, io) {
    const { config } = parseCommandLine(args, io, this, {}, ['db', 'corpus', 'workers', 'lexicons', 'criteria', 'model', 'modelThreshold', 'host', 'port', 'maxUploadMb', 'maxPdfMb', 'maxPages', 'maxDocxXmlMb', 'readerHeapMb', 'maxChecks', 'checkQueue', 'checkTimeoutS', 'searchWorkers', 'searchTimeoutMs', 'allowedHosts', 'ocr', 'ocrPageSeconds']);
    if (!existsSync(config.db)) {
      writeLine(io.stdout, `No database at ${config.db} yet: ingesting ${config.corpus} ...`);
      const summary = await ingestPaths([config.corpus], config, io, true);
      printSummary(summary, io);
      if (summary.failed.length > 0) return 1;
    }
    const store = openStore(config.db);
    writeLine(io.stdout, '');
    printStats(store, io);
    const sample = await search(store.search, searchRequest({ q: 'face value', limit: 3 }));
    writeLine(io.stdout, `\nSample search "face value": ${sample.total} passages; the first ${sample.results.length}:`);
    for (const hit of sample.results) writeLine(io.stdout, `  ${citation(hit)}\n    ${terminalSnippet(hit.snippet, io.isTTY)}`);
    writeLine(io.stdout, '');
    return serve(store, config, io);
  },
};
