-- Privacy (Law 91/2025): per-venue pseudonym secrets kept apart from the entries, a retention
-- period per venue, erasure, and an append-only audit log of every tracing query and
-- erasure. Entries keep `pass_id` only as a keyed pseudonym (`p1:…`); existing raw ids are
-- re-keyed by the server at start (server/privacy/rekey-pass-ids.ts), which finds them
-- through the partial index below (empty once they are all re-keyed).

CREATE TABLE venue_secrets (
  venue_id text PRIMARY KEY REFERENCES venues (id),
  -- b64u of 32 random bytes: the HMAC key of src/core/pseudonym.ts for this venue.
  secret text NOT NULL,
  created_at bigint NOT NULL
);

ALTER TABLE venues ADD COLUMN retention_days integer NOT NULL DEFAULT 30;
-- Set when a venue is erased: its entries, devices and secret go; the row stays for the audit.
ALTER TABLE venues ADD COLUMN erased_at bigint;

-- Settings every server process reads from the database (the operator's maximum retention).
CREATE TABLE server_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);

-- Tracing and erasure of one person look entries up by pseudonym. On PostgreSQL `entries` is
-- partitioned by week (step 3): an index made on the partitioned table is made on every
-- partition, the default one included, and on every week created later (ATTACH PARTITION
-- builds or adopts a matching index), so a lookup probes each week's own small index. On
-- PGlite it is one plain table and these are two plain indexes.
CREATE INDEX entries_by_pass ON entries (pass_id, at) WHERE pass_id IS NOT NULL;
CREATE INDEX entries_raw_pass_ids ON entries (venue_id) WHERE pass_id NOT LIKE 'p1:%';

-- Append-only: a trigger refuses every UPDATE, DELETE and TRUNCATE.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at bigint NOT NULL,
  -- null for the server's own jobs (retention).
  actor_id text,
  actor_login text NOT NULL,
  actor_role text NOT NULL,
  action text NOT NULL,
  -- The venues whose entries the action read or removed: their owners can read the row.
  venue_ids text[] NOT NULL DEFAULT '{}',
  row_count integer NOT NULL DEFAULT 0,
  -- What was asked, never an identifier: the kinds of id and their masked form, the window.
  detail jsonb NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_venue ON audit_log USING gin (venue_ids);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$;

CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Which server process runs a periodic job (retention) right now: a lease that expires, so
-- several processes on one PostgreSQL run each job once, and a crashed holder is replaced.
CREATE TABLE job_leases (
  name text PRIMARY KEY,
  holder text NOT NULL,
  until_at bigint NOT NULL
);
