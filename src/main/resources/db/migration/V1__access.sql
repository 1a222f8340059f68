-- Users of the platform: professionals, family members and administrators.
CREATE TABLE app_user (
    id              uuid PRIMARY KEY,
    username        text NOT NULL,
    display_name    text NOT NULL,
    title           text,
    organisation    text,
    email           text,
    password_hash   text,              -- null for accounts that log in only through OpenID Connect
    enabled         boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_username ON app_user (lower(username));

CREATE TABLE user_role (
    user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    text NOT NULL CHECK (role IN ('FAMILY_MEMBER', 'CLOSE_WORKER', 'KEY_PERSON', 'RESPONSIBLE_WORKER',
                                          'CLIENT_GUIDANCE_WORKER', 'COORDINATOR', 'STEERING_GROUP_MEMBER', 'ADMIN')),
    PRIMARY KEY (user_id, role)
);

-- Failed logins per attempted name, whether or not such a user exists, so that lock-out
-- does not reveal which names are real and holds across app nodes.
CREATE TABLE login_throttle (
    username      text PRIMARY KEY,
    failures      integer NOT NULL,
    last_failure  timestamptz NOT NULL,
    locked_until  timestamptz
);

-- The audit log: append-only and hash-chained. Ids are taken inside the chain lock so that
-- id order is chain order even when transactions race.
CREATE TABLE audit_event (
    id           bigint PRIMARY KEY,
    occurred_at  timestamptz NOT NULL,
    type         text NOT NULL,
    actor        text NOT NULL,
    actor_id     uuid,
    target       text,
    outcome      text NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    details      jsonb,
    prev_hash    text NOT NULL,
    hash         text NOT NULL
);
CREATE SEQUENCE audit_event_id_seq;
CREATE INDEX audit_event_target ON audit_event (target);
CREATE INDEX audit_event_actor ON audit_event (actor_id);

CREATE FUNCTION audit_event_digest(prev_hash text, id bigint, occurred_at timestamptz, type text, actor text,
                                   actor_id uuid, target text, outcome text, details jsonb)
    RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws('|', prev_hash, id::text,
        (extract(epoch FROM occurred_at) * 1000000)::bigint::text, type, actor,
        coalesce(actor_id::text, ''), coalesce(target, ''), outcome, coalesce(details::text, '')), 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('audit_event_chain'));
    NEW.id := nextval('audit_event_id_seq');
    NEW.occurred_at := coalesce(NEW.occurred_at, clock_timestamp());
    NEW.prev_hash := coalesce((SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1), '');
    NEW.hash := audit_event_digest(NEW.prev_hash, NEW.id, NEW.occurred_at, NEW.type, NEW.actor,
                                   NEW.actor_id, NEW.target, NEW.outcome, NEW.details);
    RETURN NEW;
END $$;
CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
