-- The names, keywords, summaries, provider, areas and places of a service (weights A and B of its
-- search document) as a document of their own, with its own index. A search with more matches
-- than it ranks reads its strongest-evidence candidates from here: a word that most descriptions
-- mention ("neuvola", "kasvatus") has a short list in this index, not one the length of the
-- table, and the planner's statistics for it tell how often a word is in a name, not anywhere.
ALTER TABLE service
    ADD COLUMN search_strong tsvector GENERATED ALWAYS AS (ts_filter(search_document, '{a,b}')) STORED;
CREATE INDEX service_strong_idx ON service USING gin (search_strong);
