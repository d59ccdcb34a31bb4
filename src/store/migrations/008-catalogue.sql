-- Catalogue fields of a review, as a repository files it: type (SCR, CSPR, LCSPR, rapid review,
-- DHR, SAR), local authority area (one for a board and the partnership that replaced it), region,
-- the subject's age band and sex, and the harm (death, serious harm). NULL where the report and its
-- sidecar do not say; reviews stored before this migration get their area from the board's name
-- and the rest when they are ingested again.
ALTER TABLE reviews ADD COLUMN review_type TEXT;
ALTER TABLE reviews ADD COLUMN area TEXT;
ALTER TABLE reviews ADD COLUMN region TEXT;
ALTER TABLE reviews ADD COLUMN age_band TEXT;
ALTER TABLE reviews ADD COLUMN sex TEXT;
ALTER TABLE reviews ADD COLUMN harm TEXT;
UPDATE reviews SET area = NULLIF(trim(
  replace(replace(replace(replace(replace(replace(board,
    ' Local Safeguarding Children Board', ''), ' Safeguarding Children Partnership', ''), ' Safeguarding Children Board', ''),
    ' LSCB', ''), ' Safeguarding Adults Board', ''), ' Community Safety Partnership', '')), '');
