-- Consultation slots (seed 002 Hartola): what publishing and booking need beyond V13.

CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE consultation_slot
    -- The calendar UID of the current booking: stable for its invitation and its cancellation, new
    -- when the freed slot is booked again (so calendars never mix two people's bookings).
    ADD COLUMN booking_id    uuid UNIQUE,
    ADD COLUMN published_by  uuid REFERENCES app_user (id) ON DELETE SET NULL,
    ADD COLUMN published_at  timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT consultation_slot_booking_whole
        CHECK ((booked_by IS NULL) = (booking_id IS NULL) AND (booked_by IS NULL) = (booked_at IS NULL)),
    ADD CONSTRAINT consultation_slot_video_https CHECK (video_link IS NULL OR video_link LIKE 'https://%'),
    ADD CONSTRAINT consultation_slot_place CHECK (location IS NOT NULL OR video_link IS NOT NULL),
    ADD CONSTRAINT consultation_slot_topic CHECK (topic IS NULL OR length(topic) BETWEEN 1 AND 500),
    -- Two publishers of one team at once cannot create overlapping times: the database decides.
    ADD CONSTRAINT consultation_slot_no_overlap
        EXCLUDE USING gist (team_id WITH =, tstzrange(starts_at, ends_at) WITH &&);

CREATE INDEX consultation_slot_booker ON consultation_slot (booked_by, starts_at) WHERE booked_by IS NOT NULL;
