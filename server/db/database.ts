// The one database interface the server uses, implemented by embedded PGlite and by a real
// PostgreSQL pool. Both speak the same SQL with $1 parameters; bigint columns come back as
// JS numbers (epoch milliseconds and counts stay far below 2^53).

export type Row = Record<string, unknown>;

export interface Queryable {
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** What an acknowledged commit has reached: the disk (fsync), or possibly only memory. */
export type Durability = 'fsync' | 'none';

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  readonly durability: Durability;
  /** Runs `fn` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * A maintenance statement (VACUUM, CHECKPOINT) outside any transaction and without the
   * per-statement deadline: it may take long, once, and is no request's work.
   */
  maintenance(sql: string): Promise<void>;
  /** PGlite only: files it wrote open to others made owner-only again. */
  tightenModes?(): void;
  /** PGlite only: the whole database as a gzipped tarball (a consistent copy). */
  dump?(): Promise<Buffer>;
}
