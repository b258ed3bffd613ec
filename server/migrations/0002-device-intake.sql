-- Entries received per device per UTC day, for the daily sanity limit on uploads (429
-- DAILY_QUOTA). Kept in the database so that every server process counts the same. Rows older
-- than a few days are swept with the request nonces.
CREATE TABLE device_intake (
  device_id text NOT NULL REFERENCES devices (id),
  day integer NOT NULL, -- days since 1970-01-01, UTC
  entries bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (device_id, day)
);
