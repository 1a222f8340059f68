-- Casework: opening cases and assembling the network (issue 6).

-- The hidden per-render key of the "open a case" form: a double click or a resubmitted form opens ONE
-- case; the second submission finds the key and is sent to the case the first one opened.
CREATE TABLE case_opening_key (
    key        uuid PRIMARY KEY,
    case_id    uuid NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    opened_by  uuid REFERENCES app_user (id),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Spring Modulith's JDBC event publication registry (ADR 0014): an event between modules (help's
-- ClientCaseRequested) is stored in the publishing transaction and marked complete when its listener
-- has succeeded, so a crash or a failing listener does not lose it. The DDL is the one the starter
-- ships for PostgreSQL (org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql),
-- created here so that Flyway owns the schema.
CREATE TABLE event_publication (
    id                     uuid NOT NULL PRIMARY KEY,
    listener_id            text NOT NULL,
    event_type             text NOT NULL,
    serialized_event       text NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- The worker's case list orders open cases first by the next follow-up; the membership index
-- (case_member_user) finds the cases, this one is not needed for that. Finding an account by the
-- guardian's email when a case is opened:
CREATE INDEX app_user_email_lower ON app_user (lower(email)) WHERE email IS NOT NULL;
