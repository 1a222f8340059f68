-- Follow-up: a reminder on the follow-up day itself besides the one a week before (the primary key of
-- case_reminder_sent is per kind, so the day's reminder is its own kind), and a per-render key on an
-- evaluation so that a double-click records it once.
ALTER TABLE case_reminder_sent DROP CONSTRAINT case_reminder_sent_kind_check;
ALTER TABLE case_reminder_sent ADD CONSTRAINT case_reminder_sent_kind_check
    CHECK (kind IN ('FOLLOW_UP', 'FOLLOW_UP_TODAY', 'ACTION_DUE', 'ACTION_OVERDUE'));

ALTER TABLE case_evaluation ADD COLUMN request_key uuid UNIQUE;
-- Whether the evaluation ended the follow-up (no next period: the case is to be closed).
ALTER TABLE case_evaluation ADD COLUMN closing boolean NOT NULL DEFAULT false;

-- The dashboard's "actions I own": open actions by owner member.
CREATE INDEX plan_action_owner_open ON plan_action (owner_member_id) WHERE done_at IS NULL;
