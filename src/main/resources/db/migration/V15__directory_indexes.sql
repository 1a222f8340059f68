-- The coverage matrix and the finder skip inactive professionals' assignments. Inactive ones are
-- few, so an anti-join against this small partial index replaces hashing every professional
-- (bench/directory.sh: 20 000 professionals).
CREATE INDEX professional_inactive ON professional (id) WHERE NOT active;
