-- Reviews, their passages (one per paragraph) and the theme findings tagged in them.
CREATE TABLE reviews (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT NOT NULL UNIQUE,
  file        TEXT NOT NULL,         -- absolute path at ingest: a changed file replaces its review
  title       TEXT NOT NULL,
  board       TEXT NOT NULL,
  subject     TEXT NOT NULL,
  year        INTEGER,
  author      TEXT NOT NULL,
  pages       INTEGER NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX reviews_file ON reviews (file);
CREATE INDEX reviews_year ON reviews (year);

CREATE TABLE passages (
  id         INTEGER PRIMARY KEY,
  review_id  INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  page       INTEGER NOT NULL,
  end_page   INTEGER NOT NULL,
  paragraph  TEXT,
  section    TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('finding', 'recommendation', 'narrative')),
  section_kind TEXT NOT NULL,        -- the kind the section heading implied; the tagger may refine `kind`
  text       TEXT NOT NULL,
  start      INTEGER NOT NULL,       -- offsets of text in the review's passages joined by blank lines
  end        INTEGER NOT NULL,
  sentences  TEXT NOT NULL,          -- JSON [[start, end], ...] inside text
  UNIQUE (review_id, seq)
);
CREATE INDEX passages_kind ON passages (kind);

CREATE TABLE findings (
  id              INTEGER PRIMARY KEY,
  passage_id      INTEGER NOT NULL REFERENCES passages (id) ON DELETE CASCADE,
  review_id       INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  theme           TEXT NOT NULL,
  start           INTEGER NOT NULL,  -- evidence span inside the passage text
  end             INTEGER NOT NULL,
  pattern         TEXT NOT NULL,
  lexicon_version TEXT NOT NULL
);
CREATE INDEX findings_passage ON findings (passage_id);
CREATE INDEX findings_theme_review ON findings (theme, review_id);

-- One row per tagged (passage, theme): what facets and theme filters count.
CREATE TABLE passage_themes (
  passage_id INTEGER NOT NULL REFERENCES passages (id) ON DELETE CASCADE,
  theme      TEXT NOT NULL,
  review_id  INTEGER NOT NULL,
  PRIMARY KEY (passage_id, theme)
) WITHOUT ROWID;
CREATE INDEX passage_themes_theme ON passage_themes (theme, review_id, passage_id);

CREATE VIRTUAL TABLE passages_fts USING fts5 (
  text,
  content = 'passages',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER passages_fts_insert AFTER INSERT ON passages BEGIN
  INSERT INTO passages_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN
  INSERT INTO passages_fts (passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
