// The DCC adapter and its checks, beyond the shared vectors: holder identity across
// certificates, several entries, tags and CBOR details, COSE headers, the facts given to the
// verdict view, and the order of the signer checks.
import { encode, Tagged } from 'cborg';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createNobleVerifier,
  DEFAULT_POLICY,
  HOUR_MS,
  verifyCode,
  type CheckResult,
} from '../../src/core';
import { readCode } from '../../src/core/formats/read-code';
import { hc1Text } from '../../src/issuer/dcc/issue-dcc';
import { claimsOf, dccWorld, sealClaims, sealCose, type DccWorld } from '../support/dcc-world';

let w: DccWorld;
beforeAll(async () => {
  w = await dccWorld();
});

const verifier = createNobleVerifier();
const check = (text: string, now = w.now): Promise<CheckResult> =>
  verifyCode(text, { bundle: w.bundle, policy: DEFAULT_POLICY, now, verifier });
const sample = (kind: string) => w.samples.find((s) => s.kind === kind)!.text;
const vnDay = (ymd: string) => Date.parse(`${ymd}T00:00:00+07:00`);
const vaccine = (dose = 2, of = 2, date = '2022-01-10') => ({ type: 'v' as const, dose, of, date });

describe('DCC samples', () => {
  it('give the verdict each promises, with holder, identity and facts', async () => {
    const expected: Record<string, [string, string, string]> = {
      vaccinated: ['admit', 'green', 'VACCINATED_FULL'],
      booster: ['admit', 'green', 'VACCINATED_FULL'],
      'negative-test': ['admit', 'yellow', 'TEST_NEGATIVE'],
      recovered: ['admit', 'green', 'RECOVERED'],
      expired: ['deny', 'none', 'PASS_EXPIRED'],
      'wrong-signer': ['deny', 'none', 'KEY_UNKNOWN'],
    };
    for (const s of w.samples) {
      const r = await check(s.text);
      expect([r.verdict, r.color, r.reasons[0]], s.kind).toEqual(expected[s.kind]);
      expect(r.format).toBe('dcc');
    }
    const r = await check(sample('vaccinated'));
    expect(r).toMatchObject({
      holder: { name: 'NGUYEN VAN AN', birthYear: 1990, maskedId: '' },
      kid: Buffer.from(w.es256.kid).toString('base64url'),
      details: {
        kind: 'dcc',
        country: 'VN',
        entries: 1,
        certificate: { type: 'vaccination', covid19: true, dose: 2, of: 2 },
      },
    });
    expect(r.passId).toMatch(/^dcc:[A-Za-z0-9_-]{22}$/);
    expect(r.passHash).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('counts one holder once across certificates: the pass identity is the person', async () => {
    const [a, b] = await Promise.all([check(sample('vaccinated')), check(sample('booster'))]);
    expect(a.passId).toBe(b.passId);
    expect(a.passHash).not.toBe(b.passHash); // but each certificate is its own pass
    const other = await sealClaims(
      claimsOf({
        holder: { familyName: 'Nguyễn', givenName: 'Văn An', dob: '1991-02-03' },
        entries: [vaccine()],
      }).claims,
      w.es256,
    );
    expect((await check(other)).passId).not.toBe(a.passId);
  });
});

describe('the certificate (eu-dcc.md §3)', () => {
  it('lets the latest of several entries decide, the later one on a tie', async () => {
    const several = claimsOf({
      entries: [
        vaccine(2, 2, '2022-02-01'),
        vaccine(1, 2, '2021-06-01'),
        vaccine(3, 2, '2022-02-01'),
      ],
    });
    const r = await check(await sealClaims(several.claims, w.es256));
    expect(r.details).toMatchObject({ entries: 3, certificate: { dose: 3, of: 2 } });
    const latest = claimsOf({
      entries: [vaccine(2, 2, '2022-02-01'), vaccine(1, 2, '2021-06-01')],
    });
    expect(readCode(await sealClaims(latest.claims, w.es256))).toMatchObject({
      health: { vaccination: { dose: 2, lastDoseAt: vnDay('2022-02-01') } },
    });
  });

  it('refuses the whole certificate when any entry is malformed', async () => {
    const { claims, dcc } = claimsOf({ entries: [vaccine(), vaccine()] });
    (dcc.get('v') as Map<string, unknown>[])[1]!.set('dn', '2');
    expect((await check(await sealClaims(claims, w.es256))).reasons).toEqual(['FORMAT_MALFORMED']);
  });

  it('reads a sample time given as CBOR tag 1 (epoch seconds) and tag 0', async () => {
    const sampled = w.now - 5 * HOUR_MS;
    for (const sc of [
      new Tagged(1, sampled / 1000),
      new Tagged(0, new Date(sampled).toISOString()),
    ]) {
      const { claims, dcc } = claimsOf({
        entries: [{ type: 't', result: 'negative', test: 'PCR', sampledAt: sampled }],
      });
      (dcc.get('t') as Map<string, unknown>[])[0]!.set('sc', sc);
      const r = await check(await sealClaims(claims, w.es256));
      expect(r.reasons).toEqual(['TEST_NEGATIVE']);
      expect(r.details).toMatchObject({ certificate: { type: 'test', sampledAt: sampled } });
    }
  });

  it('ignores an unknown tag where the kiosk does not look, and refuses it where it does', async () => {
    const unused = claimsOf({ entries: [vaccine()] });
    unused.dcc.set('ver', new Tagged(99_999, 'x'));
    expect((await check(await sealClaims(unused.claims, w.es256))).verdict).toBe('admit');
    const used = claimsOf({ entries: [vaccine()] });
    (used.dcc.get('v') as Map<string, unknown>[])[0]!.set('dt', new Tagged(0, '2022-01-10'));
    expect((await check(await sealClaims(used.claims, w.es256))).reasons).toEqual([
      'FORMAT_MALFORMED',
    ]);
  });

  it('takes a giant integer as the number it is, never a crash', async () => {
    const { claims, dcc } = claimsOf({ entries: [vaccine()] });
    (dcc.get('v') as Map<string, unknown>[])[0]!.set('dn', 2n ** 64n - 1n);
    expect(await check(await sealClaims(claims, w.es256))).toMatchObject({
      verdict: 'admit',
      reasons: ['VACCINATED_FULL'],
    });
    claims.set(6, 2n ** 63n); // iat far in the future
    expect((await check(await sealClaims(claims, w.es256))).reasons).toEqual(['KEY_NOT_VALID']);
  });

  it('wants nam.fnt as text and exactly one list of v, t or r with a text ci', async () => {
    const cases: ((dcc: Map<string, unknown>) => void)[] = [
      (d) => d.delete('nam'),
      (d) => (d.get('nam') as Map<string, unknown>).set('fnt', 7),
      (d) => d.set('t', [new Map([['ci', 'x']])]),
      (d) => d.delete('v'),
      (d) => d.set('v', []),
      (d) => (d.get('v') as Map<string, unknown>[])[0]!.delete('ci'),
      (d) => (d.get('v') as Map<string, unknown>[])[0]!.set('dt', '2022-02-30'),
    ];
    for (const change of cases) {
      const { claims, dcc } = claimsOf({ entries: [vaccine()] });
      change(dcc);
      expect(await check(await sealClaims(claims, w.es256)), String(change)).toMatchObject({
        format: 'dcc',
        verdict: 'deny',
        reasons: ['FORMAT_MALFORMED'],
        holder: null,
      });
    }
    const noGiven = claimsOf({
      holder: { familyName: 'Lê', dob: '' },
      entries: [vaccine()],
    });
    expect(await check(await sealClaims(noGiven.claims, w.es256))).toMatchObject({
      holder: { name: 'LE', birthYear: null },
      verdict: 'admit',
    });
  });

  it('gives a recovery only inside df … du (du inclusive, Vietnam days)', async () => {
    const recovery = {
      type: 'r' as const,
      firstPositive: '2022-02-01',
      validFrom: '2022-02-12',
      validUntil: '2022-03-20',
    };
    const issuedAt = Date.parse('2022-02-10T00:00:00Z');
    const text = await sealClaims(claimsOf({ issuedAt, entries: [recovery] }).claims, w.es256);
    const bundle = { ...w.bundle, issuedAt: 0 }; // no CLOCK_BEHIND in the weeks before
    const at = async (iso: string) =>
      (await verifyCode(text, { bundle, policy: DEFAULT_POLICY, now: Date.parse(iso), verifier }))
        .reasons[0];
    expect(await at('2022-02-11T16:59:59Z')).toBe('NO_VALID_STATUS');
    expect(await at('2022-02-11T17:00:00Z')).toBe('RECOVERED');
    expect(await at('2022-03-20T16:59:59Z')).toBe('RECOVERED');
    expect(await at('2022-03-20T17:00:00Z')).toBe('NO_VALID_STATUS');
    expect((await check(text)).details).toMatchObject({
      certificate: {
        type: 'recovery',
        firstPositive: vnDay('2022-02-01'),
        validFrom: vnDay('2022-02-12'),
        validUntil: vnDay('2022-03-20'),
      },
    });
  });

  it('is valid through its exp second and expired just after', async () => {
    const { claims } = claimsOf({ entries: [vaccine()] });
    const exp = Math.floor(w.now / 1000);
    claims.set(4, exp);
    const text = await sealClaims(claims, w.es256);
    expect((await check(text, exp * 1000)).verdict).toBe('admit');
    expect((await check(text, exp * 1000 + 1)).reasons).toEqual(['PASS_EXPIRED']);
  });

  it('cleans what it shows: the name with < as spaces, the country, the product', async () => {
    const { claims, dcc } = claimsOf({ entries: [vaccine()] });
    (dcc.get('nam') as Map<string, unknown>).set('gnt', 'VAN<\u202eAN');
    (dcc.get('v') as Map<string, unknown>[])[0]!.set('mp', 'EU/1\u0000/20');
    claims.set(1, 'V\u202eN');
    const r = await check(await sealClaims(claims, w.es256));
    expect(r.holder?.name).toBe('NGUYEN VAN AN');
    expect(r.details).toMatchObject({ country: 'VN', certificate: { product: 'EU/1/20' } });
  });
});

describe('COSE and the signer checks (eu-dcc.md §2)', () => {
  const payload = () => encode(claimsOf({ entries: [vaccine()] }).claims);

  it('accepts tag 61 around tag 18, and either alone', async () => {
    for (const tags of [[61, 18], [61], [18], []]) {
      const text = hc1Text(await sealCose(payload(), w.es256, { tags }));
      expect((await check(text)).verdict, JSON.stringify(tags)).toBe('admit');
    }
    const wrong = hc1Text(await sealCose(payload(), w.es256, { tags: [18, 61] }));
    expect((await check(wrong)).reasons).toEqual(['FORMAT_MALFORMED']);
  });

  it('reports no kid for one of another length than 8 bytes, and does not find it', async () => {
    const kid = new Uint8Array([...w.es256.kid, 0]);
    const text = hc1Text(
      await sealCose(payload(), w.es256, {
        protectedHeader: new Map<number, unknown>([
          [1, -7],
          [4, kid],
        ]),
      }),
    );
    expect(await check(text)).toMatchObject({ reasons: ['KEY_UNKNOWN'], kid: null });
  });

  it('refuses an ES256 signature that is not 64 bytes, and one alg for another key type', async () => {
    const short = hc1Text(await sealCose(payload(), w.es256, { signature: new Uint8Array(63) }));
    expect((await check(short)).reasons).toEqual(['SIG_INVALID']);
    const asRsa = hc1Text(
      await sealCose(payload(), w.es256, {
        protectedHeader: new Map<number, unknown>([
          [1, -37],
          [4, w.es256.kid],
        ]),
      }),
    );
    expect((await check(asRsa)).reasons).toEqual(['SIG_INVALID']);
  });

  it('verifies PS256 (RSA-PSS) and holds each signer to its usage', async () => {
    const rsa = await sealClaims(claimsOf({ entries: [vaccine()] }).claims, w.ps256);
    expect((await check(rsa)).reasons).toEqual(['VACCINATED_FULL']);
    const test = claimsOf({
      entries: [{ type: 't', result: 'negative', test: 'RAT', sampledAt: w.now - HOUR_MS }],
    });
    expect((await check(await sealClaims(test.claims, w.vaccinationOnly))).reasons).toEqual([
      'KEY_NOT_VALID',
    ]);
    expect((await check(await sealClaims(test.claims, w.ps256))).reasons).toEqual([
      'TEST_NEGATIVE',
    ]);
  });

  it('revokes a certificate by any of its entries, and a signer by its kid', async () => {
    const { claims } = claimsOf({
      entries: [vaccine(1, 2, '2021-06-01'), vaccine(2, 2, '2022-01-01')],
      ids: ['URN:UVCI:01:VN:OLD', 'URN:UVCI:01:VN:NEW'],
    });
    const text = await sealClaims(claims, w.es256);
    const { createHash } = await import('node:crypto');
    const hashOf = (ci: string) =>
      createHash('sha256').update(ci).digest().subarray(0, 16).toString('base64url');
    const r = await check(text);
    expect(r.passHash).toBe(hashOf('URN:UVCI:01:VN:NEW'));
    for (const revoked of [hashOf('URN:UVCI:01:VN:OLD'), hashOf('URN:UVCI:01:VN:NEW')]) {
      const bundle = { ...w.bundle, revokedPasses: new Set([revoked]) };
      const out = await verifyCode(text, { bundle, policy: DEFAULT_POLICY, now: w.now, verifier });
      expect(out.reasons).toEqual(['PASS_REVOKED']);
    }
    const kid = Buffer.from(w.es256.kid).toString('base64url');
    const bundle = { ...w.bundle, revokedKids: new Set([kid]) };
    expect(
      (await verifyCode(text, { bundle, policy: DEFAULT_POLICY, now: w.now, verifier })).reasons,
    ).toEqual(['KEY_REVOKED']);
  });

  it('decodes the whole text before any signature check: malformed wins', async () => {
    const { claims } = claimsOf({ entries: [vaccine()] });
    claims.delete(6);
    const text = await sealClaims(claims, w.other); // unknown signer too
    expect((await check(text)).reasons).toEqual(['FORMAT_MALFORMED']);
  });

  it('calls any text starting HC1: a DCC, a malformed one when too long to be a QR', async () => {
    const long = `HC1:${'0'.repeat(9000)}`;
    expect(await check(long)).toMatchObject({ format: 'dcc', reasons: ['FORMAT_MALFORMED'] });
    expect(await check(`x${long}`)).toMatchObject({ format: 'unknown' });
    expect(await check('HC1:')).toMatchObject({ format: 'dcc', reasons: ['FORMAT_MALFORMED'] });
  });

  it('a kiosk with no bundle never admits a DCC', async () => {
    const r = await verifyCode(sample('vaccinated'), {
      bundle: null,
      policy: DEFAULT_POLICY,
      now: w.now,
      verifier,
    });
    expect(r).toMatchObject({ verdict: 'review', reasons: ['BUNDLE_MISSING'] });
  });
});
