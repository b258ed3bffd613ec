// Keeping personal data no longer than the venue's retention: a purge at start and then a few
// times a day (src/store/retention.ts deletes only entries the server already has).
import type { PurgeResult, Store } from '../model';

/** Retention runs at start and then a few times a day; it only ever deletes synced entries. */
export const PURGE_EVERY_MS = 6 * 60 * 60_000;

export interface RetentionService {
  /** Purges now (also the admin's button); resolves with what it did. */
  purge(now?: number): Promise<PurgeResult>;
  start(): void;
  dispose(): void;
}

export function createRetentionService(deps: {
  store: Pick<Store, 'purgeExpired'>;
  retentionDays(): number;
  now: () => number;
  /** After a purge that deleted entries (the counters follow). */
  onPurged(): void;
}): RetentionService {
  let timer: ReturnType<typeof setInterval> | undefined;
  async function purge(now = deps.now()): Promise<PurgeResult> {
    const result = await deps.store.purgeExpired(now, deps.retentionDays());
    deps.onPurged();
    return result;
  }
  const quietly = () => void purge().catch(() => undefined);
  return {
    purge,
    start() {
      clearInterval(timer);
      quietly();
      timer = setInterval(quietly, PURGE_EVERY_MS);
    },
    dispose() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
