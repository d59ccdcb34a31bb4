import type { Config } from '../config.js';
import { giveHeapHeadroom } from '../heap-headroom.js';
import { createApp } from '../http/app.js';
import { listen } from '../http/listen.js';
import { isLoopback } from '../http/write-access.js';
import { loadTagging } from '../classifier/index.js';
import type { Store } from '../store/store.js';
import { openExistingStore } from './open-store.js';
import { parseCommandLine, warnings, writeLine, type CliIO, type Command } from './command.js';

export const command: Command = {
  name: 'serve',
  summary: 'Serve the web UI and the JSON API over the database; prints "Serving on http://HOST:PORT" once listening',
  usage: 'lessons serve [--port 4000] [--host 127.0.0.1] [--db path] [--lexicons folder] [--criteria file] [--model on|off] [--model-threshold 0.5]',
  async run(args, io) {
    const { config } = parseCommandLine(args, io, this, {}, ['db', 'host', 'port', 'lexicons', 'criteria', 'model', 'modelThreshold', 'maxUploadMb', 'maxPages', 'maxDocxXmlMb', 'readerHeapMb', 'maxChecks', 'checkQueue', 'checkTimeoutS', 'searchWorkers', 'searchTimeoutMs', 'allowedHosts', 'coder', 'token']);
    return serve(openExistingStore(config), config, io);
  },
};

/**
 * Serves until SIGINT or SIGTERM, then closes the server and the store. Prints
 * "Serving on http://HOST:PORT" once listening: scripts (and CI) wait for that line.
 */
export async function serve(store: Store, config: Config, io: CliIO): Promise<number> {
  try {
    const app = createApp({ store, tagger: loadTagging(config, warnings(io)), config, log: (line) => writeLine(io.stderr, line) });
    const { server, url } = await listen(app, config.host, config.port);
    giveHeapHeadroom();
    writeLine(io.stdout, `Serving on ${url}`);
    if (!isLoopback(config.host) && !config.token) warnings(io)(`listening on ${config.host}, beyond this machine, without LESSONS_TOKEN: every write (codes, checks) is refused. Set LESSONS_TOKEN to allow them with that token.`);
    await new Promise((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await closed;
    return 0;
  } finally {
    store.close();
  }
}
