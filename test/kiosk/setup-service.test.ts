// Enrollment that survives a closed tab (issue 12, item 5) at the service that owns it
// (src/kiosk/setup-service.ts, setup-progress.ts), over the real store on fake-indexeddb: the
// key is stored with the code before the request goes, a retry after a restart sends the same
// key (which the server answers with the same device), the identity is stored before the
// wizard is told, and only refusals no retry can change drop the attempt.
import { describe, expect, it, onTestFinished } from 'vitest';
import { createSetupService, type SetupService } from '../../src/kiosk/setup-service';
import { setupResumePoint } from '../../src/kiosk/setup-progress';
import {
  DEFAULT_SETTINGS,
  type EnrollOptions,
  type EnrollOutcome,
  type Settings,
} from '../../src/model';
import { openTestStore, type TestStore } from '../support/test-store';

const SERVER = 'https://kiosk.example.vn';
const CODE = 'WF5JQJZFQP';

interface Sent {
  code: string;
  options: EnrollOptions;
}

/** A server that answers with `answer`; every request it was sent is in `sent`. */
function fakeServer() {
  const sent: Sent[] = [];
  let answer: (s: Sent) => Promise<EnrollOutcome> = async () => ({ ok: false, reason: 'network' });
  return {
    sent,
    answers(next: (s: Sent) => Promise<EnrollOutcome>) {
      answer = next;
    },
    enroll: (_url: string, code: string, options: EnrollOptions) => {
      const s = { code, options };
      sent.push(s);
      return answer(s);
    },
  };
}

const enrolled = (s: Sent): EnrollOutcome => ({
  ok: true,
  enrollment: {
    device: {
      deviceId: 'device-1',
      venueId: 'venue-1',
      venueName: 'Cửa hàng demo',
      publicKey: s.options.key!.publicKey,
      privateKey: s.options.key!.privateKey,
      enrolledAt: 1,
      label: s.options.label ?? '',
    },
    roots: ['root-key'],
    bundle: null,
  },
});

async function setup() {
  const store: TestStore = await openTestStore();
  onTestFinished(() => store.remove());
  const server = fakeServer();
  let keys = 0;
  const settings: Partial<Settings>[] = [];
  const service = (): SetupService =>
    createSetupService({
      store,
      settings: { save: async (patch) => void settings.push(patch) },
      trust: { offer: async () => ({ outcome: 'kept' }) as never },
      enroll: server.enroll,
      newDeviceKey: async () => ({ publicKey: `pk-${++keys}`, privateKey: `seed-${keys}` }),
      now: () => 1_000,
      onEnrolled: () => undefined,
    });
  /** Where the wizard opens after a restart, from what is stored. */
  const resumeAfterRestart = async () => {
    const again = service();
    await again.start();
    const stored = settings.reduce<Settings>((all, p) => ({ ...all, ...p }), DEFAULT_SETTINGS);
    return {
      service: again,
      point: setupResumePoint({
        settings: stored,
        device: again.device.value,
        pending: again.pending.value,
      }),
    };
  };
  return { store, server, service, resumeAfterRestart };
}

describe('enrollment across a closed tab', () => {
  it('the key is stored with the code before the request goes; the retry sends the same key and name', async () => {
    const { store, server, service, resumeAfterRestart } = await setup();
    // The server spends the code, but the tab closes before its answer is stored.
    server.answers(() => new Promise<EnrollOutcome>(() => undefined));
    void service().enroll(SERVER, CODE, 'Cửa chính');
    await expect.poll(() => server.sent.length).toBe(1);
    expect(await store.getPendingEnrollment()).toMatchObject({
      code: CODE,
      label: 'Cửa chính',
      publicKey: 'pk-1',
    });

    const { service: again, point } = await resumeAfterRestart();
    expect(point).toBe('enroll');
    expect(again.pending.value).toMatchObject({ code: CODE, label: 'Cửa chính' });
    server.answers(async (s) => enrolled(s));
    expect(await again.enroll(SERVER, CODE, 'Cửa chính')).toEqual({ ok: true });
    expect(server.sent.map((s) => [s.options.key?.publicKey, s.options.label])).toEqual([
      ['pk-1', 'Cửa chính'],
      ['pk-1', 'Cửa chính'],
    ]);
    // The identity is stored before the wizard is told: a restart now opens on "done".
    expect(await store.getDevice()).toMatchObject({ deviceId: 'device-1', label: 'Cửa chính' });
    expect(await store.getPendingEnrollment()).toBeNull();
    expect((await resumeAfterRestart()).point).toBe('done');
  });

  it('a lost answer keeps the attempt; a new name is kept with the same key', async () => {
    const { store, server, service } = await setup();
    const kiosk = service();
    expect(await kiosk.enroll(SERVER, CODE, 'Cửa sau')).toEqual({ ok: false, reason: 'network' });
    expect(await kiosk.enroll(SERVER, CODE, 'Cửa chính')).toEqual({ ok: false, reason: 'network' });
    expect(server.sent.map((s) => [s.options.key?.publicKey, s.options.label])).toEqual([
      ['pk-1', 'Cửa sau'],
      ['pk-1', 'Cửa chính'],
    ]);
    expect(await store.getPendingEnrollment()).toMatchObject({
      publicKey: 'pk-1',
      label: 'Cửa chính',
    });
  });

  it('a refusal no retry can change drops the attempt; another code gets a new key', async () => {
    const { store, server, service } = await setup();
    const kiosk = service();
    server.answers(async () => ({ ok: false, reason: 'code-expired' }));
    expect(await kiosk.enroll(SERVER, CODE, 'Cửa chính')).toEqual({
      ok: false,
      reason: 'code-expired',
    });
    expect(await store.getPendingEnrollment()).toBeNull();
    server.answers(async (s) => enrolled(s));
    expect(await kiosk.enroll(SERVER, 'ABCDEFGHJK', 'Cửa chính')).toEqual({ ok: true });
    expect(server.sent.map((s) => s.options.key?.publicKey)).toEqual(['pk-1', 'pk-2']);
  });
});
