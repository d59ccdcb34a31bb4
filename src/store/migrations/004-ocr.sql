-- Scanned reports: pages without a text layer are read by OCR. A passage read so carries the mean
-- confidence (0-100) of its words; NULL is a passage from the text layer. A review counts its OCR pages.
ALTER TABLE passages ADD COLUMN ocr_confidence INTEGER;
ALTER TABLE reviews ADD COLUMN ocr_pages INTEGER NOT NULL DEFAULT 0;
-- Few passages are read by OCR: the search index lists them from this partial index, not a table scan.
CREATE INDEX passages_ocr ON passages (id) WHERE ocr_confidence IS NOT NULL;
