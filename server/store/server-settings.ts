// Settings every server process reads from the database rather than from its own options, so
// that several processes on one PostgreSQL apply the same ones.
import type { Queryable } from '../db/database';
import { DEFAULT_RETENTION_DAYS } from './venues';

const MAX_RETENTION_KEY = 'retention.maxDays';
/** Ten years: the operator may allow long retention, never unbounded. */
export const RETENTION_CEILING_DAYS = 3650;

/** The longest retention any venue may have (the operator's maximum); 30 days unless set. */
export async function maxRetentionDays(db: Queryable): Promise<number> {
  const [row] = await db.query<{ value: unknown }>(
    'SELECT value FROM server_settings WHERE key = $1',
    [MAX_RETENTION_KEY],
  );
  const days = Number(row?.value);
  return Number.isSafeInteger(days) && days >= 1 ? days : DEFAULT_RETENTION_DAYS;
}

export async function setMaxRetentionDays(db: Queryable, days: number): Promise<void> {
  await db.query(
    `INSERT INTO server_settings (key, value) VALUES ($1, $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [MAX_RETENTION_KEY, JSON.stringify(days)],
  );
}
