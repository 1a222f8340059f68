-- The family's own view is written in a browser form; the key rendered with the form makes a double
-- click (or a resent form) store the text once.
ALTER TABLE family_view ADD COLUMN submission_key uuid;
CREATE UNIQUE INDEX family_view_submission_key ON family_view (submission_key) WHERE submission_key IS NOT NULL;
