-- Drafts of the service map (issue 3, maintenance): a coordinator may return a draft to its
-- editor with a comment instead of publishing it. A returned draft stays the entry's one open
-- draft (state DRAFT) until the editor saves it again, which clears the comment and puts it
-- back in the coordinators' queue.
ALTER TABLE content_revision ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE content_revision ADD COLUMN updated_by uuid REFERENCES app_user (id);
ALTER TABLE content_revision ADD COLUMN return_comment text;
ALTER TABLE content_revision ADD COLUMN returned_by uuid REFERENCES app_user (id);
ALTER TABLE content_revision ADD COLUMN returned_at timestamptz;
CREATE INDEX content_revision_queue_idx ON content_revision (updated_at) WHERE state = 'DRAFT';
CREATE INDEX content_revision_entity_idx ON content_revision (entity_kind, entity_id, revision DESC);
