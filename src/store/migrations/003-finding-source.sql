-- Which layer tagged a finding: a lexicon pattern, or the learned model (src/classifier/) with its score.
-- The model adds a theme only where no pattern found it, so a (passage, theme) has one source.
ALTER TABLE findings ADD COLUMN source TEXT NOT NULL DEFAULT 'pattern' CHECK (source IN ('pattern', 'model'));
ALTER TABLE findings ADD COLUMN score REAL;   -- the model's score (0-1); NULL for a pattern
ALTER TABLE passage_themes ADD COLUMN source TEXT NOT NULL DEFAULT 'pattern' CHECK (source IN ('pattern', 'model'));
