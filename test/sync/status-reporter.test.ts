// When the kiosk sends its status report: the first round, then at most every few minutes,
// but at once when the bundle, a refusal or the version changes; a report that failed goes
// again after the next round.
import { describe, expect, it } from 'vitest';
import { createStatusReporter, type StatusFacts } from '../../src/sync/status-reporter';
import type { DeviceStatusReport } from '../../src/sync/wire';

function setup(everyMs = 180_000) {
  const clock = { now: 1_000_000 };
  const facts: StatusFacts = {
    pending: 3,
    appVersion: '0.2.0',
    bundleSeq: 4,
    bundleIssuedAt: 500,
    bundleRefusal: null,
  };
  const sent: DeviceStatusReport[] = [];
  let answer = true;
  const reporter = createStatusReporter({
    facts: async () => ({ ...facts }),
    now: () => clock.now,
    everyMs,
  });
  const round = () =>
    reporter.afterRound(async (report) => {
      sent.push(report);
      return answer;
    });
  return { clock, facts, sent, round, failNext: (fail: boolean) => void (answer = !fail) };
}

describe('status reporter', () => {
  it('reports after the first round, then not again until the interval has passed', async () => {
    const { clock, facts, sent, round } = setup();
    expect(await round()).toBe('sent');
    expect(sent).toEqual([{ ...facts, reportedAt: 1_000_000 }]);
    facts.pending = 0; // a pending count alone waits for the interval
    clock.now += 179_999;
    expect(await round()).toBe('not-due');
    clock.now += 1;
    expect(await round()).toBe('sent');
    expect(sent.at(-1)).toMatchObject({ pending: 0, reportedAt: 1_180_000 });
  });

  it('reports at once when the bundle, a refusal or the version changes', async () => {
    const { clock, facts, sent, round } = setup();
    await round();
    clock.now += 1000;
    facts.bundleRefusal = { code: 'BUNDLE_ROOT_UNKNOWN', at: clock.now };
    expect(await round()).toBe('sent');
    clock.now += 1000;
    expect(await round()).toBe('not-due');
    facts.bundleRefusal = null;
    facts.bundleSeq = 5;
    expect(await round()).toBe('sent');
    facts.appVersion = '0.2.1';
    expect(await round()).toBe('sent');
    expect(sent.map((r) => [r.bundleSeq, r.bundleRefusal?.code ?? null, r.appVersion])).toEqual([
      [4, null, '0.2.0'],
      [4, 'BUNDLE_ROOT_UNKNOWN', '0.2.0'],
      [5, null, '0.2.0'],
      [5, null, '0.2.1'],
    ]);
  });

  it('tries a failed report again after the next round, and a clock that went back', async () => {
    const { clock, sent, round, failNext } = setup();
    failNext(true);
    expect(await round()).toBe('failed');
    failNext(false);
    expect(await round()).toBe('sent');
    clock.now -= 3_600_000;
    expect(await round()).toBe('sent');
    expect(sent).toHaveLength(3);
  });
});
