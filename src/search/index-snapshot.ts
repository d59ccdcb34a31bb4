import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-thread.js';
import type { SearchQueries } from '../store/search-queries.js';
import type { IndexJob, IndexMessage } from './index-worker.js';
import { MatchCache } from './match-cache.js';
import { indexColumns, PassageIndex, withThemes, type IndexColumns } from './passage-index.js';
import { TermPostings, Vocabulary } from './term-postings.js';

/** The passage index and the ranked matches computed against the same state of the database. */
export interface Snapshot {
  index: PassageIndex;
  matches: MatchCache;
  /** What ranking in memory needs: BM25's basis and vocabulary, and terms' postings (the frequent ones read ahead of time by the worker). */
  terms: TermPostings;
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
  /** Terms in at least this many passages are ranked ahead of time (10,000 by default). */
  warmMinDocs?: number;
  /** How many of each such term's best passages are kept in order (2,000 by default). */
  warmOrder?: number;
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
  /** Passages refreshed while a rebuild runs in the worker: its index may predate them, so they are patched again into it. */
  private refreshedDuringBuild: number[] = [];

  constructor(
    private readonly queries: SearchQueries,
    private file: string | null,
    private readonly times: RefreshTimes = DEFAULT_TIMES,
    private readonly now: () => number = Date.now,
    /** Work done on each new index in the background, a step at a time between requests (with a database file only). */
    private readonly prepare: (index: PassageIndex) => Array<() => void> = () => [],
    /** Called once the worker has read the frequent terms of the current snapshot. */
    private readonly warmed: (snapshot: Snapshot) => void = () => {},
  ) {}

  current(): Snapshot {
    const now = this.now();
    if (!this.snapshot) {
      this.version = this.queries.dataVersion();
      return this.install(this.queries.readIndexRows(indexColumns), ++this.generation);
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

  /**
   * Reads these passages' themes again into the current index, at once: this process wrote them (a
   * human code), which PRAGMA data_version does not report, and a coder expects the next page to show it.
   */
  refreshPassages(ids: readonly number[]): void {
    if (!this.snapshot || ids.length === 0) return;
    if (this.building) this.refreshedDuringBuild.push(...ids);
    const { matches, terms } = this.snapshot;
    this.install(withThemes(this.snapshot.index.columns, ids, this.queries.themeRows(ids)), this.generation);
    // The FTS5 match sets and postings do not depend on themes: keep them.
    Object.assign(this.snapshot, { matches, terms });
  }

  private rebuild(): void {
    this.generation++;
    if (!this.file) {
      this.install(this.queries.readIndexRows(indexColumns), this.generation);
      return;
    }
    this.building = true;
    this.post({ type: 'build', generation: this.generation });
  }

  private install(columns: IndexColumns, generation: number): Snapshot {
    const index = new PassageIndex(columns);
    this.snapshot = { index, matches: new MatchCache(), terms: new TermPostings(), builtAt: this.now(), generation };
    if (this.file) {
      // What the first searches, theme page or review list would otherwise build on their requests.
      this.prepareInTurns(index, this.prepare(index));
      // Look again once the quiet time has passed, requests or not: to warm, or to catch up.
      setTimeout(() => this.lookAgain(), this.times.warmWhenQuietMs + this.times.checkEveryMs).unref();
    }
    return this.snapshot;
  }

  /** Runs one step per turn of the event loop, so that requests arriving meanwhile wait for one step at most; stops once the index is replaced. */
  private prepareInTurns(index: PassageIndex, steps: Array<() => void>): void {
    const step = steps.shift();
    if (!step || this.snapshot?.index !== index) return;
    setImmediate(() => {
      this.unlessClosed('preparing the passage index', step);
      this.prepareInTurns(index, steps);
    });
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
      const refreshed = this.refreshedDuringBuild;
      this.refreshedDuringBuild = [];
      this.install(refreshed.length > 0 ? withThemes(message.columns, refreshed, this.queries.themeRows(refreshed)) : message.columns, message.generation);
    } else if (this.snapshot?.generation !== message.generation) {
      return;
    } else if (message.type === 'basis') {
      const { lengths, rows, tokens } = message;
      const log = (x: number) => this.queries.logarithm(x);
      Object.assign(this.snapshot.terms, { basis: { lengths, rows, tokens, log }, vocabulary: new Vocabulary(message.vocabulary) });
    } else if (message.type === 'warm') {
      this.snapshot.terms.warm.set(message.term, { gaps: message.gaps, counts: message.counts, best: message.best });
    } else {
      this.warmed(this.snapshot);
    }
  }

  private post(job: IndexJob): void {
    if (!this.worker) {
      this.worker = spawnIndexWorker(this.file!, this.times);
      this.worker.on('message', (message: IndexMessage) => this.receive(message));
      this.worker.on('error', (err) => {
        // The thread could not work: rebuild here instead, from now on, and rank terms on demand.
        process.emitWarning(`passage index worker failed (${err.message}); rebuilding on the main thread`);
        this.building = false;
        this.file = null;
        this.worker = null;
        this.unlessClosed('passage index rebuild', () => this.install(this.queries.readIndexRows(indexColumns), this.generation));
      });
      this.worker.unref();
    }
    if (job.type === 'build') this.worker.ref(); // the process waits for a rebuild under way, not for warming
    this.worker.postMessage(job);
  }
}

function spawnIndexWorker(file: string, { warmMinDocs, warmOrder }: RefreshTimes): Worker {
  return startWorker(import.meta.url, './index-worker', { workerData: { file, warmMinDocs, warmOrder } });
}
