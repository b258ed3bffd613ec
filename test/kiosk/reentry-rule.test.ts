// The re-entry rule on its own (src/kiosk/reentry-rule.ts): which earlier entry makes a scan
// "already checked in". Same pass = same stored identity and same code; only an admitted
// entry with the same result suppresses; the newest entry of that pass is the one that counts.
import { describe, expect, it } from 'vitest';
import { repeatOf, samePass, sameResult } from '../../src/kiosk/reentry-rule';
import type { Entry } from '../../src/model';
import { plausibleEntry } from '../support/make-entry';

const AT = Date.parse('2026-03-02T02:12:00Z');
let serial = 0;
const entry = (over: Partial<Entry> = {}) =>
  plausibleEntry(AT + serial++, 1, { passId: 'p1:person', passHash: 'code-A', ...over });
const review = (decision: Entry['decision'], over: Partial<Entry> = {}) =>
  entry({
    format: 'cccd',
    verdict: 'review',
    color: 'none',
    reasons: ['IDENTITY_ONLY'],
    passHash: null,
    decision,
    ...over,
  });

describe('re-entry rule', () => {
  it('the same pass is the same stored identity and the same code, whatever form the identity has', () => {
    expect(samePass(entry(), entry())).toBe(true);
    // Compared for equality only: a pseudonym works as well as a raw identity.
    expect(samePass(entry({ passId: 'qid:1' }), entry({ passId: 'qid:1' }))).toBe(true);
    expect(samePass(entry(), entry({ passId: 'p1:other' }))).toBe(false);
    // Another code of the same person: a re-issued pass, a tampered copy, an ID card.
    expect(samePass(entry(), entry({ passHash: 'code-B' }))).toBe(false);
    expect(samePass(entry(), entry({ passHash: null }))).toBe(false);
    expect(samePass(entry(), entry({ format: 'dcc' }))).toBe(false);
    // No identity: never the same pass.
    expect(samePass(entry({ passId: null }), entry({ passId: null }))).toBe(false);
  });

  it("counts one holder's DCCs as one pass: a new certificate per dose is the same person", () => {
    const dcc = (over: Partial<Entry> = {}) => entry({ format: 'dcc', ...over });
    expect(samePass(dcc({ passHash: 'dose-2' }), dcc({ passHash: 'booster' }))).toBe(true);
    expect(samePass(dcc(), dcc({ passId: 'p1:other' }))).toBe(false);
    // Their personal QR is still another code.
    expect(samePass(dcc(), entry())).toBe(false);
    const booster = dcc({ passHash: 'booster' });
    expect(repeatOf(booster, [dcc({ passHash: 'dose-2' })])).toBeDefined();
    // A tampered copy is denied: a new result, never suppressed.
    const tampered = dcc({
      passHash: null,
      verdict: 'deny',
      color: 'none',
      reasons: ['SIG_INVALID'],
    });
    expect(repeatOf(tampered, [dcc({ passHash: 'dose-2' })])).toBeUndefined();
  });

  it('the same result is the same verdict, colour and reasons', () => {
    expect(sameResult(entry(), entry())).toBe(true);
    expect(sameResult(entry(), entry({ color: 'yellow' }))).toBe(false);
    expect(
      sameResult(
        entry(),
        entry({ reasons: ['BUNDLE_STALE', 'VACCINATED_FULL'], verdict: 'review' }),
      ),
    ).toBe(false);
    expect(sameResult(entry(), entry({ reasons: ['TEST_NEGATIVE'] }))).toBe(false);
  });

  it('only an admitted earlier entry suppresses: by its verdict, or by the guard', () => {
    const next = entry();
    expect(repeatOf(next, [entry()])).toBeDefined();
    const card = review(null);
    expect(repeatOf(card, [review('admit')])?.decision).toBe('admit');
    for (const decision of [null, 'refuse', 'none'] as const)
      expect(repeatOf(card, [review(decision)]), String(decision)).toBeUndefined();
    const denied = entry({ verdict: 'deny', color: 'red', reasons: ['TEST_POSITIVE'] });
    expect(repeatOf({ ...denied, id: 'next' }, [denied])).toBeUndefined();
  });

  it('a different result is a new verdict, even after an admit of the same pass', () => {
    const admitted = entry();
    // The same code, denied now (its test result expired, its signature fails...).
    expect(
      repeatOf(entry({ verdict: 'deny', color: 'none', reasons: ['SIG_INVALID'] }), [admitted]),
    ).toBeUndefined();
    expect(
      repeatOf(entry({ verdict: 'review', reasons: ['BUNDLE_STALE', 'VACCINATED_FULL'] }), [
        admitted,
      ]),
    ).toBeUndefined();
  });

  it('looks at the newest entry of the same pass, past other codes of the same person', () => {
    const admitted = entry();
    const card = review(null);
    const tampered = entry({
      passHash: 'code-X',
      verdict: 'deny',
      color: 'none',
      reasons: ['SIG_INVALID'],
    });
    // Newest first, as the store gives them: the ID card and the tampered copy are other passes.
    expect(repeatOf(entry(), [tampered, card, admitted])?.id).toBe(admitted.id);
    // The newest of the same pass was a refusal after the admit: no suppression.
    const refusedLater = review('refuse');
    expect(repeatOf(review(null), [refusedLater, review('admit')])).toBeUndefined();
  });
});
