// How each older layout of the kiosk's database (schema.ts) is brought up to date. Every
// version has one upgrade step; a new database runs them all in order, an old one only those
// it has not run yet, inside the single versionchange transaction (all or nothing).
import type { IDBPTransaction, StoreNames } from 'idb';
import { toEntryRecord } from './entry-record';
import { SCHEMA_VERSION } from '../model';
import type { KioskDb, KioskSchema } from './schema';
import { keyedEntry, keyIn, passKeyBytes } from './pass-key';
import { applyTallies, slotOf, type TallyChange } from './tallies';

type UpgradeTx = IDBPTransaction<KioskSchema, StoreNames<KioskSchema>[], 'versionchange'>;
type UpgradeStep = (db: KioskDb, tx: UpgradeTx) => void | Promise<void>;

/** Version 1: entries in time order, and the single-record stores of the first release. */
function upgradeToV1(db: KioskDb): void {
  const entries = db.createObjectStore('entries', { keyPath: 'id' });
  entries.createIndex('by-time', ['at', 'id']);
  db.createObjectStore('settings');
  db.createObjectStore('bundle');
  db.createObjectStore('device');
  db.createObjectStore('syncState');
}

/**
 * Version 2: the sync outbox and duplicate indexes, maintained counts (fast with a million
 * entries), and the PIN lock. Existing entries gain `pendingAt` and are counted.
 */
async function upgradeToV2(db: KioskDb, tx: UpgradeTx): Promise<void> {
  const entries = tx.objectStore('entries');
  entries.createIndex('outbox', 'pendingAt');
  entries.createIndex('by-pass', ['passId', 'direction', 'at']);
  db.createObjectStore('tallies');
  db.createObjectStore('pinLock');
  const changes: TallyChange[] = [];
  let pending = 0;
  // Only the upgrade transaction's own requests are awaited, so it stays alive throughout.
  for (let cursor = await entries.openCursor(); cursor; cursor = await cursor.continue()) {
    const record = toEntryRecord(cursor.value);
    await cursor.update(record);
    changes.push({ at: record.at, slot: slotOf(record), delta: 1 });
    if (record.syncedAt === null) pending++;
  }
  await applyTallies(tx.objectStore('tallies'), changes, pending);
}

/**
 * Version 3, storage part: the storage record (persistence asked and answered, last backup,
 * a wipe found at start). Nothing to carry over: an upgraded kiosk makes its record at start.
 */
function upgradeV3Storage(db: KioskDb): void {
  db.createObjectStore('storage');
}

/**
 * Version 4: no raw pass identity stays in the log (Law 91/2025). A key for the pseudonyms is
 * made now, local and random (the upgrade cannot ask the server; an enrolled kiosk takes its
 * venue's secret at its next sync, see pass-key.ts), and every entry's `qid:`, `cccd:`,
 * `manual:` or `dcc:` passId is replaced by its pseudonym under that key. Ids, times and
 * everything else stay; the `by-pass` index follows the new values.
 */
async function upgradeToV4PassKeys(db: KioskDb, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('passKey');
  const key = await keyIn(tx.objectStore('passKey'), Date.now());
  const secret = passKeyBytes(key);
  const entries = tx.objectStore('entries');
  for (let cursor = await entries.openCursor(); cursor; cursor = await cursor.continue()) {
    const keyed = keyedEntry(cursor.value, secret);
    if (keyed !== cursor.value) await cursor.update(keyed);
  }
}

/** Index i upgrades a database from version i to i + 1. Append; never edit a shipped step. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  upgradeToV1,
  upgradeToV2,
  upgradeV3Storage,
  upgradeToV4PassKeys,
];
// The build's version is a constant of its own, so that the service worker knows it too.
if (UPGRADE_STEPS.length !== SCHEMA_VERSION)
  throw new Error(`${UPGRADE_STEPS.length} upgrade steps for schema version ${SCHEMA_VERSION}`);
export { SCHEMA_VERSION };

/** Runs the steps an `oldVersion` database has not run yet, in order. */
export async function upgradeSchema(
  db: KioskDb,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  try {
    for (let v = oldVersion; v < newVersion; v++) await UPGRADE_STEPS[v]!(db, tx);
  } catch (e) {
    // A half-done upgrade must not be committed: aborting keeps the old version and its data.
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request itself.
    }
    throw e;
  }
}
