-- HSDS service_at_location ids: the MD5 of "service id/place id" read as a UUID (HsdsApi computes
-- the same in Java), so one can be found by id without storing it.
CREATE INDEX service_place_hsds_id_idx ON service_place ((md5(service_id::text || '/' || place_id::text)::uuid));

-- HSDS lists page through published entries by name.
CREATE INDEX service_published_name_idx ON service (name_fi, id) WHERE published;
CREATE INDEX place_published_name_idx ON place (name_fi, id) WHERE published;
