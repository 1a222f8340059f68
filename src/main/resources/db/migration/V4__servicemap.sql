-- The service map (palvelukartta): organisations, services, places (service locations and
-- meeting places), channels, opening hours, outreach schedules and the meeting-place
-- self-assessments of seed 003. Field names follow Suomi.fi PTV v11 and Open Referral HSDS 3.0
-- where the two agree; texts are per language (fi required, sv and en optional).
--
-- pg_trgm and unaccent are "trusted" extensions: the database owner may create them without
-- being a superuser, so this works on an external database too.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE organisation (
    id            uuid PRIMARY KEY,
    name_fi       text NOT NULL,
    name_sv       text,
    name_en       text,
    type          text NOT NULL CHECK (type IN ('MUNICIPALITY', 'WELLBEING_COUNTY', 'NGO', 'PARISH', 'STATE', 'PRIVATE')),
    business_id   text,
    phone         text,
    email         text,
    web_page      text,
    ptv_id        uuid UNIQUE,
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- A service as published. Drafts live in service_revision until a coordinator publishes them;
-- publishing copies the draft here. A service that was never published has published = false
-- and is invisible to the public.
CREATE TABLE service (
    id               uuid PRIMARY KEY,
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    name_fi          text NOT NULL,
    name_sv          text,
    name_en          text,
    summary_fi       text NOT NULL DEFAULT '',
    summary_sv       text,
    summary_en       text,
    description_fi   text NOT NULL DEFAULT '',
    description_sv   text,
    description_en   text,
    eligibility_fi   text,
    eligibility_sv   text,
    eligibility_en   text,
    target_groups    text[] NOT NULL DEFAULT '{}',
    age_min          integer CHECK (age_min BETWEEN 0 AND 120),
    age_max          integer CHECK (age_max BETWEEN 0 AND 120),
    level            text NOT NULL CHECK (level IN ('BASIC', 'FAMILY_CENTRE', 'SPECIAL')),
    free_of_charge   boolean NOT NULL DEFAULT true,
    languages        text[] NOT NULL DEFAULT '{fi}',
    access_methods   text[] NOT NULL DEFAULT '{}',
    keywords         text[] NOT NULL DEFAULT '{}',
    maintainer_name  text,
    maintainer_email text,
    last_reviewed    date,
    ptv_id           uuid UNIQUE,
    published        boolean NOT NULL DEFAULT false,
    version          integer NOT NULL DEFAULT 0,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    -- Filled by the indexer (Java applies the domain vocabulary: compound parts, synonyms).
    search_document  tsvector NOT NULL DEFAULT ''::tsvector,
    search_names     text NOT NULL DEFAULT '',
    CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max)
);
CREATE INDEX service_search_idx ON service USING gin (search_document);
CREATE INDEX service_names_trgm_idx ON service USING gin (search_names gin_trgm_ops);
CREATE INDEX service_organisation_idx ON service (organisation_id);
CREATE INDEX service_reviewed_idx ON service (last_reviewed) WHERE published;

-- Areas served, with the mode per area: fixed (at a place) or outreach (jalkautuva).
CREATE TABLE service_area (
    service_id             uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    family_centre_area_id  uuid NOT NULL REFERENCES family_centre_area (id),
    mode                   text NOT NULL CHECK (mode IN ('FIXED', 'OUTREACH')),
    PRIMARY KEY (service_id, family_centre_area_id)
);
CREATE INDEX service_area_area_idx ON service_area (family_centre_area_id, service_id);

-- A place: a service location (PTV ServiceLocation channel, HSDS location) or a meeting place
-- (kohtaamispaikka) with its profile.
CREATE TABLE place (
    id                     uuid PRIMARY KEY,
    organisation_id        uuid NOT NULL REFERENCES organisation (id),
    kind                   text NOT NULL CHECK (kind IN ('SERVICE_LOCATION', 'MEETING_PLACE')),
    name_fi                text NOT NULL,
    name_sv                text,
    name_en                text,
    description_fi         text NOT NULL DEFAULT '',
    description_sv         text,
    description_en         text,
    street_address         text,
    postal_code            text CHECK (postal_code IS NULL OR postal_code ~ '^[0-9]{5}$'),
    post_office            text,
    latitude               double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude              double precision CHECK (longitude BETWEEN -180 AND 180),
    family_centre_area_id  uuid REFERENCES family_centre_area (id),
    phone                  text,
    email                  text,
    web_page               text,
    booking_url            text,
    accessibility_fi       text,
    accessibility_sv       text,
    accessibility_en       text,
    -- Meeting places: seed 003's eight questions, {"FOR_WHOM": {"fi": "...", "sv": "..."}, ...}
    profile                jsonb NOT NULL DEFAULT '{}',
    last_reviewed          date,
    ptv_id                 uuid UNIQUE,
    published              boolean NOT NULL DEFAULT false,
    version                integer NOT NULL DEFAULT 0,
    updated_at             timestamptz NOT NULL DEFAULT now(),
    search_document        tsvector NOT NULL DEFAULT ''::tsvector,
    search_names           text NOT NULL DEFAULT '',
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX place_search_idx ON place USING gin (search_document);
CREATE INDEX place_names_trgm_idx ON place USING gin (search_names gin_trgm_ops);
CREATE INDEX place_area_idx ON place (family_centre_area_id);

-- Service at location (HSDS service_at_location, PTV service-channel connection).
CREATE TABLE service_place (
    service_id  uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    place_id    uuid NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, place_id)
);
CREATE INDEX service_place_place_idx ON service_place (place_id);

-- Electronic and phone channels of a service (PTV Phone / EChannel / WebPage channels).
CREATE TABLE service_channel (
    id              uuid PRIMARY KEY,
    service_id      uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('PHONE', 'EMAIL', 'WEB_PAGE', 'ONLINE_BOOKING', 'CHAT')),
    value           text NOT NULL,
    description_fi  text,
    description_sv  text,
    description_en  text,
    ptv_id          uuid,
    position        integer NOT NULL DEFAULT 0
);
CREATE INDEX service_channel_service_idx ON service_channel (service_id);

-- Regular opening hours of a place. closes <= opens means the period runs over midnight
-- (PTV "OverMidnight").
CREATE TABLE opening_hours (
    id          uuid PRIMARY KEY,
    place_id    uuid NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    weekday     integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens       time NOT NULL,
    closes      time NOT NULL,
    valid_from  date,
    valid_to    date,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
);
CREATE INDEX opening_hours_place_idx ON opening_hours (place_id);

-- Exceptions (PTV "Exceptional" service hours): closed on a holiday, or other hours that day.
CREATE TABLE opening_exception (
    id        uuid PRIMARY KEY,
    place_id  uuid NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    day       date NOT NULL,
    closed    boolean NOT NULL,
    opens     time,
    closes    time,
    note_fi   text,
    note_sv   text,
    note_en   text,
    UNIQUE (place_id, day),
    CHECK (closed OR (opens IS NOT NULL AND closes IS NOT NULL))
);

-- Outreach (jalkautuminen): a service's recurring presence at a place, as an iCalendar RRULE
-- starting at starts_at (local time Europe/Helsinki) and lasting duration_minutes.
CREATE TABLE outreach_schedule (
    id                uuid PRIMARY KEY,
    service_id        uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    place_id          uuid NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    starts_at         timestamp NOT NULL,
    duration_minutes  integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
    rrule             text NOT NULL,
    no_appointment    boolean NOT NULL DEFAULT true,
    anonymous         boolean NOT NULL DEFAULT false,
    note_fi           text,
    note_sv           text,
    note_en           text
);
CREATE INDEX outreach_service_idx ON outreach_schedule (service_id);
CREATE INDEX outreach_place_idx ON outreach_schedule (place_id);

-- A meeting place's self-assessment against seed 003's minimum criteria, kept as dated history.
CREATE TABLE place_assessment (
    id           uuid PRIMARY KEY,
    place_id     uuid NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    assessed_on  date NOT NULL,
    assessed_by  text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX place_assessment_place_idx ON place_assessment (place_id, assessed_on DESC);

CREATE TABLE place_assessment_item (
    assessment_id  uuid NOT NULL REFERENCES place_assessment (id) ON DELETE CASCADE,
    criterion      text NOT NULL,
    rating         text NOT NULL CHECK (rating IN ('MET', 'PARTLY', 'NOT_MET')),
    note           text,
    PRIMARY KEY (assessment_id, criterion)
);

-- Who may edit an organisation's services and places (role SERVICE_EDITOR).
CREATE TABLE organisation_editor (
    user_id          uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    organisation_id  uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, organisation_id)
);

-- Versions of services and places. A draft is the editor's proposal; publishing applies it to
-- the service or place row. Every published version stays as history.
CREATE TABLE content_revision (
    id             uuid PRIMARY KEY,
    entity_kind    text NOT NULL CHECK (entity_kind IN ('SERVICE', 'PLACE')),
    entity_id      uuid NOT NULL,
    revision       integer NOT NULL,
    state          text NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED', 'DISCARDED')),
    content        jsonb NOT NULL,
    created_by     uuid REFERENCES app_user (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    published_by   uuid REFERENCES app_user (id),
    published_at   timestamptz,
    UNIQUE (entity_kind, entity_id, revision)
);
-- At most one open draft per entry.
CREATE UNIQUE INDEX content_revision_one_draft ON content_revision (entity_kind, entity_id) WHERE state = 'DRAFT';

-- Words seen in published texts, for typo correction with trigram similarity.
CREATE TABLE search_lexicon (
    word  text PRIMARY KEY
);
CREATE INDEX search_lexicon_trgm_idx ON search_lexicon USING gin (word gin_trgm_ops);

-- Postal code centroids for "near me" (the codes of the demo areas; an import can add more).
CREATE TABLE postal_code (
    code         text PRIMARY KEY CHECK (code ~ '^[0-9]{5}$'),
    post_office  text NOT NULL,
    latitude     double precision NOT NULL,
    longitude    double precision NOT NULL
);

-- The service editor role (palvelutietojen ylläpitäjä).
ALTER TABLE user_role DROP CONSTRAINT user_role_role_check;
ALTER TABLE user_role ADD CONSTRAINT user_role_role_check CHECK (role IN ('FAMILY_MEMBER', 'CLOSE_WORKER', 'KEY_PERSON',
    'RESPONSIBLE_WORKER', 'CLIENT_GUIDANCE_WORKER', 'COORDINATOR', 'STEERING_GROUP_MEMBER', 'SERVICE_EDITOR', 'ADMIN'));
