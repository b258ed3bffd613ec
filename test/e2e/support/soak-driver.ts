// The soak's scan loop, run inside the kiosk page so that a scan costs no round trip to the
// test: paste a code (the kiosk's real paste handler), wait for the verdict screen, tap it
// away, wait until the kiosk is ready for the next code, repeat. The page's CSP forbids eval,
// so this is a function handed to page.evaluate (DevTools evaluation is exempt), not a string
// given to page.waitForFunction.
import type { Page } from '@playwright/test';

export interface ChunkResult {
  /** How many verdict screens of each tone were seen. */
  tones: Record<string, number>;
  /** Verdicts that carried a warning (entry not saved). */
  warnings: number;
  ms: number;
  /** Slowest single scan, paste to verdict on screen. */
  slowestMs: number;
}

export function runSoakChunk(
  page: Page,
  codes: readonly string[],
  timeoutMs = 10_000,
): Promise<ChunkResult> {
  return page.evaluate(
    async ([codes, timeoutMs]) => {
      /** Resolves when `test` holds after a DOM change (or already does); rejects on timeout. */
      const when = <T>(test: () => T | null, what: string) =>
        new Promise<T>((resolve, reject) => {
          const found = test();
          if (found) return resolve(found);
          const timer = setTimeout(
            () => (observer.disconnect(), reject(new Error(`timed out waiting for ${what}`))),
            timeoutMs,
          );
          const observer = new MutationObserver(() => {
            const value = test();
            if (value) {
              observer.disconnect();
              clearTimeout(timer);
              resolve(value);
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
      // The kiosk takes the next code once the verdict's paint has been recorded: one frame on.
      const nextFrame = () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => setTimeout(resolve, 0);
            channel.port2.postMessage(null);
          }),
        );
      const tones: Record<string, number> = {};
      let warnings = 0;
      let slowestMs = 0;
      const start = performance.now();
      for (let i = 0; i < codes.length; i++) {
        const data = new DataTransfer();
        data.setData('text/plain', codes[i]!);
        const pastedAt = performance.now();
        document.body.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
        const verdict = await when(
          () => document.querySelector<HTMLElement>('.verdict'),
          `the verdict of code ${i}`,
        );
        slowestMs = Math.max(slowestMs, performance.now() - pastedAt);
        const tone = verdict.dataset.tone ?? '?';
        tones[tone] = (tones[tone] ?? 0) + 1;
        if (verdict.querySelector('.verdict__warning')) warnings++;
        // A review waits for the guard's decision; anything else goes with a tap.
        if (verdict.dataset.waiting === 'true')
          verdict.querySelector<HTMLButtonElement>('.btn--admit')!.click();
        else verdict.click();
        await when(() => !document.querySelector('.verdict'), `the verdict of code ${i} to go`);
        await nextFrame();
      }
      return { tones, warnings, ms: performance.now() - start, slowestMs };
    },
    [codes, timeoutMs] as const,
  );
}
