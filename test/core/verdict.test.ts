// Verdict rules beyond the shared vectors: no bundle, reason order, identity and holder fields.
import { describe, expect, it } from 'vitest';
import {
  createNobleVerifier,
  DAY_MS,
  DEFAULT_POLICY,
  verifyCode,
  type VenuePolicy,
} from '../../src/core';
import { fixtureWorld, NOW } from '../support/world';

const verifier = createNobleVerifier();
const world = fixtureWorld();
const code = (kind: string) => world.samples.find((s) => s.kind === kind)!.text;
const check = (
  text: string,
  opts: { bundle?: typeof world.bundle | null; now?: number; policy?: VenuePolicy } = {},
) =>
  verifyCode(text, {
    bundle: opts.bundle === undefined ? world.bundle : opts.bundle,
    policy: opts.policy ?? DEFAULT_POLICY,
    now: opts.now ?? NOW,
    verifier,
  });

describe('verdicts', () => {
  it('never admits without a trust bundle', async () => {
    const signed = await check(code('green'), { bundle: null });
    expect(signed).toMatchObject({ verdict: 'review', color: 'none', reasons: ['BUNDLE_MISSING'] });
    const cccd = await check(code('cccd'), {
      bundle: null,
      policy: { ...DEFAULT_POLICY, unsigned: 'admit' },
    });
    expect(cccd.verdict).toBe('review');
    expect(cccd.reasons).toEqual(['BUNDLE_MISSING', 'IDENTITY_ONLY']);
  });

  it('leaves a failure of steps 1–3 as it is, however old the bundle or slow the clock', async () => {
    for (const now of [NOW + 20 * DAY_MS, NOW - 2 * DAY_MS]) {
      expect((await check(code('tampered'), { now })).reasons).toEqual(['SIG_INVALID']);
      expect((await check('https://example.com/', { now })).reasons).toEqual(['FORMAT_UNKNOWN']);
    }
  });

  it('puts BUNDLE_STALE and CLOCK_BEHIND first on every result that passed steps 1–3', async () => {
    const stale = NOW + 14 * DAY_MS;
    const behind = NOW - 2 * DAY_MS;
    const green = await check(code('green'), { now: stale });
    expect(green).toMatchObject({
      verdict: 'review',
      color: 'green',
      reasons: ['BUNDLE_STALE', 'VACCINATED_FULL'],
    });
    // Also where the warning does not change the verdict: a red deny, an identity-only review.
    const red = await check(code('red'), { now: stale });
    expect(red).toMatchObject({ verdict: 'deny', reasons: ['BUNDLE_STALE', 'NO_VALID_STATUS'] });
    const cccd = await check(code('cccd'), { now: stale });
    expect(cccd).toMatchObject({ verdict: 'review', reasons: ['BUNDLE_STALE', 'IDENTITY_ONLY'] });
    const late = await check(code('green'), { now: behind });
    expect(late).toMatchObject({ verdict: 'review', reasons: ['CLOCK_BEHIND', 'VACCINATED_FULL'] });
    const unsigned = await check(code('unsigned'), { now: behind });
    expect(unsigned.reasons).toEqual(['CLOCK_BEHIND', 'IDENTITY_ONLY']);
  });

  it('a stale-bundle policy of deny denies', async () => {
    const r = await check(code('green'), {
      now: NOW + 14 * DAY_MS,
      policy: { ...DEFAULT_POLICY, staleBundle: 'deny' },
    });
    expect(r.verdict).toBe('deny');
  });

  it('gives each sample its outcome, with holder, pass identity and hash', async () => {
    const expected: Record<string, [string, string, string]> = {
      green: ['pqr-signed', 'admit', 'VACCINATED_FULL'],
      yellow: ['pqr-signed', 'admit', 'TEST_NEGATIVE'],
      red: ['pqr-signed', 'deny', 'TEST_POSITIVE'],
      tampered: ['pqr-signed', 'deny', 'SIG_INVALID'],
      expired: ['pqr-signed', 'deny', 'PASS_EXPIRED'],
      unsigned: ['pqr-unsigned', 'review', 'IDENTITY_ONLY'],
      cccd: ['cccd', 'review', 'IDENTITY_ONLY'],
      'can-cuoc': ['cccd', 'review', 'IDENTITY_ONLY'],
    };
    for (const s of world.samples) {
      const r = await check(s.text);
      expect([r.format, r.verdict, r.reasons[0]], s.kind).toEqual(expected[s.kind]);
      expect(r.holder?.maskedId).toMatch(/^\*+\d{4}$/);
    }
    const green = await check(code('green'));
    expect(green).toMatchObject({
      passId: 'qid:162979388586171100',
      kid: world.bundle.issuers[0]!.kid,
      holder: { name: 'NGUYEN LE KHA HAN', birthYear: 1987 },
    });
    expect(green.passHash).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const cccd = await check(code('cccd'));
    expect(cccd).toMatchObject({
      passId: 'cccd:001093029317',
      passHash: null,
      holder: { name: 'Nguyễn Lê Kha Hân', birthYear: 1987 },
      details: { kind: 'id-card', card: 'cccd-chip' },
    });
    const canCuoc = await check(code('can-cuoc'));
    expect(canCuoc).toMatchObject({
      passId: 'cccd:093186002237',
      holder: { name: 'Nguyễn Thị Kim Thư', birthYear: 1986, maskedId: '********2237' },
      details: { kind: 'id-card', card: 'can-cuoc-2024' },
    });
    expect((await check(code('green'))).details).toBeNull();
  });

  it('shows an unsigned name without its control and bidi characters', async () => {
    const r = await check('001093029317|EVIL\u202eNAME\u0007<b>|1987-01-18|0|1|<1<<');
    expect(r.format).toBe('pqr-unsigned');
    expect(r.holder?.name).toBe('EVILNAME<b>'); // shown as inert text
  });
});
