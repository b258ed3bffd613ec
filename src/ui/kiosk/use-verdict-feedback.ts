// What follows a verdict onto the screen: the screen-reader announcement at once, and once the
// verdict is painted the sound and vibration (starting audio first would delay the picture)
// and the scan's timing (src/scan/scan-timings.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScanPhase } from '../../kiosk/scan-controller';
import type { Settings } from '../../model';
import { afterNextPaint, measureScan } from '../../scan/scan-timings';
import type { Strings } from '../i18n';
import { playCue } from '../platform/verdict-feedback';
import { verdictView } from './verdict-view';

type Verdict = Extract<ScanPhase, { phase: 'verdict' }>;

/** Returns the latest announcement for the live region (it stays after the verdict goes). */
export function useVerdictFeedback(
  state: ScanPhase,
  settings: Pick<Settings, 'direction' | 'sounds' | 'vibration'>,
  s: Strings,
): string {
  const [announcement, setAnnouncement] = useState('');
  const shown = useRef<{ verdict: Verdict | null; settings: typeof settings; s: Strings }>({
    verdict: null,
    settings,
    s,
  });
  const verdict = state.phase === 'verdict' ? state : null;
  shown.current = { verdict, settings, s };
  const shownAt = verdict?.shownAt ?? null;

  useEffect(() => {
    const { verdict, settings, s } = shown.current;
    if (!verdict) return;
    const { outcome, start, source } = verdict;
    const view = verdictView(outcome, settings.direction, s, verdict.shownAt);
    setAnnouncement(view.announcement);
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

  return announcement;
}
