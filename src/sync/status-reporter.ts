// When the kiosk tells the server about itself (pending entries, app version, trust bundle,
// the last bundle it refused): after a sync round the server answered, at most once every
// STATUS_EVERY_MS, but at once when something the owner or operator acts on changed (a new
// bundle, a refusal, an update), so `kiosk bundle publish` and the owner page hear of it in
// the next round. A report that did not go is tried again after the next round.
import type { DeviceStatusReport } from './wire';

export const STATUS_EVERY_MS = 3 * 60_000;

/** What the kiosk knows of itself; the reporter adds when it says it. */
export type StatusFacts = Omit<DeviceStatusReport, 'reportedAt'>;

export type StatusOutcome = 'sent' | 'not-due' | 'failed';

export interface StatusReporter {
  /** Sends a report through `send` if one is due; never throws for the network. */
  afterRound(send: (report: DeviceStatusReport) => Promise<boolean>): Promise<StatusOutcome>;
}

/** The facts that make a report due at once when they change. */
const keyOf = (f: StatusFacts) =>
  JSON.stringify([f.appVersion, f.bundleSeq, f.bundleRefusal ?? null]);

export function createStatusReporter(deps: {
  facts: () => Promise<StatusFacts>;
  now: () => number;
  everyMs?: number;
}): StatusReporter {
  const everyMs = deps.everyMs ?? STATUS_EVERY_MS;
  let last: { at: number; key: string } | null = null;
  return {
    async afterRound(send) {
      const facts = await deps.facts();
      const key = keyOf(facts);
      const at = deps.now();
      // A clock that went back (at < last.at) makes a report due rather than none for hours.
      if (last && last.key === key && at >= last.at && at - last.at < everyMs) return 'not-due';
      if (!(await send({ ...facts, reportedAt: at }))) return 'failed';
      last = { at, key };
      return 'sent';
    },
  };
}
