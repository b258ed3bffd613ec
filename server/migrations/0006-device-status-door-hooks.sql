-- What each kiosk last reported about itself (signed: pending entries, app version, trust
-- bundle), and the optional door hook of a venue: an HTTP POST on every admit, queued in
-- the database so that it survives restarts and is sent once by one of several processes.

CREATE TABLE device_status (
  device_id text PRIMARY KEY REFERENCES devices (id),
  reported_at bigint NOT NULL,
  received_at bigint NOT NULL,
  pending integer NOT NULL,
  app_version text NOT NULL,
  bundle_seq bigint,
  bundle_issued_at bigint
);

CREATE TABLE door_hooks (
  venue_id text PRIMARY KEY REFERENCES venues (id),
  url text NOT NULL,
  -- b64u of 32 random bytes: the HMAC key the receiver checks the signature with.
  secret text NOT NULL,
  created_at bigint NOT NULL
);

CREATE TABLE door_hook_jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  venue_id text NOT NULL,
  entry_id uuid NOT NULL UNIQUE,
  body text NOT NULL,
  created_at bigint NOT NULL,
  next_at bigint NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  locked_until bigint,
  done_at bigint,
  failed_at bigint,
  last_error text
);

CREATE INDEX door_hook_jobs_due ON door_hook_jobs (next_at)
  WHERE done_at IS NULL AND failed_at IS NULL;
CREATE INDEX door_hook_jobs_by_venue ON door_hook_jobs (venue_id, created_at);
