-- The audit log becomes 16 hash chains instead of one. Every audited request (each read of a family's
-- case is one) took one global advisory lock from its insert to its commit, so concurrent reads queued
-- behind each other's commits. A transaction picks its chain from the target of its first audit row and
-- writes all its rows there, so it holds one chain lock only and two transactions can never deadlock on
-- chains. Tamper evidence per chain is what it was for the whole log: a changed, removed or inserted row
-- breaks its chain (verification: lag(hash) OVER (PARTITION BY chain ORDER BY id)). Existing rows form
-- chain 0, which continues from its current head.
ALTER TABLE audit_event ADD COLUMN chain smallint NOT NULL DEFAULT 0;
CREATE INDEX audit_event_chain_head ON audit_event (chain, id DESC);

CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    chosen int := nullif(current_setting('perhekeskus.audit_chain', true), '')::int;
BEGIN
    IF chosen IS NULL THEN
        chosen := hashtext(coalesce(NEW.target, '')) & 15;
        PERFORM pg_advisory_xact_lock(hashtext('audit_event_chain'), chosen);
        PERFORM set_config('perhekeskus.audit_chain', chosen::text, true);
    END IF;
    NEW.chain := chosen;
    NEW.id := nextval('audit_event_id_seq');
    NEW.occurred_at := coalesce(NEW.occurred_at, clock_timestamp());
    NEW.prev_hash := coalesce((SELECT hash FROM audit_event WHERE chain = NEW.chain ORDER BY id DESC LIMIT 1), '');
    NEW.hash := audit_event_digest(NEW.prev_hash, NEW.id, NEW.occurred_at, NEW.type, NEW.actor,
                                   NEW.actor_id, NEW.target, NEW.outcome, NEW.details);
    RETURN NEW;
END $$;

-- Lists name the cases they showed in details.targets (AuditLog.recordList); a family's trail finds them here.
CREATE INDEX audit_event_listed_targets ON audit_event USING gin ((details -> 'targets') jsonb_path_ops);
