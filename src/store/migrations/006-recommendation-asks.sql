-- Each recommendation's ask, read into its parts at ingest and read again by `lessons retag`
-- (issue 13). A table of its own: the groups across reviews are computed from it when asked.
CREATE TABLE recommendation_asks (
  passage_id INTEGER PRIMARY KEY REFERENCES passages (id) ON DELETE CASCADE,
  review_id  INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  sentence   TEXT NOT NULL,          -- the sentence of the passage that makes the ask
  addressee  TEXT,                   -- who is asked, as written; null in a passive ask
  strength   TEXT,                   -- must | should | is asked to | to consider | will
  verb       TEXT,                   -- the ask's verb in its plain form
  object     TEXT                    -- what the verb asks for
);
CREATE INDEX recommendation_asks_review ON recommendation_asks (review_id);
