// Versioned migrations: each numbered SQL file applied once, in order, and recorded.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, schemaVersion } from '../../../server/db/migrate';
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
        { version: next, name: 'test-step', sql: `CREATE TABLE migration_probe (x integer)` },
      ];
      expect(await migrate(ctx.server().db, plus)).toEqual([next]);
      expect(await migrate(ctx.server().db, plus)).toEqual([]);
      await ctx.server().db.query('SELECT x FROM migration_probe');
      // 0001 then 0003: the missing 0002 is an error, not a silent skip.
      writeFileSync(join(dir, '0003-later-step.sql'), 'SELECT 1');
      expect(() => loadMigrations(dir)).toThrow(/expected version 2/);
      rmSync(dir, { recursive: true, force: true });
    });
  });
}
