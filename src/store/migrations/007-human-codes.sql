-- Human codes (issue 11): a researcher confirms, rejects or adds a theme on a passage. Append-only:
-- a row is never changed, except `passage_id`, which says where the code is attached now. The anchor
-- (review sha256, passage seq, sha256 of the passage text) is what the code was made on: when a
-- changed PDF is re-ingested the code re-attaches to a passage of the new review with the same text,
-- or stays detached (passage_id NULL) and is reported, never attached to a different text.
CREATE TABLE human_codes (
  id              INTEGER PRIMARY KEY,
  passage_id      INTEGER REFERENCES passages (id) ON DELETE SET NULL,
  review_sha256   TEXT NOT NULL,
  passage_seq     INTEGER NOT NULL,
  text_sha256     TEXT NOT NULL,
  theme           TEXT NOT NULL,
  decision        TEXT NOT NULL CHECK (decision IN ('confirm', 'reject', 'add')),
  coder           TEXT NOT NULL,
  memo            TEXT NOT NULL DEFAULT '',
  at              TEXT NOT NULL,        -- ISO 8601 UTC; later supersedes earlier for the same coder
  lexicon_version TEXT NOT NULL,        -- the lexicons whose tags were judged
  model_version   TEXT                  -- the learned layer's, NULL when it was off
);
CREATE INDEX human_codes_passage ON human_codes (passage_id, theme);
CREATE INDEX human_codes_theme ON human_codes (theme, coder);
CREATE INDEX human_codes_detached ON human_codes (review_sha256) WHERE passage_id IS NULL;

-- passage_themes becomes the effective themes: the machine's tags with human codes applied (a
-- rejected tag has no row, its finding stays in `findings`; an added theme has source 'human').
-- `confirmed` is 1 when a human confirmed or added the theme. SQLite cannot widen a CHECK in place.
CREATE TABLE passage_themes_effective (
  passage_id INTEGER NOT NULL REFERENCES passages (id) ON DELETE CASCADE,
  theme      TEXT NOT NULL,
  review_id  INTEGER NOT NULL,
  source     TEXT NOT NULL DEFAULT 'pattern' CHECK (source IN ('pattern', 'model', 'human')),
  confirmed  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (passage_id, theme)
) WITHOUT ROWID;
INSERT INTO passage_themes_effective (passage_id, theme, review_id, source) SELECT passage_id, theme, review_id, source FROM passage_themes;
DROP TABLE passage_themes;
ALTER TABLE passage_themes_effective RENAME TO passage_themes;
CREATE INDEX passage_themes_theme ON passage_themes (theme, review_id, passage_id);
