import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-thread.js';
import type { RankedMatches, SearchQueries } from '../store/search-queries.js';
import type { IndexJob, IndexMessage } from './index-worker.js';
import { MatchCache } from './match-cache.js';
import { indexColumns, PassageIndex, type IndexColumns } from './passage-index.js';

/** The passage index and the ranked matches computed against the same state of the database. */
export interface Snapshot {
  index: PassageIndex;
  matches: MatchCache;
  /** Rankings of the most frequent terms, made ahead of time by the worker, by Porter stem. */
  warm: Map<string, { docs: number; best: RankedMatches }>;
  builtAt: number;
  generation: number;
}

export interface RefreshTimes {
  /** How often to ask SQLite whether another connection committed (PRAGMA data_version). */
  checkEveryMs: number;
  /** The least time between two rebuilds: while `lessons ingest` commits review after review, new reviews show within about this delay. */
  rebuildAtMostEveryMs: number;
  /** Frequent terms are ranked ahead of time only once the database has been quiet this long, not during an ingest. */
  warmWhenQuietMs: number;
}

const DEFAULT_TIMES: RefreshTimes = { checkEveryMs: 500, rebuildAtMostEveryMs: 5000, warmWhenQuietMs: 5000 };

/**
 * Keeps a Snapshot in step with the database. The first is built on the spot; later ones, when
 * `PRAGMA data_version` says another connection (an ingest) committed, are built in a worker
 * thread while searches go on against the previous one. `file` is the database file for that
 * thread to open; without one, rebuilds happen on this thread.
 */
export class IndexSnapshots {
  private snapshot: Snapshot | null = null;
  private version = -1;
  private checkedAt = 0;
  private building = false;
  private warming = 0;
  private generation = 0;
  private worker: Worker | null = null;

  constructor(
    private readonly queries: SearchQueries,
    private file: string | null,
    private readonly times: RefreshTimes = DEFAULT_TIMES,
    private readonly now: () => number = Date.now,
  ) {}

  current(): Snapshot {
    const now = this.now();
    if (!this.snapshot) {
      this.version = this.queries.dataVersion();
      return this.install(indexColumns(this.queries.indexRows()), ++this.generation);
    }
    if (!this.building && now - this.checkedAt >= this.times.checkEveryMs) {
      this.checkedAt = now;
      const version = this.queries.dataVersion();
      if (version !== this.version && now - this.snapshot.builtAt >= this.times.rebuildAtMostEveryMs) {
        // Read the version before the build starts: a commit landing during it triggers the next one.
        this.version = version;
        this.rebuild();
      } else if (version === this.version && this.file && this.warming !== this.generation && now - this.snapshot.builtAt >= this.times.warmWhenQuietMs) {
        this.warming = this.generation;
        this.post({ type: 'warm', generation: this.generation });
      }
    }
    return this.snapshot;
  }

  private rebuild(): void {
    this.generation++;
    if (!this.file) {
      this.install(indexColumns(this.queries.indexRows()), this.generation);
      return;
    }
    this.building = true;
    this.post({ type: 'build', generation: this.generation });
  }

  private install(columns: IndexColumns, generation: number): Snapshot {
    this.snapshot = { index: new PassageIndex(columns), matches: new MatchCache(), warm: new Map(), builtAt: this.now(), generation };
    // Look again once the quiet time has passed, requests or not: to warm, or to catch up.
    if (this.file) setTimeout(() => this.lookAgain(), this.times.warmWhenQuietMs + this.times.checkEveryMs).unref();
    return this.snapshot;
  }

  private lookAgain(): void {
    this.unlessClosed('passage index check', () => this.current());
  }

  /** Runs work on the app's connection. A closed database means the app has shut down; anything else is news. */
  private unlessClosed(what: string, work: () => void): void {
    try {
      work();
    } catch (err) {
      if (!/not open/.test((err as Error).message)) process.emitWarning(`${what} failed: ${(err as Error).message}`);
    }
  }

  private receive(message: IndexMessage): void {
    if (message.generation !== this.generation) return; // superseded by a newer build
    if (message.type === 'index') {
      this.building = false;
      this.worker?.unref();
      this.install(message.columns, message.generation);
    } else if (this.snapshot?.generation === message.generation) {
      this.snapshot.warm.set(message.term, { docs: message.docs, best: { ids: message.ids, ranks: message.ranks } });
    }
  }

  private post(job: IndexJob): void {
    if (!this.worker) {
      this.worker = spawnIndexWorker(this.file!);
      this.worker.on('message', (message: IndexMessage) => this.receive(message));
      this.worker.on('error', (err) => {
        // The thread could not work: rebuild here instead, from now on, and rank terms on demand.
        process.emitWarning(`passage index worker failed (${err.message}); rebuilding on the main thread`);
        this.building = false;
        this.file = null;
        this.worker = null;
        this.unlessClosed('passage index rebuild', () => this.install(indexColumns(this.queries.indexRows()), this.generation));
      });
      this.worker.unref();
    }
    if (job.type === 'build') this.worker.ref(); // the process waits for a rebuild under way, not for warming
    this.worker.postMessage(job);
  }
}

function spawnIndexWorker(file: string): Worker {
  return startWorker(import.meta.url, './index-worker', { workerData: { file } });
}
