// Versioned migrations: numbered SQL files in server/migrations (`0001-initial.sql`, …),
// each applied once, in order, in its own transaction, and recorded in schema_migrations.
// An advisory lock keeps two servers starting on one PostgreSQL from racing.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
const FILE = /^(\d{4})-([a-z0-9-]+)\.sql$/;
/** Any fixed number; only our migrations take this lock. */
const LOCK_KEY = 74_051_405;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => FILE.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      version: Number(m[1]),
      name: m[2]!,
      sql: readFileSync(`${dir}/${m[0]}`, 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migrations: expected version ${i + 1}, found ${m.version} (${m.name})`);
  });
  return migrations;
}

/** Applies what is missing; resolves with the versions applied now. */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<number[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)',
  );
  const applied: number[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        m.version,
      ]);
      if (rows.length > 0) return false;
      await tx.exec(m.sql);
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
  const [row] = await db.query<{ v: number | null }>(
    'SELECT max(version) AS v FROM schema_migrations',
  );
  return row?.v ?? 0;
}
