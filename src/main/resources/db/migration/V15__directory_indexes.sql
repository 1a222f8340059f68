-- The coverage matrix and the finder skip inactive professionals' assignments. Inactive ones are
-- few, so an anti-join against this small partial index replaces hashing every professional
-- (bench/directory.sh: 20 000 professionals).
CREATE INDEX professional_inactive ON professional (id) WHERE NOT active;

-- A counter that moves, inside the writing transaction, whenever anything the coverage matrix counts
-- changes. The matrix caches its cells by it: a node reads the counter first, then the cells, so a
-- cached entry is never older than its key, and every node sees a change at its next request.
CREATE TABLE directory_change (
    id  boolean PRIMARY KEY DEFAULT true CHECK (id),
    n   bigint NOT NULL
);
INSERT INTO directory_change (n) VALUES (0);

CREATE FUNCTION directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE directory_change SET n = n + 1;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['professional', 'key_person_assignment', 'key_person_assignment_area', 'expertise_area',
                             'family_centre_area', 'planning_area', 'region']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION directory_changed()', t || '_directory_changed', t);
    END LOOP;
END $$;
