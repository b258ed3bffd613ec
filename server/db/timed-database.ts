// Every database call gets a deadline. A call that has not answered by then fails with
// DatabaseTimeout (the HTTP layer answers 503, so a kiosk keeps its entries and retries), and
// the database monitor (server/health/database-monitor.ts) decides when "slow" has become
// "stopped answering" and the process should exit for its supervisor to restart it.
//
// PostgreSQL also cancels the statement itself (statement_timeout). PGlite runs in this thread:
// a statement that never returns blocks the event loop, and then no timer can fire; the
// event-loop watchdog (server/health/event-loop-watchdog.ts) covers that case.
import type { Database, Queryable } from './database';

export class DatabaseTimeout extends Error {
  readonly statusCode = 503;
  readonly code = 'DATABASE_TIMEOUT';
  constructor(ms: number) {
    super(`the database did not answer within ${ms} ms`);
  }
}

export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseTimeout(ms)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function timedQueryable(q: Queryable, ms: number): Queryable {
  return {
    query: (sql, params) => withDeadline(q.query(sql, params), ms),
    exec: (sql) => withDeadline(q.exec(sql), ms),
  };
}

/** The same database, each query, exec and whole transaction bounded by `ms`. */
export function withTimeouts(db: Database, ms: number): Database {
  return {
    ...db,
    ...timedQueryable(db, ms),
    kind: db.kind,
    durability: db.durability,
    // Statements inside are not timed on their own: the transaction as a whole is.
    transaction: (fn) => withDeadline(db.transaction(fn), ms),
    close: () => db.close(),
  };
}
