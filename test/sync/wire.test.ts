// The wire format shared by kiosk and server: what a kiosk really records passes the entry
// check; the signing string is exactly as documented; enrollment texts round-trip.
import { describe, expect, it } from 'vitest';
import { createNobleVerifier } from '../../src/core';
import { generateKeyPair } from '../../src/issuer/keys';
import { issueSignedCode } from '../../src/issuer/personal-code';
import { verifyCode, DEFAULT_POLICY } from '../../src/core';
import { buildTrustBundle } from '../../src/issuer/trust-bundle-builder';
import { entryFromResult } from '../../src/kiosk/entry-from-result';
import { backoffDelay } from '../../src/sync/backoff';
import { toWireEntry } from '../../src/sync/wire-entry';
import {
  checkUploadResponse,
  checkWireEntry,
  formatEnrollmentText,
  normaliseEnrollmentCode,
  parseEnrollmentText,
  readSignatureHeaders,
  signingBytes,
} from '../../src/sync/wire';
import { openTrustBundleSync } from '../support/open-bundle-sync';

describe('wire entries', () => {
  it('accepts every entry the check-in pipeline makes, from a real verification', async () => {
    const root = generateKeyPair();
    const issuer = generateKeyPair();
    const now = Date.now();
    const envelope = buildTrustBundle(
      {
        seq: 4,
        issuedAt: now - 86_400_000,
        expiresAt: now + 86_400_000,
        issuers: [{ ...issuer, name: 'x', validFrom: now - 1e10, validUntil: now + 1e10 }],
      },
      root,
    );
    const bundle = openTrustBundleSync(envelope, root);
    const person = {
      documentNumber: '001093029317',
      name: 'NGUYEN LE KHA HAN',
      birthDate: '1987-01-18',
      declaredBy: '0' as const,
      qid: '162979388586171100',
    };
    const texts = [
      issueSignedCode(person, { issuedAt: now - 1000, vaccination: '2,2,20200101,AZ' }, issuer),
      'https://example.com',
      '001093029317|012345678|Nguyễn Văn An|18011987|Nam|Hà Nội|15042021',
    ];
    for (const text of texts) {
      const result = await verifyCode(text, {
        bundle,
        policy: DEFAULT_POLICY,
        now,
        verifier: createNobleVerifier(),
      });
      const entry = entryFromResult(result, {
        at: now,
        direction: 'in',
        source: 'camera',
        bundleSeq: 4,
      });
      expect(checkWireEntry(toWireEntry(entry))).toMatchObject({ ok: true });
    }
  });

  it('refuses a lone surrogate in any text field, and counts text by code point', () => {
    const entry = {
      id: '01a21244-a545-7000-a618-82a185711b5c',
      at: 1,
      direction: 'in',
      source: 'paste',
      format: 'pqr-unsigned',
      verdict: 'review',
      decision: null,
      color: 'none',
      reasons: ['IDENTITY_ONLY'],
      passId: 'qid:1',
      passHash: null,
      maskedName: 'A. B',
      birthYear: null,
      maskedId: '*😀XYZ',
      kid: null,
      bundleSeq: null,
    };
    expect(checkWireEntry(entry)).toMatchObject({ ok: true });
    for (const field of ['passId', 'maskedName', 'maskedId'] as const) {
      for (const lone of ['\ud83d', '\ude00', 'x\ud83dy', '\ude00\ud83d']) {
        const checked = checkWireEntry({ ...entry, [field]: `*${lone}` });
        expect(checked.ok, `${field} ${JSON.stringify(lone)}`).toBe(false);
        expect(!checked.ok && checked.reason).toMatch(new RegExp(`^${field}: .*well-formed`));
      }
    }
    // The limits are in code points: 120 emoji are a valid name, 121 are not.
    expect(checkWireEntry({ ...entry, maskedName: '😀'.repeat(120) }).ok).toBe(true);
    expect(checkWireEntry({ ...entry, maskedName: '😀'.repeat(121) }).ok).toBe(false);
    expect(checkWireEntry({ ...entry, maskedId: '*'.repeat(36) + '😀😀😀😀' }).ok).toBe(true);
  });

  it('takes `none` as the decision of a review closed without one, and only on a review', () => {
    const review = toWireEntry({
      id: '01a21244-a545-7000-a618-82a185711b5c',
      at: 1,
      direction: 'in',
      source: 'camera',
      format: 'cccd',
      verdict: 'review',
      decision: 'none',
      color: 'none',
      reasons: ['IDENTITY_ONLY'],
      passId: 'cccd:001093029317',
      passHash: null,
      maskedName: 'N. L. K. Hân',
      birthYear: 1987,
      maskedId: '********9317',
      kid: null,
      bundleSeq: 1,
      syncedAt: null,
    });
    expect(checkWireEntry(review)).toMatchObject({ ok: true });
    expect(checkWireEntry({ ...review, decision: 'maybe' })).toEqual({
      ok: false,
      reason: 'decision: not null or one of admit|refuse|none',
    });
    expect(checkWireEntry({ ...review, verdict: 'deny' })).toEqual({
      ok: false,
      reason: 'decision: a decision is only made on a review verdict',
    });
  });

  it('never sends the local sync mark', () => {
    const entry = {
      ...toWireEntry({
        id: '01a21244-a545-7000-a618-82a185711b5c',
        at: 1,
        direction: 'in',
        source: 'manual',
        format: 'manual',
        verdict: 'review',
        decision: 'admit',
        color: 'none',
        reasons: [],
        passId: null,
        passHash: null,
        maskedName: 'A',
        birthYear: null,
        maskedId: '',
        kid: null,
        bundleSeq: null,
        syncedAt: 5,
      }),
    };
    expect(entry).not.toHaveProperty('syncedAt');
    expect(checkWireEntry({ ...entry, syncedAt: 5 })).toEqual({
      ok: false,
      reason: 'unknown field "syncedAt"',
    });
  });

  it('trusts an upload answer only for ids that were sent', () => {
    const answer = checkUploadResponse(
      {
        held: ['a', 'b', 'zzz'],
        conflicts: [{ id: 'zzz', kind: 'ID_TAKEN' }],
        inserted: 2,
        updated: -1,
      },
      new Set(['a', 'b']),
    );
    expect(answer).toEqual({
      ok: true,
      value: { held: ['a', 'b'], conflicts: [], inserted: 2, updated: 0 },
    });
    expect(checkUploadResponse({ ok: true }, new Set()).ok).toBe(false);
  });
});

describe('request signature', () => {
  it('signs one documented line per field', () => {
    const bytes = signingBytes({
      method: 'post',
      path: '/api/sync/entries',
      deviceId: 'dev',
      timestamp: 1700000000000,
      nonce: 'N',
      bodyHash: 'H',
    });
    expect(new TextDecoder().decode(bytes)).toBe(
      'kiosk-sync-v1\nPOST\n/api/sync/entries\ndev\n1700000000000\nN\nH',
    );
  });

  it('reads only well-formed headers', () => {
    const headers: Record<string, string> = {
      'x-kiosk-device': '01a21244-a545-7000-a618-82a185711b5c',
      'x-kiosk-timestamp': '1700000000000',
      'x-kiosk-nonce': 'A'.repeat(22),
      'x-kiosk-signature': 'B'.repeat(86),
    };
    expect(readSignatureHeaders((n) => headers[n])).toMatchObject({ timestamp: 1700000000000 });
    for (const [name, bad] of [
      ['x-kiosk-timestamp', '17e11'],
      ['x-kiosk-nonce', 'short'],
      ['x-kiosk-signature', 'B'.repeat(85)],
      ['x-kiosk-device', '../etc'],
    ]) {
      expect(readSignatureHeaders((n) => (n === name ? bad : headers[n]))).toBeNull();
    }
  });
});

describe('enrollment QR text', () => {
  it('round-trips the server address and the code', () => {
    const text = formatEnrollmentText('HTTPS://Kiosk.Example.VN:8443/sync/', 'abcde-fghjk');
    expect(text).toBe('KIOSK-ENROLL|https://kiosk.example.vn:8443/sync|ABCDE-FGHJK');
    expect(parseEnrollmentText(text)).toEqual({
      serverUrl: 'https://kiosk.example.vn:8443/sync',
      code: 'ABCDEFGHJK',
    });
    expect(parseEnrollmentText('KIOSK-ENROLL|http://192.168.1.20:8080|7KD2M QX9WE')).toEqual({
      serverUrl: 'http://192.168.1.20:8080',
      code: '7KD2MQX9WE',
    });
  });

  it('is not fooled by other QR codes or bad parts', () => {
    for (const text of [
      '001093029317|NGUYEN|1987-01-18|0|1|<1<',
      'KIOSK-ENROLL|ftp://x|ABCDEFGHJK',
      'KIOSK-ENROLL|https://u:p@x|ABCDEFGHJK',
      'KIOSK-ENROLL|https://x|ABCD',
      'KIOSK-ENROLL|https://x|ABCDEFGHJK|extra',
      'https://x',
    ]) {
      expect(parseEnrollmentText(text), text).toBeNull();
    }
  });

  it('reads a code typed loosely', () => {
    expect(normaliseEnrollmentCode(' 7kd2m-qx9wo ')).toBe('7KD2MQX9W0');
    expect(normaliseEnrollmentCode('ilo00-00000')).toBe('1100000000');
    expect(normaliseEnrollmentCode('UUUUU-UUUUU')).toBeNull();
  });
});

describe('backoff', () => {
  it('doubles from 2 s to a 5 minute cap, with jitter between half and all of it', () => {
    expect(backoffDelay(0)).toBe(0);
    expect(backoffDelay(1, () => 0)).toBe(1000);
    expect(backoffDelay(1, () => 0.999999)).toBe(2000);
    expect(backoffDelay(3, () => 0.999999)).toBe(8000);
    expect(backoffDelay(40, () => 0.999999)).toBe(300_000);
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(5)));
    expect(spread.size).toBeGreaterThan(10);
    for (const d of spread) expect(d).toBeGreaterThanOrEqual(16_000);
  });
});
