// Versioned migrations: each numbered SQL file applied once, in order, and recorded.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPartitioned } from '../../../server/db/entry-partitions';
import { loadMigrations, migrate, sameSql, schemaVersion } from '../../../server/db/migrate';
import type { SuiteContext } from './suite-context';

export function migrationsSuite(ctx: SuiteContext): void {
  describe('migrations', () => {
    it('has applied every migration once, and applying again does nothing', async () => {
      const db = ctx.server().db;
      const all = loadMigrations();
      expect(await schemaVersion(db)).toBe(all.length);
      expect(await migrate(db)).toEqual([]);
      const rows = await db.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual(all.map((m) => m.version));
    });

    it('applies a new numbered step on the next start, and refuses a gap in the numbering', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kiosk-migrations-'));
      const first = loadMigrations()[0]!;
      copyFileSync(
        join(import.meta.dirname, '../../../server/migrations', `0001-${first.name}.sql`),
        join(dir, `0001-${first.name}.sql`),
      );
      const next = loadMigrations().length + 1;
      const plus = [
        ...loadMigrations(),
        sameSql(next, 'test-step', 'CREATE TABLE migration_probe (x integer)'),
      ];
      expect(await migrate(ctx.server().db, plus)).toEqual([next]);
      expect(await migrate(ctx.server().db, plus)).toEqual([]);
      await ctx.server().db.query('SELECT x FROM migration_probe');
      // 0001 then 0003: the missing 0002 is an error, not a silent skip.
      writeFileSync(join(dir, '0003-later-step.sql'), 'SELECT 1');
      expect(() => loadMigrations(dir)).toThrow(/expected version 2/);
      rmSync(dir, { recursive: true, force: true });
    });

    it('takes a step as one .sql, or as a .pg.sql and a .pglite.sql pair, never half a pair', () => {
      const dir = mkdtempSync(join(tmpdir(), 'kiosk-migrations-'));
      writeFileSync(join(dir, '0001-base.sql'), 'SELECT 1');
      writeFileSync(join(dir, '0002-split.pg.sql'), 'SELECT 2');
      writeFileSync(join(dir, '0002-split.pglite.sql'), 'SELECT 3');
      expect(loadMigrations(dir)[1]).toEqual({
        version: 2,
        name: 'split',
        sql: { postgres: 'SELECT 2', pglite: 'SELECT 3' },
      });
      rmSync(join(dir, '0002-split.pglite.sql'));
      expect(() => loadMigrations(dir)).toThrow(/needs one \.sql, or both/);
      writeFileSync(join(dir, '0002-split.sql'), 'SELECT 4');
      expect(() => loadMigrations(dir)).toThrow(/needs one \.sql, or both/);
      rmSync(dir, { recursive: true, force: true });
    });

    it('partitions entries by week on PostgreSQL only', async () => {
      const db = ctx.server().db;
      expect(await isPartitioned(db)).toBe(db.kind === 'postgres');
    });
  });
}
