// What follows a verdict onto the screen: the screen-reader announcement with it, and once it
// is painted the sound and vibration (starting audio first would delay the picture) and the
// scan's timing (src/scan/scan-timings.ts). The layout effect runs before the first paint of
// the verdict, so "painted" is that paint and not the next frame's.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ScanPhase } from '../../kiosk/scan-controller';
import type { Settings } from '../../model';
import { afterNextPaint, measureScan } from '../../scan/scan-timings';
import { playCue } from '../platform/verdict-feedback';
import type { VerdictView } from './verdict-view';

type Verdict = Extract<ScanPhase, { phase: 'verdict' }>;

/** Returns the latest announcement for the live region (it stays after the verdict goes). */
export function useVerdictFeedback(
  verdict: Verdict | null,
  view: VerdictView | null,
  settings: Pick<Settings, 'sounds' | 'vibration'>,
): string {
  const announced = useRef({ shownAt: -1, text: '' });
  if (verdict && view && announced.current.shownAt !== verdict.shownAt)
    announced.current = { shownAt: verdict.shownAt, text: view.announcement };
  const latest = useRef({ verdict, view, settings });
  latest.current = { verdict, view, settings };
  const shownAt = verdict?.shownAt ?? null;

  useLayoutEffect(() => {
    const { verdict, view, settings } = latest.current;
    // A review reopened after a reload is no new scan: announced, but no cue and no timing.
    if (!verdict || !view || verdict.reopened) return;
    const { outcome, start, source } = verdict;
    void afterNextPaint().then((painted) => {
      const cue =
        view.tone === 'duplicate'
          ? 'duplicate'
          : outcome.kind === 'manual' || view.tone === 'exit'
            ? 'admit'
            : outcome.result.verdict;
      playCue(cue, { sound: settings.sounds, vibrate: settings.vibration });
      const steps = outcome.timings ?? { verifyMs: 0, storeMs: 0 };
      const renderStart = start.startedAt + start.decodeMs + steps.verifyMs + steps.storeMs;
      measureScan(start.startedAt, painted, {
        source,
        decodeMs: start.decodeMs,
        ...steps,
        renderMs: Math.max(0, painted - renderStart),
      });
    });
  }, [shownAt]);

  return announced.current.text;
}
