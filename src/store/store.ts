import { catalogueQueries, type CatalogueQueries } from './catalogue-queries.js';
import { checkQueries, type CheckQueries } from './check-queries.js';
import { codeStore, type CodeStore } from './code-store.js';
import { codingQueries, type CodingQueries } from './coding-queries.js';
import { openDatabase, type Db } from './database.js';
import { exportQueries, type ExportQueries } from './export-queries.js';
import { askQueries, type AskQueries } from './recommendation-queries.js';
import { retagRuns, type RetagRuns } from './retag-runs.js';
import { reviewPageQueries, type ReviewPageQueries } from './review-page-queries.js';
import { reviewWriter, type ReviewWriter } from './reviews.js';
import { searchQueries, type SearchQueries } from './search-queries.js';
import { suggestionQueries, type SuggestionQueries } from './suggestion-queries.js';
import { taggingQueries, type TaggingQueries } from './tagging-queries.js';

/**
 * What the corpus answers, one declared interface per job, all over one database. Domains, routes
 * and commands are given these and never the connection: SQL, FTS5 and the driver stay in store/,
 * so that another implementation (see DESIGN.md, "Another database") would touch no domain code.
 */
export interface ReadStore {
  /** The database file (":memory:" for an in-memory one): the key of what is cached per corpus. */
  readonly name: string;
  readonly catalogue: CatalogueQueries;
  readonly reviewPages: ReviewPageQueries;
  readonly search: SearchQueries;
  readonly asks: AskQueries;
  readonly retagRuns: RetagRuns;
  /** The machine's own tags, for sampling and agreement (whatever a coder decided). */
  readonly coding: CodingQueries;
  readonly exports: ExportQueries;
  readonly suggestions: SuggestionQueries;
  /**
   * The questions of one draft check, asked on a read-only connection (opened once, on first
   * use), so that a check cannot write to the database, not even to its WAL.
   */
  checkQueries(): CheckQueries;
  close(): void;
}

/** A store that may also write: whole reviews (ingest, a saved draft) and re-tagged findings (retag). */
export interface Store extends ReadStore {
  readonly reviews: ReviewWriter;
  readonly tagging: TaggingQueries;
  /** Researchers' codes: read by many, written by coders and by REFI-QDA import. */
  readonly codes: CodeStore;
}

/**
 * Opens the database (created and migrated unless `readonly`) and builds each interface once, on
 * first use, with its statements prepared on the one connection.
 * const store = openStore('data/lessons.db'); store.reviews.save(review); store.close()
 */
export function openStore(file: string, options: { readonly: true }): ReadStore;
export function openStore(file: string, options?: { readonly?: false }): Store;
export function openStore(file: string, options: { readonly?: boolean } = {}): ReadStore | Store {
  const db = openDatabase(file, options);
  let reader: Db | null = db.readonly || db.memory ? db : null;
  const readerConnection = (): Db => (reader ??= openDatabase(db.name, { readonly: true }));
  const lazy = <T>(build: (db: Db) => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= build(db));
  };
  const catalogue = lazy(catalogueQueries);
  const reviewPages = lazy(reviewPageQueries);
  const search = lazy(searchQueries);
  const asks = lazy(askQueries);
  const runs = lazy(retagRuns);
  const reviews = lazy(reviewWriter);
  const tagging = lazy(taggingQueries);
  const codes = lazy(codeStore);
  const coding = lazy(codingQueries);
  const exports = lazy(exportQueries);
  const suggestions = lazy(suggestionQueries);
  return {
    name: db.name,
    get catalogue() {
      return catalogue();
    },
    get reviewPages() {
      return reviewPages();
    },
    get search() {
      return search();
    },
    get asks() {
      return asks();
    },
    get retagRuns() {
      return runs();
    },
    get reviews() {
      return reviews();
    },
    get tagging() {
      return tagging();
    },
    get codes() {
      return codes();
    },
    get coding() {
      return coding();
    },
    get exports() {
      return exports();
    },
    get suggestions() {
      return suggestions();
    },
    // Built afresh for each check (a few statements): the corpus may have changed since the last one.
    checkQueries: () => checkQueries(readerConnection()),
    close() {
      if (reader && reader !== db) reader.close();
      db.close();
    },
  };
}
