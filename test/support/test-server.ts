import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { createApp } from '../../src/http/app.js';
import { listen } from '../../src/http/listen.js';
import type { IngestedReview } from '../../src/ingest/types.js';
import { loadTagger, type Tagger } from '../../src/lexicon/index.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { reviewWriter } from '../../src/store/reviews.js';

export interface TestServer {
  url: string;
  db: Db;
  dbFile: string;
  /** The server log: request lines and unexpected errors. */
  log: string[];
  close(): Promise<void>;
}

let tagger: Tagger | undefined;

/** The real app over a fresh database holding `reviews`, listening on a free loopback port. */
export async function startTestServer(reviews: IngestedReview[]): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lessons-http-'));
  const dbFile = path.join(dir, 'lessons.db');
  const db = openDatabase(dbFile);
  const writer = reviewWriter(db);
  for (const review of reviews) writer.save(review);
  tagger ??= loadTagger(path.join(PROJECT_ROOT, 'lexicons'));
  const log: string[] = [];
  const config = loadConfig({}, { db: dbFile, port: 0 });
  const { server, url } = await listen(createApp({ db, tagger, config, log: (line) => log.push(line) }), '127.0.0.1', 0);
  return {
    url,
    db,
    dbFile,
    log,
    async close() {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
