-- HSDS service_at_location ids: the MD5 of "service id/place id" read as a UUID (HsdsApi computes
-- the same in Java), so one can be found by id without storing it.
CREATE INDEX service_place_hsds_id_idx ON service_place ((md5(service_id::text || '/' || place_id::text)::uuid));
