// The re-entry rule through the kiosk's services over the real store (fake-indexeddb): what
// the log records when the same person comes back, as the door saw it. Each case is one of
// the issue's: a tampered code after a valid one, a green after a red, an undecided or refused
// review, another code of the same person, check-out, the window and its "off".
import { describe, expect, it } from 'vitest';
import { encodeB64u, type CheckResult } from '../../src/core';
import { issueSignedCode } from '../../src/issuer/personal-code';
import type { CheckInOutcome, Settings } from '../../src/model';
import { storedEntries } from '../support/test-store';
import { testKiosk } from '../support/test-kiosk';
import { fixtureEnvelope, fixtureWorld, issuerKey, NOW, rootKey } from '../support/world';

const world = fixtureWorld();
const code = (kind: string) => world.samples.find((s) => s.kind === kind)!.text;
const MIN = 60_000;

/** The green sample's person with another pass: re-issued a day later (another passHash). */
const reissuedGreen = issueSignedCode(
  {
    documentNumber: '001093029317',
    name: 'NGUYEN LE KHA HAN',
    birthDate: '1987-01-18',
    declaredBy: '0',
    qid: '162979388586171100',
    gender: '1',
    insuranceNumber: 'HS4010120878821',
    phone: '0944713700',
  },
  { issuedAt: NOW - 1 * 86_400_000, vaccination: '2,2,20210801,AZ' },
  issuerKey,
);

async function kiosk(settings: Partial<Settings> = {}) {
  const { store, services, clock } = await testKiosk(NOW);
  await services.setup.standalone(encodeB64u(rootKey.publicKey), JSON.stringify(fixtureEnvelope()));
  await services.settings.save(settings);
  const scan = async (text: string) => {
    clock.now += 1_000;
    return services.checkIn.scan(text, 'camera');
  };
  const verdictOf = (o: CheckInOutcome): string =>
    o.kind === 'duplicate' ? 'duplicate' : (o as { result: CheckResult }).result.verdict;
  return { store, services, clock, scan, verdictOf };
}

describe('re-entry at the door', () => {
  it('the default window is five minutes: the same admitted pass is "already in" within it', async () => {
    const k = await kiosk();
    expect(k.services.settings.current.value.duplicateWindowSec).toBe(300);
    const first = await k.scan(code('green'));
    k.clock.now += 4 * MIN;
    const again = await k.scan(code('green'));
    expect(again).toMatchObject({ kind: 'duplicate' });
    if (again.kind !== 'duplicate' || first.kind !== 'logged') throw new Error('kinds');
    expect(again.previous.id).toBe(first.entry.id); // the screen says when: the admitted entry
    k.clock.now += 1 * MIN;
    expect(k.verdictOf(await k.scan(code('green')))).toBe('admit');
    expect(await storedEntries(k.store)).toHaveLength(2);
  });

  it('a tampered code after a valid one for the same person is red and logged', async () => {
    const k = await kiosk();
    await k.scan(code('green'));
    const tampered = await k.scan(code('tampered'));
    expect(tampered).toMatchObject({ kind: 'logged', result: { verdict: 'deny' } });
    expect((await storedEntries(k.store)).map((e) => e.verdict)).toEqual(['admit', 'deny']);
  });

  it('a person denied and then shown a green pass is logged as admitted; a deny never suppresses', async () => {
    const k = await kiosk();
    expect(k.verdictOf(await k.scan(code('red')))).toBe('deny');
    expect(k.verdictOf(await k.scan(code('red')))).toBe('deny');
    expect(k.verdictOf(await k.scan(code('tampered')))).toBe('deny');
    expect(k.verdictOf(await k.scan(code('green')))).toBe('admit');
    expect((await storedEntries(k.store)).map((e) => e.verdict)).toEqual([
      'deny',
      'deny',
      'deny',
      'admit',
    ]);
  });

  it('an undecided, refused or closed review never makes the next scan "already in"; an admitted one does', async () => {
    const k = await kiosk();
    const open = await k.scan(code('cccd'));
    expect(k.verdictOf(await k.scan(code('cccd')))).toBe('review'); // the first still undecided
    if (open.kind !== 'logged') throw new Error('logged');
    const entries = await storedEntries(k.store);
    await k.services.checkIn.decide(entries[1]!.id, 'refuse');
    expect(k.verdictOf(await k.scan(code('cccd')))).toBe('review');
    await k.services.checkIn.decide((await storedEntries(k.store))[2]!.id, 'none');
    expect(k.verdictOf(await k.scan(code('cccd')))).toBe('review');
    await k.services.checkIn.decide((await storedEntries(k.store))[3]!.id, 'admit');
    const repeat = await k.scan(code('cccd'));
    expect(repeat).toMatchObject({ kind: 'duplicate', previous: { decision: 'admit' } });
    expect((await storedEntries(k.store)).map((e) => e.decision)).toEqual([
      null,
      'refuse',
      'none',
      'admit',
    ]);
  });

  it('another code of the same person is verified and logged on its own', async () => {
    const k = await kiosk();
    await k.scan(code('green'));
    const other = await k.scan(reissuedGreen);
    expect(other).toMatchObject({ kind: 'logged', result: { verdict: 'admit' } });
    const [a, b] = await storedEntries(k.store);
    expect(a!.passId).toBe(b!.passId); // the same person
    expect(a!.passHash).not.toBe(b!.passHash); // another pass
    // Each pass is then "already in" on its own.
    expect(k.verdictOf(await k.scan(code('green')))).toBe('duplicate');
    expect(k.verdictOf(await k.scan(reissuedGreen))).toBe('duplicate');
  });

  it('check-out: the same rule, per direction', async () => {
    const k = await kiosk();
    await k.scan(code('green'));
    await k.services.settings.save({ direction: 'out' });
    expect(k.verdictOf(await k.scan(code('green')))).toBe('admit'); // the exit is logged
    const again = await k.scan(code('green'));
    expect(again).toMatchObject({ kind: 'duplicate', previous: { direction: 'out' } });
    await k.services.settings.save({ direction: 'in' });
    expect(k.verdictOf(await k.scan(code('green')))).toBe('duplicate'); // in at 0 s, still
    expect((await storedEntries(k.store)).map((e) => e.direction)).toEqual(['in', 'out']);
  });

  it('a window of 0 turns the rule off', async () => {
    const k = await kiosk({ duplicateWindowSec: 0 });
    await k.scan(code('green'));
    expect(k.verdictOf(await k.scan(code('green')))).toBe('admit');
    expect(await storedEntries(k.store)).toHaveLength(2);
  });
});
