// A whole kiosk in and out: everything a backup carries, read in one transaction so that it
// agrees with itself, and a restore written in one transaction, all or nothing. Restoring
// never loses what the device has: an entry it holds already stays as it is here (it may have
// been synced or decided since the backup), the counts follow the entries added, and an
// enrolled device keeps its own identity.
import type { Entry, KioskData, RestoreResult } from '../model';
import { DEFAULT_SETTINGS } from '../model';
import { fromEntryRecord, toEntryRecord } from './entry-record';
import { CURRENT, type KioskDb } from './schema';
import { applyTallies, slotOf, type TallyChange } from './tallies';
import { hasRawPassId, keyedEntry, keyIn, passKeyBytes } from './pass-key';
import { runWrite } from './write-tx';
import { getSyncState } from './records';

export async function readAll(db: KioskDb): Promise<KioskData> {
  const tx = db.transaction(['entries', 'settings', 'bundle', 'device']);
  const [records, settings, bundle, device] = await Promise.all([
    tx.objectStore('entries').index('by-time').getAll(),
    tx.objectStore('settings').get(CURRENT),
    tx.objectStore('bundle').get(CURRENT),
    tx.objectStore('device').get(CURRENT),
  ]);
  return {
    entries: records.map(fromEntryRecord),
    settings: { ...DEFAULT_SETTINGS, ...settings },
    bundle: bundle?.held ? { ...bundle.held, lastRefusal: bundle.lastRefusal } : null,
    device: device && 'deviceId' in device ? device : null,
    syncState: await getSyncState(db),
  };
}

export function restore(db: KioskDb, data: KioskData): Promise<RestoreResult> {
  const carried = data.device !== null && typeof data.device.privateKey === 'string';
  return runWrite(
    db,
    ['entries', 'tallies', 'settings', 'bundle', 'device', 'syncState', 'passKey'],
    async (tx) => {
      const entries = tx.objectStore('entries');
      const here = await Promise.all(data.entries.map((e) => entries.getKey(e.id)));
      const fresh: Entry[] = data.entries.filter((_, i) => here[i] === undefined);
      // A backup from before schema 4 holds raw pass identities: they are keyed on the way in.
      const secret = fresh.some(hasRawPassId)
        ? passKeyBytes(await keyIn(tx.objectStore('passKey'), Date.now()))
        : null;
      const added = secret ? fresh.map((e) => keyedEntry(e, secret)) : fresh;
      const changes: TallyChange[] = added.map((e) => ({ at: e.at, slot: slotOf(e), delta: 1 }));
      const [held, ownDevice] = await Promise.all([
        tx.objectStore('bundle').get(CURRENT),
        tx.objectStore('device').get(CURRENT),
      ]);
      // An enrolled device keeps its own identity; the backup's is taken only by one that has none.
      const deviceRestored = carried && !ownDevice;
      const writes: Promise<unknown>[] = [
        ...added.map((e) => entries.add(toEntryRecord(e))),
        applyTallies(
          tx.objectStore('tallies'),
          changes,
          added.filter((e) => e.syncedAt === null).length,
        ),
        tx.objectStore('settings').put(data.settings, CURRENT),
      ];
      if (data.bundle && !(held?.held && held.held.seq > data.bundle.seq)) {
        const { lastRefusal, ...bundle } = data.bundle;
        writes.push(tx.objectStore('bundle').put({ held: bundle, lastRefusal }, CURRENT));
      }
      // The sync record belongs to the identity: it comes only with the backup's device.
      if (deviceRestored) {
        writes.push(tx.objectStore('device').put(data.device!, CURRENT));
        writes.push(tx.objectStore('syncState').put(data.syncState, CURRENT));
      }
      await Promise.all(writes);
      return {
        added: added.length,
        alreadyHere: data.entries.length - added.length,
        deviceRestored,
      };
    },
    'strict',
  );
}
