-- Client guidance (seed 004 "asiakas- ja palveluohjaus"): every contact that reaches the on-call
-- team, whether a family's "Pyydä apua" request, a professional's contact to social services
-- (SHL 35 §) or a child-protection notification (LSL 25 §), is one help_request in one queue.

-- Official municipality codes (kuntanumero), so that integrations may name a municipality by code.
ALTER TABLE municipality ADD COLUMN code text CHECK (code ~ '^[0-9]{3}$');

CREATE TABLE help_request (
    id                         uuid PRIMARY KEY,
    -- What the family keeps to see the status and the answer without logging in.
    receipt_code               text NOT NULL UNIQUE,
    channel                    text NOT NULL CHECK (channel IN ('HELP_BUTTON', 'API', 'PHONE', 'WALK_IN',
                                   'SOCIAL_SERVICES_CONTACT', 'CHILD_PROTECTION_NOTIFICATION')),
    received_at                timestamptz NOT NULL,
    -- Null when the municipality belongs to several areas (e.g. Tampere) and no area was chosen:
    -- the request is then visible to client guidance of every area of that municipality.
    family_centre_area_id      uuid REFERENCES family_centre_area (id),
    municipality               text,
    municipality_code          text,
    language                   text NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
    concern                    text NOT NULL CHECK (length(concern) BETWEEN 1 AND 4000),
    topics                     text[] NOT NULL DEFAULT '{}',
    child_ages                 smallint[] NOT NULL DEFAULT '{}',
    expecting                  boolean NOT NULL DEFAULT false,
    contact_method             text NOT NULL CHECK (contact_method IN ('NONE', 'PHONE', 'EMAIL')),
    contact_value              text,
    status                     text NOT NULL DEFAULT 'NEW'
                                   CHECK (status IN ('NEW', 'IN_PROGRESS', 'ANSWERED', 'CLOSED')),
    -- SHL 36 §: the need for urgent help is assessed at once; who and when is kept.
    urgency                    text CHECK (urgency IN ('IMMEDIATE', 'URGENT', 'NORMAL')),
    urgency_assessed_at        timestamptz,
    urgency_assessed_by        uuid REFERENCES app_user (id),
    -- SHL 36 §: the service-need assessment starts by the 7th working day after the contact.
    start_deadline             date NOT NULL,
    -- SHL 36 §: for a child needing special support the assessment is completed within 3 months.
    special_support            boolean NOT NULL DEFAULT false,
    assessment_deadline        date,
    -- LSL 26 §: within 7 working days decide whether to start a child-protection inquiry.
    inquiry_decision_deadline  date,
    assigned_to                uuid REFERENCES app_user (id),
    assigned_at                timestamptz,
    -- Seed 004: the worker who took the contact in the on-call week stays as the responsible worker.
    responsible_worker         uuid REFERENCES app_user (id),
    -- When the work started: the first contact with the family (the 7th-working-day rule is met by it).
    first_contact_at           timestamptz,
    outcome                    text CHECK (outcome IN ('GUIDANCE_GIVEN', 'REFERRED', 'CASE_OPENED',
                                   'CHILD_PROTECTION', 'ANONYMOUS_ANSWERED')),
    outcome_note               text,
    outcome_at                 timestamptz,
    -- The answer the family reads on the receipt page.
    answer                     text,
    answered_at                timestamptz,
    -- Anonymous questions are deleted after this moment (perhekeskus.help.anonymous-retention).
    purge_after                timestamptz,
    version                    integer NOT NULL DEFAULT 0,
    CHECK ((contact_method = 'NONE') = (contact_value IS NULL)),
    CHECK ((urgency IS NULL) = (urgency_assessed_at IS NULL)),
    CHECK (contact_method <> 'NONE' OR purge_after IS NOT NULL OR channel IN ('SOCIAL_SERVICES_CONTACT',
           'CHILD_PROTECTION_NOTIFICATION'))
);
CREATE INDEX help_request_open ON help_request (start_deadline) WHERE status IN ('NEW', 'IN_PROGRESS');
CREATE INDEX help_request_area_received ON help_request (family_centre_area_id, received_at);
CREATE INDEX help_request_purge ON help_request (purge_after) WHERE purge_after IS NOT NULL;

-- Idempotency: a retry with the same key (API header or the form's hidden key) returns the
-- first receipt. The body hash tells a retry from a different request that reused the key.
CREATE TABLE help_request_submission (
    idempotency_key  text PRIMARY KEY CHECK (length(idempotency_key) BETWEEN 8 AND 200),
    request_id       uuid NOT NULL REFERENCES help_request (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    body_hash        text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX help_request_submission_request ON help_request_submission (request_id);

-- What happened to a request, in order: the worker's view of its history.
CREATE TABLE help_request_history (
    id          bigserial PRIMARY KEY,
    request_id  uuid NOT NULL REFERENCES help_request (id) ON DELETE CASCADE,
    occurred_at timestamptz NOT NULL,
    actor_id    uuid REFERENCES app_user (id),
    kind        text NOT NULL,
    details     jsonb
);
CREATE INDEX help_request_history_request ON help_request_history (request_id, id);

-- Services from the service map the guidance pointed to (service ids, not a foreign key:
-- the service map owns its tables).
CREATE TABLE help_request_service (
    request_id  uuid NOT NULL REFERENCES help_request (id) ON DELETE CASCADE,
    service_id  uuid NOT NULL,
    PRIMARY KEY (request_id, service_id)
);

-- The on-call rota (seed 004): per family centre area and ISO week, a team of three from the
-- client guidance workers (service guide, social worker, social instructor, home-help contact,
-- family-work supervisor, family-counselling social worker or psychologist, psychiatric nurse).
CREATE TABLE on_call_team (
    id                     uuid PRIMARY KEY,
    family_centre_area_id  uuid NOT NULL REFERENCES family_centre_area (id) ON DELETE CASCADE,
    week_start             date NOT NULL CHECK (extract(isodow FROM week_start) = 1),
    UNIQUE (family_centre_area_id, week_start)
);

CREATE TABLE on_call_member (
    team_id     uuid NOT NULL REFERENCES on_call_team (id) ON DELETE CASCADE,
    user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    profession  text NOT NULL CHECK (profession IN ('SERVICE_GUIDE', 'FAMILY_SOCIAL_WORKER', 'SOCIAL_INSTRUCTOR',
                    'HOME_HELP_CONTACT', 'FAMILY_WORK_SUPERVISOR', 'FAMILY_COUNSELLING_SOCIAL_WORKER',
                    'FAMILY_COUNSELLING_PSYCHOLOGIST', 'PSYCHIATRIC_NURSE', 'OTHER')),
    PRIMARY KEY (team_id, user_id)
);
