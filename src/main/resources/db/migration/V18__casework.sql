-- Casework: the family's client case, its network and consents, network meetings, the joint record
-- (yhteiskirjaamispohja), the joint plan and its follow-up (seed 004). Access to every row below is
-- decided by fi.perhekeskus.casework.CaseRules (SQL over case_member, case_consent and case_person).

CREATE SEQUENCE client_case_reference_seq;
CREATE TABLE client_case (
    id                    uuid PRIMARY KEY,
    -- Shown to people instead of the uuid ("PK-2026-00042"); never contains identifiers of the family.
    reference             text NOT NULL UNIQUE DEFAULT 'PK-' || to_char(now(), 'YYYY') || '-'
                              || lpad(nextval('client_case_reference_seq')::text, 5, '0'),
    family_name           text NOT NULL CHECK (length(btrim(family_name)) BETWEEN 1 AND 200),
    family_centre_area_id uuid NOT NULL REFERENCES family_centre_area (id),
    language              text NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv', 'en', 'other')),
    -- NETWORK: a responsible worker owns the process; FAMILY_COORDINATED: the family coordinates its
    -- services itself with a close worker's support (seed 001), no responsible worker.
    mode                  text NOT NULL CHECK (mode IN ('NETWORK', 'FAMILY_COORDINATED')),
    -- The recorded basis for opening the case and processing the family's data.
    basis                 text NOT NULL CHECK (basis IN ('FAMILY_REQUEST', 'CLIENT_GUIDANCE', 'SERVICE_NEED_ASSESSMENT',
                                                          'CONSENT_OF_FAMILY', 'STATUTORY_DUTY')),
    basis_note            text CHECK (length(basis_note) <= 2000),
    help_request_id       uuid UNIQUE,
    opened_by             uuid REFERENCES app_user (id),
    opened_at             timestamptz NOT NULL DEFAULT now(),
    status                text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    closed_at             timestamptz,
    closed_by             uuid REFERENCES app_user (id),
    closing_summary       text CHECK (length(closing_summary) <= 8000),
    -- The agreed follow-up date now in force: set by a confirmed joint record, moved by an evaluation.
    follow_up_on          date,
    -- Optimistic lock for edits of the case itself (closing, mode).
    version               int NOT NULL DEFAULT 0,
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
    CHECK (status = 'OPEN' OR length(btrim(closing_summary)) > 0)
);
CREATE INDEX client_case_area ON client_case (family_centre_area_id, status);
CREATE INDEX client_case_follow_up ON client_case (follow_up_on) WHERE status = 'OPEN';

-- Children, guardians and other family members. A guardian may have an account (user_id) to see the
-- family's own view; other people of the family's circle who take part are case_member rows (OWN_CIRCLE).
CREATE TABLE case_person (
    id        uuid PRIMARY KEY,
    case_id   uuid NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    kind      text NOT NULL CHECK (kind IN ('CHILD', 'GUARDIAN', 'FAMILY_MEMBER')),
    name      text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    born_on   date,
    due_on    date,
    relation  text CHECK (length(relation) <= 100),
    phone     text CHECK (length(phone) <= 40),
    email     text CHECK (length(email) <= 200),
    user_id   uuid REFERENCES app_user (id),
    position  int NOT NULL DEFAULT 0,
    -- A child has a date of birth or, for an expecting family, the expected due date.
    CHECK (kind <> 'CHILD' OR born_on IS NOT NULL OR due_on IS NOT NULL)
);
CREATE INDEX case_person_case ON case_person (case_id, position);
CREATE INDEX case_person_user ON case_person (user_id) WHERE user_id IS NOT NULL;

-- The network: who is in this family's matter, in which role, doing what ("no free riders").
CREATE TABLE case_member (
    id               uuid PRIMARY KEY,
    case_id          uuid NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    role             text NOT NULL CHECK (role IN ('RESPONSIBLE_WORKER', 'CLOSE_WORKER', 'NETWORK_MEMBER', 'OWN_CIRCLE')),
    -- One close worker coordinates the close workers (and, in FAMILY_COORDINATED mode, supports the family).
    coordinating     boolean NOT NULL DEFAULT false,
    user_id          uuid REFERENCES app_user (id),
    professional_id  uuid,
    name             text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    title            text CHECK (length(title) <= 200),
    organisation     text CHECK (length(organisation) <= 200),
    sector           text NOT NULL CHECK (sector IN ('SOCIAL_CARE', 'HEALTH_CARE', 'EDUCATION', 'OTHER', 'FAMILY_CIRCLE')),
    phone            text CHECK (length(phone) <= 40),
    email            text CHECK (length(email) <= 200),
    task             text NOT NULL CHECK (length(btrim(task)) BETWEEN 1 AND 2000),
    named_by_family  boolean NOT NULL DEFAULT false,
    added_by         uuid REFERENCES app_user (id),
    added_at         timestamptz NOT NULL DEFAULT now(),
    ended_at         timestamptz,
    end_reason       text CHECK (length(end_reason) <= 2000),
    CHECK (NOT coordinating OR role = 'CLOSE_WORKER'),
    CHECK ((role = 'OWN_CIRCLE') = (sector = 'FAMILY_CIRCLE')),
    CHECK (role = 'OWN_CIRCLE' OR user_id IS NOT NULL OR professional_id IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL)
);
CREATE UNIQUE INDEX case_member_once ON case_member (case_id, user_id) WHERE ended_at IS NULL AND user_id IS NOT NULL;
CREATE UNIQUE INDEX case_member_professional_once ON case_member (case_id, professional_id)
    WHERE ended_at IS NULL AND professional_id IS NOT NULL;
CREATE UNIQUE INDEX case_member_one_responsible ON case_member (case_id)
    WHERE ended_at IS NULL AND role = 'RESPONSIBLE_WORKER';
CREATE UNIQUE INDEX case_member_one_coordinating ON case_member (case_id) WHERE ended_at IS NULL AND coordinating;
-- The worker's case list: the active memberships of a user.
CREATE INDEX case_member_user ON case_member (user_id, case_id) WHERE ended_at IS NULL;
CREATE INDEX case_member_case ON case_member (case_id);

-- The family's consent to share information with a member (or with a whole organisation). Health care
-- and social care are separate scopes. Withdrawal takes effect at once: CaseRules read withdrawn_at.
CREATE TABLE case_consent (
    id            uuid PRIMARY KEY,
    case_id       uuid NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    member_id     uuid REFERENCES case_member (id),
    organisation  text CHECK (length(organisation) <= 200),
    scope         text NOT NULL CHECK (scope IN ('SOCIAL_CARE', 'HEALTH_CARE', 'EDUCATION', 'OTHER')),
    given_by      text NOT NULL CHECK (length(btrim(given_by)) BETWEEN 1 AND 200),
    given_by_person_id uuid REFERENCES case_person (id),
    given_at      timestamptz NOT NULL DEFAULT now(),
    valid_until   date,
    recorded_by   uuid REFERENCES app_user (id),
    withdrawn_at  timestamptz,
    withdrawn_by  text CHECK (length(withdrawn_by) <= 200),
    CHECK ((member_id IS NULL) <> (organisation IS NULL))
);
CREATE INDEX case_consent_member ON case_consent (member_id) WHERE withdrawn_at IS NULL;
CREATE INDEX case_consent_case ON case_consent (case_id);

-- Network meetings (verkostoneuvottelu) with their participants; invitations are .ics (same UID, SEQUENCE+1).
CREATE TABLE case_meeting (
    id          uuid PRIMARY KEY,
    case_id     uuid NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    place       text CHECK (length(place) <= 300),
    video_link  text CHECK (length(video_link) <= 500),
    status      text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    ics_sequence int NOT NULL DEFAULT 0,
    created_by  uuid REFERENCES app_user (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     int NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK (place IS NOT NULL OR video_link IS NOT NULL)
);
CREATE INDEX case_meeting_case ON case_meeting (case_id, starts_at);

CREATE TABLE case_meeting_participant (
    meeting_id  uuid NOT NULL REFERENCES case_meeting (id) ON DELETE CASCADE,
    member_id   uuid REFERENCES case_member (id),
    person_id   uuid REFERENCES case_person (id),
    attendance  text NOT NULL DEFAULT 'IN_PERSON' CHECK (attendance IN ('IN_PERSON', 'VIDEO', 'PHONE')),
    CHECK ((member_id IS NULL) <> (person_id IS NULL)),
    UNIQUE (meeting_id, member_id),
    UNIQUE (meeting_id, person_id)
);

-- The joint record of a meeting. A DRAFT is edited during the meeting (version guards two browsers);
-- CONFIRMED is immutable (trigger below); a correction is a new record that supersedes it, with a reason.
CREATE TABLE joint_record (
    id                uuid PRIMARY KEY,
    case_id           uuid NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    meeting_id        uuid REFERENCES case_meeting (id),
    status            text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'CONFIRMED')),
    supersedes        uuid REFERENCES joint_record (id),
    correction_reason text CHECK (length(correction_reason) <= 2000),
    participants      text CHECK (length(participants) <= 8000),
    child_view        text CHECK (length(child_view) <= 20000),
    child_summary     text CHECK (length(child_summary) <= 20000),
    family_view       text CHECK (length(family_view) <= 20000),
    strengths         text CHECK (length(strengths) <= 20000),
    concerns          text CHECK (length(concerns) <= 20000),
    until_next        text CHECK (length(until_next) <= 20000),
    follow_up_on      date,
    -- A child's prohibition to show this record to a guardian (asiakastietolaki / SHL 11 §).
    hidden_from_guardians boolean NOT NULL DEFAULT false,
    drafted_by        uuid REFERENCES app_user (id),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    confirmed_by      uuid REFERENCES app_user (id),
    confirmed_at      timestamptz,
    version           int NOT NULL DEFAULT 0,
    CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL)),
    CHECK (status = 'DRAFT' OR follow_up_on IS NOT NULL),
    CHECK (supersedes IS NULL OR length(btrim(correction_reason)) > 0)
);
CREATE INDEX joint_record_case ON joint_record (case_id, created_at);
CREATE UNIQUE INDEX joint_record_one_correction ON joint_record (supersedes) WHERE supersedes IS NOT NULL;

CREATE TABLE joint_record_goal (
    id         uuid PRIMARY KEY,
    record_id  uuid NOT NULL REFERENCES joint_record (id) ON DELETE CASCADE,
    position   int NOT NULL,
    text       text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 2000),
    -- The same goal across record versions and plan versions (evaluations refer to it).
    goal_key   uuid NOT NULL,
    UNIQUE (record_id, position)
);

-- An agreed action has exactly one owner (a member or a family person) and a due date.
CREATE TABLE joint_record_action (
    id               uuid PRIMARY KEY,
    record_id        uuid NOT NULL REFERENCES joint_record (id) ON DELETE CASCADE,
    position         int NOT NULL,
    goal_key         uuid,
    text             text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 2000),
    owner_member_id  uuid REFERENCES case_member (id),
    owner_person_id  uuid REFERENCES case_person (id),
    due_on           date NOT NULL,
    action_key       uuid NOT NULL,
    CHECK ((owner_member_id IS NULL) <> (owner_person_id IS NULL)),
    UNIQUE (record_id, position)
);

CREATE FUNCTION joint_record_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rec_status text;
BEGIN
    IF TG_TABLE_NAME = 'joint_record' THEN
        rec_status := OLD.status;
    ELSE
        SELECT status INTO rec_status FROM joint_record WHERE id = OLD.record_id;
    END IF;
    IF rec_status = 'CONFIRMED' THEN
        RAISE EXCEPTION 'a confirmed joint record is immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER joint_record_immutable BEFORE UPDATE OR DELETE ON joint_record
    FOR EACH ROW EXECUTE FUNCTION joint_record_immutable();
CREATE TRIGGER joint_record_goal_immutable BEFORE UPDATE OR DELETE ON joint_record_goal
    FOR EACH ROW EXECUTE FUNCTION joint_record_immutable();
CREATE TRIGGER joint_record_action_immutable BEFORE UPDATE OR DELETE ON joint_record_action
    FOR EACH ROW EXECUTE FUNCTION joint_record_immutable();

-- The joint plan: every confirmed record makes a new plan version (kept); the current one is the latest.
CREATE TABLE joint_plan_version (
    id            uuid PRIMARY KEY,
    case_id       uuid NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    version_no    int NOT NULL,
    record_id     uuid NOT NULL REFERENCES joint_record (id),
    follow_up_on  date NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (case_id, version_no)
);

-- The plan's goals and actions as they stand now; actions are marked done as work goes on.
CREATE TABLE plan_goal (
    goal_key      uuid PRIMARY KEY,
    case_id       uuid NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    text          text NOT NULL,
    position      int NOT NULL,
    status        text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ACHIEVED', 'DROPPED')),
    plan_version  int NOT NULL
);
CREATE INDEX plan_goal_case ON plan_goal (case_id, position);

CREATE TABLE plan_action (
    action_key       uuid PRIMARY KEY,
    case_id          uuid NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    goal_key         uuid,
    text             text NOT NULL,
    owner_member_id  uuid REFERENCES case_member (id),
    owner_person_id  uuid REFERENCES case_person (id),
    due_on           date NOT NULL,
    done_at          timestamptz,
    done_by          uuid REFERENCES app_user (id),
    plan_version     int NOT NULL,
    CHECK ((owner_member_id IS NULL) <> (owner_person_id IS NULL))
);
CREATE INDEX plan_action_case ON plan_action (case_id, due_on);
-- Reminders and the dashboard look for open actions by due date.
CREATE INDEX plan_action_open_due ON plan_action (due_on) WHERE done_at IS NULL;

-- The child's or the family's own view, written before a meeting in the family's own view.
CREATE TABLE family_view (
    id             uuid PRIMARY KEY,
    case_id        uuid NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    meeting_id     uuid REFERENCES case_meeting (id),
    author_user_id uuid REFERENCES app_user (id),
    author_name    text NOT NULL,
    from_child     boolean NOT NULL DEFAULT false,
    text           text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 8000),
    hidden_from_guardians boolean NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX family_view_case ON family_view (case_id, created_at);

-- Evaluation at the follow-up: per goal progress with the network's, the family's and the child's notes.
CREATE TABLE case_evaluation (
    id               uuid PRIMARY KEY,
    case_id          uuid NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    evaluated_on     date NOT NULL,
    next_period_until date,
    summary          text CHECK (length(summary) <= 8000),
    evaluated_by     uuid REFERENCES app_user (id),
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_evaluation_case ON case_evaluation (case_id, evaluated_on);

CREATE TABLE goal_evaluation (
    evaluation_id uuid NOT NULL REFERENCES case_evaluation (id) ON DELETE CASCADE,
    goal_key      uuid NOT NULL REFERENCES plan_goal (goal_key),
    progress      text NOT NULL CHECK (progress IN ('WORSE', 'NO_CHANGE', 'SOME_PROGRESS', 'GOOD_PROGRESS', 'ACHIEVED')),
    network_note  text CHECK (length(network_note) <= 4000),
    family_note   text CHECK (length(family_note) <= 4000),
    child_note    text CHECK (length(child_note) <= 4000),
    PRIMARY KEY (evaluation_id, goal_key)
);

-- Reminders already sent (follow-up date, action due date), so that several app nodes and restarts send each once.
CREATE TABLE case_reminder_sent (
    kind        text NOT NULL CHECK (kind IN ('FOLLOW_UP', 'ACTION_DUE', 'ACTION_OVERDUE')),
    subject_id  uuid NOT NULL,
    due_on      date NOT NULL,
    sent_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, subject_id, due_on)
);
