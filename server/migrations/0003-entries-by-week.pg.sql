-- PostgreSQL: `entries` becomes a table partitioned by id range. Ids are UUIDv7, so an id range
-- is a time range: one partition per week (entries_wYYYYMMDD, the Monday, UTC), which the
-- server creates ahead of time (server/db/entry-partitions.ts), and a default partition for
-- anything outside them (rows kept from before this step, and ids from a clock far off).
-- Retention drops whole weeks in milliseconds instead of deleting millions of rows.
-- The index gains `id` so that a day's log can be read in (at, id) order page by page.
ALTER TABLE entries RENAME TO entries_unpartitioned;
ALTER INDEX entries_pkey RENAME TO entries_unpartitioned_pkey;
ALTER INDEX entries_by_venue_time RENAME TO entries_unpartitioned_by_venue_time;

CREATE TABLE entries (LIKE entries_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
  PARTITION BY RANGE (id);
ALTER TABLE entries ADD PRIMARY KEY (id);
ALTER TABLE entries ADD FOREIGN KEY (device_id) REFERENCES devices (id);
CREATE INDEX entries_by_venue_time ON entries (venue_id, at, id);
CREATE TABLE entries_default PARTITION OF entries DEFAULT;

INSERT INTO entries SELECT * FROM entries_unpartitioned;
DROP TABLE entries_unpartitioned;
