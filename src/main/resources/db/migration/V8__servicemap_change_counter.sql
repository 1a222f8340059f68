-- A counter that moves whenever anything a search result shows changes. Search result caches key
-- their entries by it, so every node sees a publish at once without messaging between nodes.
CREATE SEQUENCE servicemap_change_seq;

CREATE FUNCTION servicemap_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('servicemap_change_seq');
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisation', 'service', 'service_area', 'service_place', 'service_channel', 'place',
                             'opening_hours', 'opening_exception', 'outreach_schedule', 'family_centre_area',
                             'municipality']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION servicemap_changed()', t || '_servicemap_changed', t);
    END LOOP;
END $$;
