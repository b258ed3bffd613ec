// A real PostgreSQL server through a `pg` pool, chosen when DATABASE_URL is set.
import pg from 'pg';
import type { Database, Durability, Queryable, Row } from './database';

const INT8 = 20;

function typeParser(oid: number, format?: 'text' | 'binary') {
  if (oid === INT8) return (v: string) => Number(v);
  return format === 'binary'
    ? pg.types.getTypeParser(oid, 'binary')
    : pg.types.getTypeParser(oid, 'text');
}

function queryable(q: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      return (await q.query<R>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await q.query(sql);
    },
  };
}

export interface PostgresOptions {
  /** Connections this process may hold (default 8). */
  poolSize?: number;
  /** Sent as statement_timeout: PostgreSQL cancels a statement that runs longer. */
  statementTimeoutMs?: number;
  /** How long to wait for a connection (default 10 s). */
  connectTimeoutMs?: number;
}

/** fsync and synchronous_commit as the server runs them: a commit is durable with both on. */
async function durabilityOf(pool: pg.Pool): Promise<Durability> {
  const { rows } = await pool.query<{ fsync: string; sync: string }>(
    "SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS sync",
  );
  return rows[0]?.fsync === 'on' && rows[0]?.sync !== 'off' ? 'fsync' : 'none';
}

export async function openPostgresDatabase(
  connectionString: string,
  opts: PostgresOptions = {},
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: opts.poolSize ?? 8,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
    ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
    types: { getTypeParser: typeParser } as pg.CustomTypesConfig,
  });
  // Idle clients can fail when the server restarts; the pool replaces them, we only log.
  pool.on('error', (e) => console.error(`postgres: idle client error: ${e.message}`));
  let durability: Durability;
  try {
    durability = await durabilityOf(pool); // fail at start, not at the first request
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  return {
    kind: 'postgres',
    durability,
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
    async maintenance(sql) {
      const client = await pool.connect();
      try {
        await client.query('SET statement_timeout = 0');
        await client.query(sql);
      } finally {
        // Not back to the pool with its deadline off.
        client.release(true);
      }
    },
  };
}
