-- A review's passages are added to the full-text index by the writer, in one statement per review
-- (`INSERT INTO passages_fts ... SELECT ... WHERE review_id = ?`, src/store/reviews.ts), not by a
-- trigger per inserted row: the trigger's fixed cost per statement was most of the writer's time
-- (DESIGN.md, "Ingest speed"). The index of a database made before this migration is already in
-- step with its passages, so only the trigger goes. Deleting a passage still removes its text from
-- the index by trigger (001-init.sql).
DROP TRIGGER passages_fts_insert;
