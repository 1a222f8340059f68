-- In-app notifications and the mail outbox, for every module (platform).

CREATE TABLE notification (
    id          uuid PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind        text NOT NULL,
    -- Message key and arguments, rendered in the reader's language when shown.
    message_key text NOT NULL,
    arguments   text[] NOT NULL DEFAULT '{}',
    link        text,
    created_at  timestamptz NOT NULL,
    read_at     timestamptz
);
CREATE INDEX notification_unread ON notification (user_id, created_at DESC) WHERE read_at IS NULL;
CREATE INDEX notification_user ON notification (user_id, created_at DESC);

CREATE TABLE notification_preference (
    user_id  uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    email    boolean NOT NULL DEFAULT true
);

-- Mail is written here in the transaction that caused it and sent by a job, so a message is
-- neither lost when the SMTP server is down nor sent for work that rolled back.
CREATE TABLE mail_outbox (
    id            uuid PRIMARY KEY,
    recipient     text NOT NULL,
    subject       text NOT NULL,
    body          text NOT NULL,
    -- An iCalendar invitation attached as text/calendar (method REQUEST), when present.
    calendar      text,
    created_at    timestamptz NOT NULL,
    attempts      integer NOT NULL DEFAULT 0,
    next_attempt  timestamptz NOT NULL,
    sent_at       timestamptz,
    last_error    text
);
CREATE INDEX mail_outbox_pending ON mail_outbox (next_attempt) WHERE sent_at IS NULL;
