-- People who sign in to the pages: the operator (runs the server: venues, roots, bundles),
-- owners of one or more venues, and the health authority (tracing only). Sessions, invites
-- and login attempts live in the database too, so that several server processes on one
-- PostgreSQL agree on every one of them.

CREATE TABLE users (
  id text PRIMARY KEY,
  -- Lower case; what the person types to sign in.
  login text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('operator', 'owner', 'authority')),
  -- `scrypt$…` (server/accounts/passwords.ts): the parameters travel with the hash.
  password_hash text NOT NULL,
  created_at bigint NOT NULL,
  password_changed_at bigint NOT NULL,
  disabled_at bigint
);

-- The venues an owner sees, exports and manages.
CREATE TABLE user_venues (
  user_id text NOT NULL REFERENCES users (id),
  venue_id text NOT NULL REFERENCES venues (id),
  PRIMARY KEY (user_id, venue_id)
);

CREATE INDEX user_venues_by_venue ON user_venues (venue_id);

-- One-time invite links, valid for minutes. Only a hash of the token is kept. With
-- `user_id` set the link sets a new password for that user (a reset) instead.
CREATE TABLE invites (
  token_hash text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('operator', 'owner', 'authority')),
  venue_ids jsonb NOT NULL DEFAULT '[]',
  login text,
  user_id text REFERENCES users (id),
  created_by text NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  used_at bigint
);

-- Server-side sessions: the cookie holds a random id, the table only its hash, so a copy of
-- the database cannot sign anyone in.
CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  last_seen_at bigint NOT NULL
);

CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- Every sign-in attempt, counted per login and per client (a hash of its address) to slow
-- guessing down; kept a day.
CREATE TABLE login_attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  login text NOT NULL,
  client text NOT NULL,
  at bigint NOT NULL,
  succeeded boolean
);

CREATE INDEX login_attempts_by_login ON login_attempts (login, at);
CREATE INDEX login_attempts_by_client ON login_attempts (client, at);
