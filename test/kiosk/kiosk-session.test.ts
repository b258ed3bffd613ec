// The kiosk's life in a window, over the real store on fake-indexeddb and the Web Locks rules:
// one kiosk window at a time (the second waits or takes over, and the first stops and lets the
// data go), a database closed under the kiosk for a newer version (it stops at once and
// reloads), an older window that will not let go (the new one waits, asks, then explains),
// and data newer than the build (refused, in words, with both versions).
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKioskSession, type WindowChannel } from '../../src/kiosk/kiosk-session';
import { webTabLock } from '../../src/kiosk/tab-lock';
import { SCHEMA_VERSION } from '../../src/model';
import {
  deleteKioskDb,
  getSettings,
  openKioskDb,
  saveSettings,
  type KioskDb,
} from '../../src/store';
import { FakeLocks } from '../support/fake-locks';

const names: string[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const name of names.splice(0)) await deleteKioskDb(name);
});

function newName(): string {
  const name = `kiosk-session-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

/** A kiosk window: the session over the real store (its "services" are the open database). */
function kioskWindow(locks: FakeLocks, name: string, channel: WindowChannel | null = null) {
  const reload = vi.fn();
  const stopped = vi.fn();
  const session = createKioskSession<KioskDb>({
    lock: webTabLock(locks),
    channel,
    reload,
    blockedTimeoutMs: 1000,
    async start(events) {
      const db = await openKioskDb(name, {
        persist: false,
        onBlocked: events.onBlocked,
        onClose: events.onClosed,
      });
      return {
        services: db,
        async stop() {
          stopped();
          db.close();
        },
      };
    },
  });
  return { session, reload, stopped, phase: () => session.phase.value.phase };
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

describe('one kiosk window at a time', () => {
  it('a second window waits; it takes over on request, and the first stops and says so', async () => {
    const locks = new FakeLocks();
    const name = newName();
    const first = kioskWindow(locks, name);
    first.session.begin();
    await until(() => first.phase() === 'running');

    const second = kioskWindow(locks, name);
    second.session.begin();
    await until(() => second.phase() === 'other-window');
    expect(first.phase()).toBe('running');

    second.session.takeOver();
    await until(() => second.phase() === 'running');
    expect(first.phase()).toBe('moved');
    expect(first.stopped).toHaveBeenCalledOnce();
    // The data is the same one, and the window now in charge writes to it.
    const db = (second.session.phase.value as { services: KioskDb }).services;
    await saveSettings(db, { venueName: 'Quán Phở Hà Nội' });
    expect((await getSettings(db)).venueName).toBe('Quán Phở Hà Nội');

    // And back again.
    first.session.takeOver();
    await until(() => first.phase() === 'running');
    expect(second.phase()).toBe('moved');
    first.session.dispose();
    second.session.dispose();
  });

  it('a waiting window becomes the kiosk by itself when the first one closes', async () => {
    const locks = new FakeLocks();
    const name = newName();
    const first = kioskWindow(locks, name);
    first.session.begin();
    await until(() => first.phase() === 'running');
    const second = kioskWindow(locks, name);
    second.session.begin();
    await until(() => second.phase() === 'other-window');
    first.session.dispose();
    await until(() => second.phase() === 'running');
    second.session.dispose();
  });

  it('without Web Locks every window is the kiosk, as before', async () => {
    const name = newName();
    const session = createKioskSession<KioskDb>({
      lock: webTabLock(null),
      reload: () => undefined,
      start: async () => {
        const db = await openKioskDb(name, { persist: false });
        return { services: db, stop: async () => db.close() };
      },
    });
    session.begin();
    await until(() => session.phase.value.phase === 'running');
    session.dispose();
  });
});

describe('the database closed under the kiosk, and versions', () => {
  it('a newer version opening the data stops this window at once, which reloads', async () => {
    const name = newName();
    const w = kioskWindow(new FakeLocks(), name);
    w.session.begin();
    await until(() => w.phase() === 'running');
    // Another window of a newer build upgrades the database.
    const newer = await openDB(name, SCHEMA_VERSION + 1);
    expect(w.phase()).toBe('updating');
    await until(() => w.reload.mock.calls.length === 1);
    newer.close();

    // Reloaded, this build finds data newer than it knows: it refuses, with both versions.
    const again = kioskWindow(new FakeLocks(), name);
    again.session.begin();
    await until(() => again.phase() !== 'starting');
    expect(again.session.phase.value).toEqual({
      phase: 'newer-data',
      dataVersion: SCHEMA_VERSION + 1,
      buildVersion: SCHEMA_VERSION,
    });
  });

  it('an older window holding the data open: this one waits, asks it to step aside, then explains', async () => {
    const name = newName();
    // An older build's connection (version 1) that does not close when asked.
    const older = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('x') });
    const posted: unknown[] = [];
    const channel: WindowChannel = { post: (m) => posted.push(m), listen: () => () => undefined };
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const w = kioskWindow(new FakeLocks(), name, channel);
    w.session.begin();
    await until(() => w.phase() === 'blocked');
    expect(w.session.phase.value).toEqual({ phase: 'blocked', timedOut: false });
    expect(posted).toEqual(['step-aside']);
    vi.advanceTimersByTime(1000);
    expect(w.session.phase.value).toEqual({ phase: 'blocked', timedOut: true });
    // The older window lets go: the upgrade runs and the kiosk starts.
    older.close();
    await until(() => w.phase() === 'running');
    w.session.dispose();
  });

  it('a running window asked to step aside stops and lets the data go', async () => {
    const name = newName();
    let deliver: (m: unknown) => void = () => undefined;
    const channel: WindowChannel = {
      post: () => undefined,
      listen: (on) => ((deliver = on), () => undefined),
    };
    const locks = new FakeLocks();
    const w = kioskWindow(locks, name, channel);
    w.session.begin();
    await until(() => w.phase() === 'running');
    deliver('step-aside');
    expect(w.phase()).toBe('moved');
    await until(() => !locks.held);
    expect(w.stopped).toHaveBeenCalledOnce();
  });
});
