-- A review whose PDF was damaged: its text came from a lenient second reading, and some may be missing.
ALTER TABLE reviews ADD COLUMN read_with_errors INTEGER NOT NULL DEFAULT 0;

-- Each `lessons retag`: the lexicon version it applies and how far it got, committed with each
-- batch of passages, so an interrupted retag is visible (stats, /api/themes) and resumable.
CREATE TABLE retag_runs (
  id              INTEGER PRIMARY KEY,
  lexicon_version TEXT NOT NULL,
  passages_total  INTEGER NOT NULL,
  passages_done   INTEGER NOT NULL DEFAULT 0,
  last_passage_id INTEGER NOT NULL DEFAULT 0,   -- passages are retagged in id order
  started_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  finished_at     TEXT
);
