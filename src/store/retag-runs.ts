import type { Db } from './database.js';

/** A retag that started and has not finished: the database holds findings of two lexicon versions. */
export interface UnfinishedRetag {
  id: number;
  lexicon_version: string;
  passages_total: number;
  passages_done: number;
  last_passage_id: number;
  started_at: string;
}

/**
 * The record of retags: one row per run, its progress committed in the same transaction as each
 * batch of findings, so that what the row says is what the findings are.
 */
export interface RetagRuns {
  unfinished(): UnfinishedRetag | null;
  /** A new run for `version` over every passage; any unfinished run of another version is superseded by it. */
  start(version: string): UnfinishedRetag;
  /** Call inside the transaction that writes the batch. */
  progress(id: number, passagesDone: number, lastPassageId: number): void;
  finish(id: number): void;
}

export function retagRuns(db: Db): RetagRuns {
  const unfinished = db.prepare<[], UnfinishedRetag>('SELECT id, lexicon_version, passages_total, passages_done, last_passage_id, started_at FROM retag_runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1');
  const passages = db.prepare('SELECT count(*) FROM passages').pluck();
  const insert = db.prepare('INSERT INTO retag_runs (lexicon_version, passages_total) VALUES (?, ?)');
  const abandon = db.prepare("UPDATE retag_runs SET finished_at = 'superseded' WHERE finished_at IS NULL");
  const progress = db.prepare('UPDATE retag_runs SET passages_done = passages_done + ?, last_passage_id = ? WHERE id = ?');
  const finish = db.prepare("UPDATE retag_runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?");
  return {
    unfinished: () => unfinished.get() ?? null,
    start: db.transaction((version: string): UnfinishedRetag => {
      abandon.run();
      insert.run(version, passages.get());
      return unfinished.get()!;
    }),
    progress: (id, passagesDone, lastPassageId) => {
      progress.run(passagesDone, lastPassageId, id);
    },
    finish: (id) => {
      finish.run(id);
    },
  };
}

/** "A retag to lexicons 3f2a… stopped at 4,000 of 10,000 passages; run `lessons retag` to finish it." */
export function describeUnfinishedRetag(run: UnfinishedRetag): string {
  return `A retag to lexicons ${run.lexicon_version} stopped after ${run.passages_done.toLocaleString('en-GB')} of ${run.passages_total.toLocaleString('en-GB')} passages, so findings of two lexicon versions are mixed. Run \`lessons retag\` to finish it.`;
}
