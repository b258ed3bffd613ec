-- Venues, their devices and one-time enrollment codes; the check-in log; the trust roots
-- and published bundles; and the nonces of recent signed requests (replay protection).
-- Times are epoch milliseconds (bigint), as the kiosk records them.

CREATE TABLE venues (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at bigint NOT NULL
);

CREATE TABLE devices (
  id text PRIMARY KEY,
  venue_id text NOT NULL REFERENCES venues (id),
  public_key text NOT NULL UNIQUE,
  label text NOT NULL DEFAULT '',
  enrolled_at bigint NOT NULL,
  last_seen_at bigint,
  revoked_at bigint
);

-- Only a hash of each code is kept: a copy of the database cannot enroll a device.
CREATE TABLE enrollment_codes (
  code_hash text PRIMARY KEY,
  venue_id text NOT NULL REFERENCES venues (id),
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  used_at bigint,
  device_id text REFERENCES devices (id)
);

-- One row per check-in, keyed by the kiosk's UUIDv7: uploading twice changes nothing.
-- Only `decision` (and `decided_at`) may change, once, from null to admit/refuse.
CREATE TABLE entries (
  id uuid PRIMARY KEY,
  venue_id text NOT NULL,
  device_id text NOT NULL REFERENCES devices (id),
  at bigint NOT NULL,
  direction text NOT NULL,
  source text NOT NULL,
  format text NOT NULL,
  verdict text NOT NULL,
  decision text,
  color text NOT NULL,
  reasons jsonb NOT NULL,
  pass_id text,
  pass_hash text,
  masked_name text NOT NULL,
  birth_year integer,
  masked_id text NOT NULL,
  kid text,
  bundle_seq bigint,
  received_at bigint NOT NULL,
  decided_at bigint
);

CREATE INDEX entries_by_venue_time ON entries (venue_id, at);

CREATE TABLE request_nonces (
  device_id text NOT NULL,
  nonce text NOT NULL,
  seen_at bigint NOT NULL,
  PRIMARY KEY (device_id, nonce)
);

CREATE INDEX request_nonces_by_time ON request_nonces (seen_at);

CREATE TABLE trust_roots (
  kid text PRIMARY KEY,
  public_key text NOT NULL UNIQUE,
  label text NOT NULL DEFAULT '',
  added_at bigint NOT NULL
);

CREATE TABLE trust_bundles (
  seq bigint PRIMARY KEY,
  envelope text NOT NULL,
  etag text NOT NULL,
  root_kid text NOT NULL,
  published_at bigint NOT NULL
);
