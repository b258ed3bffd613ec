// Drill: the operator rotates the root (docs/spec/root-rotation.md) on a real sync server with
// enrolled kiosks (the window's services over the real store on fake-indexeddb). Bundle seq 2,
// signed by the old root, names the new one; seq 3 is signed only by the new root. Kiosks that
// took seq 2 take seq 3 with no hand step, unpin the old root, keep it after a reboot, and
// refuse what the old root signs from then on. A kiosk cut off while seq 2 was served refuses
// seq 3 (BUNDLE_ROOT_UNKNOWN, recorded), keeps its bundle, and `kiosk bundle status` does not
// count it.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { ServerHandle } from '../../server/start-server';
import { createKiosk } from '../../src/app/create-kiosk';
import type { KioskServices } from '../../src/app/services';
import { createNobleVerifier, DAY_MS, encodeB64u, utf8 } from '../../src/core';
import { generateKeyPair, type KeyPair } from '../../src/issuer/keys';
import { issueSignedCode } from '../../src/issuer/personal-code';
import { buildTrustBundle } from '../../src/issuer/trust-bundle-builder';
import { ALWAYS_ONLINE, signWithDeviceKey } from '../../src/sync';
import {
  bodyHashOf,
  DEVICE_PATHS,
  newNonce,
  signatureHeaders,
  signingBytes,
} from '../../src/sync/wire';
import { startTestServer } from '../server/support/test-server';
import { openTestStore, type TestStore } from '../support/test-store';

const oldRoot = generateKeyPair();
const newRoot = generateKeyPair();
const oldIssuer = generateKeyPair();
const newIssuer = generateKeyPair();

function bundle(seq: number, root: KeyPair, issuers: KeyPair[], nextRoot?: KeyPair): string {
  const now = Date.now();
  return JSON.stringify(
    buildTrustBundle(
      {
        seq,
        issuedAt: now - 60_000,
        expiresAt: now + 14 * DAY_MS,
        issuers: issuers.map((k, i) => ({
          ...k,
          name: `Sở Y tế ${i + 1}`,
          validFrom: now - 30 * DAY_MS,
          validUntil: now + 365 * DAY_MS,
        })),
        nextRoot: nextRoot && { ...nextRoot, validFrom: now - 60_000 },
      },
      root,
    ),
  );
}

/** Two months ago (YYYYMMDD): fully vaccinated now under the default rules. */
const vaccinatedOn = new Date(Date.now() - 60 * DAY_MS)
  .toISOString()
  .slice(0, 10)
  .replace(/-/g, '');

function greenPass(issuer: KeyPair, qid: string): string {
  return issueSignedCode(
    {
      documentNumber: `0010990000${qid.slice(-2)}`,
      name: 'NGUYEN VAN AN',
      birthDate: '1990-01-01',
      declaredBy: '0',
      qid,
      gender: '1',
    },
    { issuedAt: Date.now() - DAY_MS, vaccination: `2,2,${vaccinatedOn},AZ` },
    issuer,
  );
}

interface DrillKiosk {
  services: KioskServices;
  store: TestStore;
  /** Cuts the kiosk off the network (every request fails) or reconnects it. */
  cutOff: { value: boolean };
  restart(): Promise<KioskServices>;
}

/** The composed kiosk, with the real clock (the server checks request times). */
async function kiosk(): Promise<DrillKiosk> {
  const store = await openTestStore();
  const cutOff = { value: false };
  const gated: typeof fetch = (input, init) =>
    cutOff.value ? Promise.reject(new TypeError('network down')) : fetch(input, init);
  const started: KioskServices[] = [];
  const build = async () => {
    const services = createKiosk({
      store,
      verifier: createNobleVerifier(),
      sync: { network: ALWAYS_ONLINE, fetch: gated },
    });
    started.push(services);
    await services.start();
    return services;
  };
  onTestFinished(async () => {
    for (const s of started) s.dispose();
    await store.remove();
  });
  return { services: await build(), store, cutOff, restart: build };
}

/** The kiosk's status report (the window sends it beside its uploads), signed with its key. */
async function reportStatus(k: DrillKiosk, serverUrl: string): Promise<void> {
  const device = await k.store.getDevice();
  if (!device) throw new Error('not enrolled');
  const bundle = k.services.trust.held.value?.bundle ?? null;
  const body = utf8(
    JSON.stringify({
      pending: 0,
      appVersion: '0.2.0+drill',
      bundleSeq: bundle?.seq ?? null,
      bundleIssuedAt: bundle?.issuedAt ?? null,
      reportedAt: Date.now(),
    }),
  );
  const timestamp = Date.now();
  const nonce = newNonce();
  const message = signingBytes({
    method: 'POST',
    path: DEVICE_PATHS.status,
    deviceId: device.deviceId,
    timestamp,
    nonce,
    bodyHash: bodyHashOf(body),
  });
  const signature = encodeB64u(await signWithDeviceKey(device.privateKey, message));
  const res = await fetch(`${serverUrl}${DEVICE_PATHS.status}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signatureHeaders({ deviceId: device.deviceId, timestamp, nonce, signature }),
    },
    body: body as Uint8Array<ArrayBuffer>,
  });
  if (res.status !== 200) throw new Error(`status report: HTTP ${res.status}`);
}

describe('drill: root rotation reaches enrolled kiosks', () => {
  let server: ServerHandle;
  beforeAll(async () => void (server = await startTestServer()), 60_000);
  afterAll(() => server?.close());

  it('kiosks take the announcing bundle and the new root’s bundle with no hand step', async () => {
    const { ops, url } = server;
    await ops.addRoot(encodeB64u(oldRoot.publicKey), 'Root 2026');
    await ops.publishBundle(bundle(1, oldRoot, [oldIssuer]));
    const { venue, enrollment } = await ops.createVenue('Nhà văn hóa');
    const kiosks: DrillKiosk[] = [];
    for (const [i, label] of ['Cửa chính', 'Cửa sau', 'Cổng phụ'].entries()) {
      const k = await kiosk();
      const code = i === 0 ? enrollment.code : (await ops.newEnrollmentCode(venue.id)).code;
      expect(await k.services.setup.enroll(url, code, label)).toEqual({ ok: true });
      expect(k.services.settings.current.value.pinnedRoots).toEqual([
        encodeB64u(oldRoot.publicKey),
      ]);
      expect(k.services.trust.held.value?.bundle.seq).toBe(1);
      kiosks.push(k);
    }
    const [front, back, sideGate] = kiosks as [DrillKiosk, DrillKiosk, DrillKiosk];

    // Seq 2, signed by the old root, names the new root. The side gate is cut off meanwhile.
    sideGate.cutOff.value = true;
    expect(await ops.publishBundle(bundle(2, oldRoot, [oldIssuer], newRoot))).toMatchObject({
      seq: 2,
      taken: 0,
      active: 3,
      nextRoot: newRoot.kid,
    });
    for (const k of [front, back]) {
      await k.services.sync.syncNow();
      expect(k.services.trust.held.value?.bundle.seq).toBe(2);
      expect(k.services.settings.current.value.pinnedRoots).toEqual([
        encodeB64u(oldRoot.publicKey),
        encodeB64u(newRoot.publicKey),
      ]);
      await reportStatus(k, url);
    }
    await sideGate.services.sync.syncNow();
    expect(sideGate.services.trust.held.value?.bundle.seq).toBe(1);
    expect(await ops.bundleUptake()).toEqual({ seq: 2, taken: 2, active: 3 });

    // Seq 3 is signed only by the new root, and trusts only the new issuer.
    expect(await ops.publishBundle(bundle(3, newRoot, [newIssuer]))).toMatchObject({
      seq: 3,
      retiredRoot: oldRoot.kid,
    });
    sideGate.cutOff.value = false;
    for (const k of kiosks) {
      await k.services.sync.syncNow();
      await reportStatus(k, url);
    }
    expect(await ops.bundleUptake()).toEqual({ seq: 3, taken: 2, active: 3 });

    const newPass = greenPass(newIssuer, '900000000001');
    const oldPass = greenPass(oldIssuer, '900000000002');
    const replayOld = bundle(4, oldRoot, [oldIssuer]);
    for (const k of [front, back]) {
      const { services } = k;
      expect(services.trust.held.value?.bundle).toMatchObject({ seq: 3, rootKid: newRoot.kid });
      expect(services.settings.current.value.pinnedRoots).toEqual([encodeB64u(newRoot.publicKey)]);
      const admitted = await services.checkIn.scan(newPass, 'camera');
      expect(admitted.kind === 'logged' && admitted.result.verdict).toBe('admit');
      const unknown = await services.checkIn.scan(oldPass, 'camera');
      expect(unknown.kind === 'logged' && unknown.result.reasons).toEqual(['KEY_UNKNOWN']);
      // The retired root can no longer move the kiosk, and a reboot keeps the new root.
      expect(await services.trust.offer(replayOld)).toEqual({
        outcome: 'refused',
        code: 'BUNDLE_ROOT_UNKNOWN',
      });
      const rebooted = await k.restart();
      expect(rebooted.trust.held.value?.bundle).toMatchObject({ seq: 3, rootKid: newRoot.kid });
      expect(rebooted.settings.current.value.pinnedRoots).toEqual([encodeB64u(newRoot.publicKey)]);
    }

    // The side gate missed the announcement: it refuses, keeps seq 1, and says why.
    expect(sideGate.services.trust.held.value?.bundle.seq).toBe(1);
    expect(sideGate.services.trust.held.value?.held.lastRefusal?.code).toBe('BUNDLE_ROOT_UNKNOWN');
    expect(sideGate.services.settings.current.value.pinnedRoots).toEqual([
      encodeB64u(oldRoot.publicKey),
    ]);
  }, 60_000);
});
