-- PGlite keeps `entries` as one table: it serves one venue's few thousand entries a day, in
-- one process, where retention deletes a day's rows in a moment and partitions would only add
-- planning work to every query. PostgreSQL partitions it by week (the .pg.sql of this step).
-- The index gains `id` so that a day's log can be read in (at, id) order page by page.
DROP INDEX entries_by_venue_time;
CREATE INDEX entries_by_venue_time ON entries (venue_id, at, id);
