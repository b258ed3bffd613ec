import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../../src/model';
import {
  UpdateController,
  type UpdateSource,
  type WorkerVersion,
} from '../../src/pwa/update-controller';

type Listener = (event: { isUpdate?: boolean; isExternal?: boolean }) => void;

/** Stands in for workbox-window's Workbox: records SKIP_WAITING and fires lifecycle events. */
class FakeWorkbox implements UpdateSource {
  readonly listeners = new Map<string, Listener[]>();
  skipWaitingSent = 0;
  updateChecks = 0;
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string, event: { isUpdate?: boolean; isExternal?: boolean } = {}): void {
    for (const l of this.listeners.get(type) ?? []) l(event);
  }
  messageSkipWaiting(): void {
    this.skipWaitingSent++;
  }
  update(): Promise<void> {
    this.updateChecks++;
    return Promise.reject(new Error('offline'));
  }
}

const IDLE = 30_000;

function setup() {
  const reload = vi.fn();
  const controller = new UpdateController({
    reload,
    idleMs: IDLE,
    checkEveryMs: 3_600_000,
    controlTimeoutMs: 10_000,
  });
  const wb = new FakeWorkbox();
  controller.attach(wb);
  return { controller, wb, reload };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('UpdateController', () => {
  it('says "ready offline" after the first install only', () => {
    const { controller, wb } = setup();
    wb.fire('installed', { isUpdate: true });
    expect(controller.offlineReady.value).toBe(false);
    wb.fire('installed', {});
    expect(controller.offlineReady.value).toBe(true);
    controller.dismissOfflineReady();
    expect(controller.offlineReady.value).toBe(false);
  });

  it("announces a waiting worker and applies it on the guard's tap, reloading once it controls", () => {
    const { controller, wb, reload } = setup();
    expect(controller.updateReady.value).toBe(false);
    wb.fire('waiting', { isUpdate: true });
    expect(controller.updateReady.value).toBe(true);
    controller.apply();
    expect(wb.skipWaitingSent).toBe(1);
    expect(reload).not.toHaveBeenCalled();
    wb.fire('controlling', { isUpdate: true });
    expect(reload).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never applies during a verdict: a tap waits until the verdict is gone', () => {
    const { controller, wb } = setup();
    wb.fire('waiting', {});
    controller.setBusy(true);
    controller.apply();
    vi.advanceTimersByTime(5 * IDLE);
    expect(wb.skipWaitingSent).toBe(0);
    controller.setBusy(false);
    expect(wb.skipWaitingSent).toBe(1);
  });

  it('applies by itself only after the kiosk has been idle for the whole quiet time', () => {
    const { controller, wb } = setup();
    wb.fire('waiting', {});
    vi.advanceTimersByTime(IDLE - 1000);
    controller.setBusy(true); // a scan: the verdict is on screen
    vi.advanceTimersByTime(10 * IDLE);
    expect(wb.skipWaitingSent).toBe(0);
    controller.setBusy(false);
    vi.advanceTimersByTime(IDLE - 1);
    expect(wb.skipWaitingSent).toBe(0);
    vi.advanceTimersByTime(1);
    expect(wb.skipWaitingSent).toBe(1);
    expect(controller.applying.value).toBe(true);
  });

  it('holds while an admin screen is open, but still applies on a tap', () => {
    const { controller, wb } = setup();
    const release = controller.hold();
    wb.fire('waiting', {});
    vi.advanceTimersByTime(10 * IDLE);
    expect(wb.skipWaitingSent).toBe(0);
    release();
    release(); // twice is harmless
    vi.advanceTimersByTime(IDLE);
    expect(wb.skipWaitingSent).toBe(1);

    const second = setup();
    second.controller.hold();
    second.wb.fire('waiting', {});
    second.controller.apply();
    expect(second.wb.skipWaitingSent).toBe(1);
  });

  it('does nothing on a tap when no update is waiting', () => {
    const { controller, wb, reload } = setup();
    controller.apply();
    vi.advanceTimersByTime(10 * IDLE);
    expect(wb.skipWaitingSent).toBe(0);
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads anyway if the new worker never takes control', () => {
    const { controller, wb, reload } = setup();
    wb.fire('waiting', {});
    controller.apply();
    vi.advanceTimersByTime(9_999);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('when another tab activated a new version, reloads at the next quiet moment', () => {
    const { controller, wb, reload } = setup();
    controller.setBusy(true);
    wb.fire('controlling', { isUpdate: true, isExternal: true });
    expect(controller.updateReady.value).toBe(true);
    vi.advanceTimersByTime(10 * IDLE);
    expect(reload).not.toHaveBeenCalled();
    controller.setBusy(false);
    vi.advanceTimersByTime(IDLE);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(wb.skipWaitingSent).toBe(0);
  });

  it('asks for a new worker every hour and shrugs off failures offline', () => {
    const { wb } = setup();
    vi.advanceTimersByTime(3 * 3_600_000);
    expect(wb.updateChecks).toBe(3);
  });

  it('never applies a waiting worker of an older build (a rollback on the server), even on a tap', async () => {
    const { controller, wb, reload } = setup();
    const answers: (WorkerVersion | null)[] = [null, { appVersion: '0.1.9', schemaVersion: 2 }];
    Object.assign(wb, { waitingVersion: async () => answers.shift() ?? null });
    for (let i = 0; i < 2; i++) {
      // 0.1.0 does not answer; a build of an older data version answers what it is.
      wb.fire('waiting', { isUpdate: true });
      await vi.advanceTimersByTimeAsync(0);
      expect(controller.updateReady.value).toBe(false);
      controller.apply();
      await vi.advanceTimersByTimeAsync(10 * IDLE);
      expect(wb.skipWaitingSent).toBe(0);
      expect(reload).not.toHaveBeenCalled();
    }
    expect(controller.olderWaiting.value).toEqual({ appVersion: '0.1.9' });

    // The server serves this release (or a newer one) again: that worker is applied as usual.
    Object.assign(wb, {
      waitingVersion: async () => ({ appVersion: '0.2.0', schemaVersion: SCHEMA_VERSION }),
    });
    wb.fire('waiting', { isUpdate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.olderWaiting.value).toBeNull();
    expect(controller.updateReady.value).toBe(true);
    controller.apply();
    expect(wb.skipWaitingSent).toBe(1);
  });
});
