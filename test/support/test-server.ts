import { mkdtempSync, rmSync } from 'node:fs';
import type express from 'express';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { createApp } from '../../src/http/app.js';
import { listen } from '../../src/http/listen.js';
import type { IngestedReview } from '../../src/model/review.js';
import { loadTagger, type Tagger } from '../../src/lexicon/index.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { openStore, type Store } from '../../src/store/store.js';

export interface TestServer {
  url: string;
  app: express.Express;
  /** The store the app serves. */
  store: Store;
  /** A connection of the test's own to the same file, for SQL that checks what the app did. */
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
  const store = openStore(dbFile);
  for (const review of reviews) store.reviews.save(review);
  const db = openDatabase(dbFile);
  tagger ??= loadTagger(path.join(PROJECT_ROOT, 'lexicons'));
  const log: string[] = [];
  const config = loadConfig({}, { db: dbFile, port: 0 });
  const app = createApp({ store, tagger, config, log: (line) => log.push(line) });
  const { server, url } = await listen(app, '127.0.0.1', 0);
  return {
    url,
    app,
    store,
    db,
    dbFile,
    log,
    async close() {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
      db.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: the app over `reviews` (the research corpus by default), started before its
 * tests and closed after them. Read `server` inside tests, not at import.
 */
export function serveForTests(reviews: () => IngestedReview[]): { readonly server: TestServer; getJson(path: string): Promise<{ status: number; body: any }> } {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(reviews());
  });
  afterAll(() => server?.close());
  const handle = {
    get server(): TestServer {
      if (!server) throw new Error('the test server is not started yet');
      return server;
    },
    async getJson(path: string) {
      const response = await fetch(`${handle.server.url}${path}`);
      return { status: response.status, body: (await response.json()) as any };
    },
  };
  return handle;
}
