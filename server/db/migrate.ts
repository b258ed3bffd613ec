// Versioned migrations: numbered SQL files in server/migrations, each applied once, in order,
// in its own transaction, and recorded in schema_migrations.
//
// A step is either one file for both databases (`0001-initial.sql`), or two variants with the
// same number and name: `NNNN-name.pg.sql` for PostgreSQL and `NNNN-name.pglite.sql` for
// embedded PGlite (e.g. partitioning, which only PostgreSQL gets). Numbers must be contiguous.
//
// Every server may start at the same moment on one empty PostgreSQL: the bootstrap of
// schema_migrations and each step run under one transaction-scoped advisory lock, so one
// process applies a step and the others wait, then see it recorded.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
const FILE = /^(\d{4})-([a-z0-9-]+?)(?:\.(pg|pglite))?\.sql$/;
/** Any fixed number; only our migrations take this lock. */
const LOCK_KEY = 74_051_405;
const BOOTSTRAP = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`;

export type DatabaseKind = Database['kind'];

export interface Migration {
  version: number;
  name: string;
  /** The SQL for each kind of database (the same text when one file serves both). */
  sql: Record<DatabaseKind, string>;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const byVersion = new Map<
    number,
    { name: string; both?: string; pg?: string; pglite?: string }
  >();
  for (const file of readdirSync(dir)) {
    const m = FILE.exec(file);
    if (!m) continue;
    const version = Number(m[1]);
    const name = m[2]!;
    const variant = (m[3] ?? 'both') as 'both' | 'pg' | 'pglite';
    const step = byVersion.get(version) ?? { name };
    if (step.name !== name || step[variant] !== undefined)
      throw new Error(`migrations: two files for version ${version} (${step.name}, ${name})`);
    step[variant] = readFileSync(`${dir}/${file}`, 'utf8');
    byVersion.set(version, step);
  }
  const migrations = [...byVersion.entries()]
    .sort(([a], [b]) => a - b)
    .map(([version, s]): Migration => {
      const pg = s.pg ?? s.both;
      const pglite = s.pglite ?? s.both;
      if (pg === undefined || pglite === undefined || (s.both !== undefined && (s.pg || s.pglite)))
        throw new Error(
          `migrations: version ${version} (${s.name}) needs one .sql, or both .pg.sql and .pglite.sql`,
        );
      return { version, name: s.name, sql: { postgres: pg, pglite } };
    });
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migrations: expected version ${i + 1}, found ${m.version} (${m.name})`);
  });
  return migrations;
}

/** A migration given as plain SQL, the same for both databases (tests). */
export const sameSql = (version: number, name: string, sql: string): Migration => ({
  version,
  name,
  sql: { postgres: sql, pglite: sql },
});

/** Applies what is missing; resolves with the versions applied now. */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<number[]> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.exec(BOOTSTRAP);
  });
  const applied: number[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        m.version,
      ]);
      if (rows.length > 0) return false;
      // A step may rewrite a large table once (partitioning copies every entry): not bounded
      // by the per-statement deadline requests get (statement_timeout on PostgreSQL).
      await tx.exec('SET LOCAL statement_timeout = 0');
      await tx.exec(m.sql[db.kind]);
      await tx.query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [m.version, m.name, Date.now()],
      );
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

export async function schemaVersion(db: Database): Promise<number> {
  const [exists] = await db.query<{ t: string | null }>(
    "SELECT to_regclass('schema_migrations')::text AS t",
  );
  if (!exists?.t) return 0;
  const [row] = await db.query<{ v: number | null }>(
    'SELECT max(version) AS v FROM schema_migrations',
  );
  return row?.v ?? 0;
}

/** Versions the code knows that the database lacks (for `--no-migrate` starts). */
export async function pendingMigrations(
  db: Database,
  migrations = loadMigrations(),
): Promise<number[]> {
  const current = await schemaVersion(db);
  return migrations.filter((m) => m.version > current).map((m) => m.version);
}
