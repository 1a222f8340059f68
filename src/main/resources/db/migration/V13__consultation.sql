-- Consultations (seed 002 Hartola "Kysy moniammatilliselta tiimiltä", seed 004 key persons):
-- a professional asks an expertise area of an area (routed to its key persons) or a named team.

CREATE TABLE consultation (
    id                     uuid PRIMARY KEY,
    asker_id               uuid NOT NULL REFERENCES app_user (id),
    expertise_code         text REFERENCES expertise_area (code),
    family_centre_area_id  uuid REFERENCES family_centre_area (id),
    team_id                uuid REFERENCES multiprofessional_team (id),
    question               text NOT NULL CHECK (length(question) BETWEEN 1 AND 8000),
    -- Anonymous by default: no client identified. A link to a client case only with the family's consent.
    anonymous              boolean NOT NULL DEFAULT true,
    case_id                uuid,
    status                 text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLAIMED', 'ANSWERED', 'CLOSED')),
    created_at             timestamptz NOT NULL,
    -- The response target (perhekeskus.consultation.response-working-days, default 2).
    due_at                 timestamptz NOT NULL,
    claimed_by             uuid REFERENCES app_user (id),
    claimed_at             timestamptz,
    answered_at            timestamptz,
    closed_at              timestamptz,
    usefulness             smallint CHECK (usefulness BETWEEN 1 AND 5),
    reminded_at            timestamptz,
    idempotency_key        text UNIQUE,
    version                integer NOT NULL DEFAULT 0,
    CHECK ((expertise_code IS NOT NULL AND family_centre_area_id IS NOT NULL AND team_id IS NULL)
        OR (team_id IS NOT NULL AND expertise_code IS NULL)),
    CHECK (anonymous OR case_id IS NOT NULL)
);
CREATE INDEX consultation_asker ON consultation (asker_id, created_at DESC);
CREATE INDEX consultation_open_due ON consultation (due_at) WHERE status IN ('OPEN', 'CLAIMED');
CREATE INDEX consultation_expertise_area ON consultation (expertise_code, family_centre_area_id, created_at);

-- Who received it, fixed when it was asked (the key persons or team members with an account then).
CREATE TABLE consultation_recipient (
    consultation_id  uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    user_id          uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    PRIMARY KEY (consultation_id, user_id)
);
CREATE INDEX consultation_recipient_user ON consultation_recipient (user_id);

CREATE TABLE consultation_message (
    id               uuid PRIMARY KEY,
    consultation_id  uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    author_id        uuid NOT NULL REFERENCES app_user (id),
    text             text NOT NULL CHECK (length(text) BETWEEN 1 AND 8000),
    created_at       timestamptz NOT NULL
);
CREATE INDEX consultation_message_thread ON consultation_message (consultation_id, created_at);

-- Time a key person spent on consultations, against the assignment's weekly budget.
CREATE TABLE consultation_time (
    id               uuid PRIMARY KEY,
    consultation_id  uuid REFERENCES consultation (id) ON DELETE SET NULL,
    user_id          uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    spent_on         date NOT NULL,
    minutes          integer NOT NULL CHECK (minutes BETWEEN 1 AND 600)
);
CREATE INDEX consultation_time_user ON consultation_time (user_id, spent_on);

-- Bookable consultation times a team publishes (seed 002 Hartola: twice a month, for cases with
-- no client relationship). One booking per slot: the unique booked_by update decides a race.
CREATE TABLE consultation_slot (
    id          uuid PRIMARY KEY,
    team_id     uuid NOT NULL REFERENCES multiprofessional_team (id) ON DELETE CASCADE,
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    location    text,
    video_link  text,
    booked_by   uuid REFERENCES app_user (id),
    booked_at   timestamptz,
    topic       text,
    CHECK (ends_at > starts_at)
);
CREATE INDEX consultation_slot_team ON consultation_slot (team_id, starts_at);
CREATE INDEX consultation_slot_free ON consultation_slot (starts_at) WHERE booked_by IS NULL;
