// A full kiosk backup and its restore, through the composed services over the real store
// (fake-indexeddb): every entry, setting, the bundle and the device identity come back, with
// counts that agree; a WebCrypto device key, which cannot leave the browser, makes the
// restored kiosk enroll again; entries the device already holds stay as they are here; and a
// hostile or damaged file is refused with nothing written.
import { describe, expect, it } from 'vitest';
import { encodeB64u } from '../../src/core';
import type { DeviceIdentity } from '../../src/model';
import { storedEntries } from '../support/test-store';
import { testKiosk } from '../support/test-kiosk';
import { fixtureEnvelope, fixtureWorld, NOW, rootKey } from '../support/world';

const world = fixtureWorld();
const code = (kind: string) => world.samples.find((s) => s.kind === kind)!.text;

const device = (privateKey: DeviceIdentity['privateKey']): DeviceIdentity => ({
  deviceId: 'dev_7KD2MQX9WE01',
  venueId: 'venue_1',
  venueName: 'Quán Phở Hà Nội',
  publicKey: 'O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik',
  privateKey,
  enrolledAt: NOW - 3_600_000,
});
const SEED = 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A';
/** The shape of a PIN hash (the screens check the PIN; these tests do not). */
const PIN_HASH = { salt: 'c2FsdHNhbHQxMjM0NTY', hash: 'aGFzaGhhc2hoYXNo', iterations: 210_000 };

/** A set-up kiosk with a day's entries: admits, a decided review, a synced one. */
async function busyKiosk(privateKey: DeviceIdentity['privateKey'] = SEED) {
  const k = await testKiosk(NOW);
  const { services, store } = k;
  await services.setup.standalone(encodeB64u(rootKey.publicKey), JSON.stringify(fixtureEnvelope()));
  await services.settings.save({
    venueName: 'Quán Phở Hà Nội',
    capacity: 40,
    adminPin: PIN_HASH,
    syncServer: 'https://kiosk.example.vn',
    setupDone: true,
  });
  await store.putDevice(device(privateKey));
  for (const kind of ['green', 'yellow', 'cccd', 'red']) {
    const o = await services.checkIn.scan(code(kind), 'camera');
    if (o.kind === 'logged' && o.result.verdict === 'review')
      await services.checkIn.decide(o.entry.id, 'admit');
    k.clock.now += 60_000;
  }
  const [first] = await storedEntries(store);
  await store.markSynced([first!.id], NOW + 3_600_000);
  return k;
}

describe('kiosk backup and restore', () => {
  it('a restore into an empty kiosk brings back every entry, setting, the bundle and the device', async () => {
    const from = await busyKiosk();
    const made = await from.services.backup.create();
    expect(made).toMatchObject({ entries: 4, keyIncluded: true });
    expect(made.fileName).toMatch(/^kiosk-backup-Quan-Pho-Ha-Noi-\d{4}-\d{2}-\d{2}\.json$/);
    // The backup holds every entry up to now: none is "only on this device" any more.
    expect(from.services.storage.localOnly.value.count).toBe(0);

    const to = await testKiosk(NOW);
    const read = to.services.backup.read(made.text);
    if (!read.ok) throw new Error(read.problem);
    const summary = await to.services.backup.restore(read);
    expect(summary).toEqual({ added: 4, alreadyHere: 0, deviceRestored: true, enrollAgain: false });

    expect(await storedEntries(to.store)).toEqual(await storedEntries(from.store));
    const [settings, original] = await Promise.all([
      to.store.getSettings(),
      from.store.getSettings(),
    ]);
    expect(settings).toEqual(original);
    expect(await to.store.getDevice()).toEqual(await from.store.getDevice());
    expect(await to.store.getHeldBundle()).toEqual(await from.store.getHeldBundle());
    const day: [number, number] = [NOW - 86_400_000, NOW + 86_400_000];
    expect(await to.store.counters(...day)).toEqual(await from.store.counters(...day));
    expect(await to.store.pendingCount()).toBe(3);
  });

  it('a WebCrypto device key is not carried: the restored kiosk enrolls again', async () => {
    const nonExtractable = { type: 'private', extractable: false } as unknown as CryptoKey;
    const from = await busyKiosk(nonExtractable);
    const made = await from.services.backup.create();
    expect(made.keyIncluded).toBe(false);
    expect(JSON.parse(made.text).device).toMatchObject({
      deviceId: 'dev_7KD2MQX9WE01',
      privateKey: null,
    });

    const to = await testKiosk(NOW);
    const read = to.services.backup.read(made.text);
    if (!read.ok) throw new Error(read.problem);
    const summary = await to.services.backup.restore(read);
    expect(summary).toMatchObject({ added: 4, deviceRestored: false, enrollAgain: true });
    expect(await to.store.getDevice()).toBeNull();
    expect((await to.store.getSettings()).setupDone).toBe(false); // the wizard: enroll again
    expect(await to.store.pendingCount()).toBe(3); // waiting for the new identity
  });

  it('entries the device holds already stay as they are here; its own identity stays', async () => {
    const from = await busyKiosk();
    const made = await from.services.backup.create();
    // Since the backup the device synced everything and checked one more person in.
    const entries = await storedEntries(from.store);
    await from.store.markSynced(
      entries.map((e) => e.id),
      NOW + 7_200_000,
    );
    from.clock.now += 600_000;
    await from.services.checkIn.scan(code('green'), 'wedge');
    const ownDevice = { ...device(SEED), deviceId: 'dev_OTHER' };
    await from.store.putDevice(ownDevice);

    const read = from.services.backup.read(made.text);
    if (!read.ok) throw new Error(read.problem);
    const summary = await from.services.backup.restore(read);
    expect(summary).toMatchObject({ added: 0, alreadyHere: 4, deviceRestored: false });
    const after = await storedEntries(from.store);
    expect(after).toHaveLength(5);
    expect(after.slice(0, 4).every((e) => e.syncedAt !== null)).toBe(true);
    expect(after[4]!.syncedAt).toBeNull();
    expect(await from.store.getDevice()).toEqual(ownDevice);
    expect(await from.store.pendingCount()).toBe(1);
  });

  it('refuses what is not a backup, a newer format, and any damaged part, writing nothing', async () => {
    const from = await busyKiosk();
    const good = JSON.parse((await from.services.backup.create()).text);
    const to = await testKiosk(NOW);
    const variants: [string, unknown, string][] = [
      ['not JSON', '{"kind":', 'not-a-backup'],
      ['another file', { kind: 'trust-bundle' }, 'not-a-backup'],
      ['a newer format', { ...good, format: 2 }, 'newer-format'],
      ['a bad verdict', { ...good, entries: [{ ...good.entries[0], verdict: 'yes' }] }, 'damaged'],
      ['an id twice', { ...good, entries: [good.entries[0], good.entries[0]] }, 'damaged'],
      [
        'a script in a name',
        { ...good, entries: [{ ...good.entries[0], extra: '<script>' }] },
        'damaged',
      ],
      ['bad syncedAt', { ...good, entries: [{ ...good.entries[0], syncedAt: 'soon' }] }, 'damaged'],
      [
        'a setting of the wrong type',
        { ...good, settings: { ...good.settings, capacity: '40' } },
        'damaged',
      ],
      [
        'a PIN that is not a hash',
        { ...good, settings: { ...good.settings, adminPin: '2580' } },
        'damaged',
      ],
      ['a short seed', { ...good, device: { ...good.device, privateKey: 'abc' } }, 'damaged'],
      ['no entries list', { ...good, entries: 'all' }, 'damaged'],
    ];
    for (const [what, file, problem] of variants) {
      const text = typeof file === 'string' ? file : JSON.stringify(file);
      const read = to.services.backup.read(text);
      expect(read.ok ? 'ok' : read.problem, what).toBe(problem);
    }
    expect(await storedEntries(to.store)).toHaveLength(0);
    expect(await to.store.getDevice()).toBeNull();
  });
});
