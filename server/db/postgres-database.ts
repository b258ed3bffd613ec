// A real PostgreSQL server through a `pg` pool, chosen when DATABASE_URL is set.
import pg from 'pg';
import type { Database, Queryable, Row } from './database';

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

export async function openPostgresDatabase(
  connectionString: string,
  poolSize = 8,
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    types: { getTypeParser: typeParser } as pg.CustomTypesConfig,
  });
  // Idle clients can fail when the server restarts; the pool replaces them, we only log.
  pool.on('error', (e) => console.error(`postgres: idle client error: ${e.message}`));
  await pool.query('SELECT 1'); // fail at start, not at the first request
  return {
    kind: 'postgres',
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
  };
}
