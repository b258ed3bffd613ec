// The screen a guard looks at all day: the camera, the status bar, the ways to enter a code,
// and the verdict. It owns only screen state; checking, logging and syncing are services.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../../app/context';
import { UpdateBanner } from '../../pwa/update-banner';
import type { CheckInOutcome } from '../../app/services';
import type { DecodedFrame } from '../../scan/frame-loop';
import { listenForWedgeScans } from '../../scan/keyboard-wedge';
import { afterNextPaint, recordScanTiming } from '../../scan/scan-timings';
import type { EntrySource } from '../../store/types';
import { useStrings } from '../i18n';
import { keepScreenAwake } from '../platform/screen';
import { playCue } from '../platform/verdict-feedback';
import { CameraProblemPanel } from './camera-problem';
import { CodeEntryDialog, ManualEntryDialog } from './entry-dialogs';
import { KioskToolbar } from './kiosk-toolbar';
import { ZoomControl } from '../camera/zoom-control';
import { ScanTips } from './scan-tips';
import { StatusBar } from './status-bar';
import { useScanner } from './use-scanner';
import { VerdictScreen } from './verdict-screen';
import { autoReturnSeconds, verdictView } from './verdict-view';
import { useNow } from './use-now';
import { setScanBusy } from './scan-busy';

/** The same text again right after a verdict is the code still held up: let it go by. */
const SAME_CODE_COOLDOWN_MS = 2000;

type Dialog = 'code' | 'manual' | null;

export function KioskScreen({ onOpenAdmin }: { onOpenAdmin: () => void }) {
  const services = useServices();
  const s = useStrings();
  const settings = services.settings.value;
  const now = useNow(30_000);
  const video = useRef<HTMLVideoElement>(null);
  const [outcome, setOutcome] = useState<{ value: CheckInOutcome; shownAt: number } | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [announcement, setAnnouncement] = useState('');
  const [lastScanAt, setLastScanAt] = useState(() => Date.now());
  const [processing, setProcessing] = useState(false);
  const busy = useRef(false);
  const lastText = useRef<{ text: string; until: number }>({ text: '', until: 0 });

  const show = useCallback(
    async (
      value: CheckInOutcome,
      started: number,
      source: EntrySource,
      decodeMs: number,
      steps: { verifyMs: number; storeMs: number },
    ) => {
      const view = verdictView(value, settings.direction, s, Date.now());
      setOutcome({ value, shownAt: Date.now() });
      setAnnouncement(view.announcement);
      setScanBusy(true);
      const painted = await afterNextPaint();
      // The sound follows the paint by a frame at most; starting audio first would delay the picture.
      playCue(
        view.tone === 'duplicate'
          ? 'duplicate'
          : value.kind === 'manual'
            ? 'admit'
            : view.tone === 'exit'
              ? 'admit'
              : value.result.verdict,
        { sound: settings.sounds, vibrate: settings.vibration },
      );
      const renderStart = started + decodeMs + steps.verifyMs + steps.storeMs;
      recordScanTiming({
        source,
        decodeMs,
        ...steps,
        renderMs: Math.max(0, painted - renderStart),
        totalMs: painted - started,
      });
    },
    [settings, s],
  );

  // Current values for callbacks that outlive a render (camera frames, key bursts, paste).
  const outcomeRef = useRef(outcome);
  outcomeRef.current = outcome;
  const dialogRef = useRef(dialog);
  dialogRef.current = dialog;

  /** Whether a text will be checked now, or let go (busy, verdict up, dialog open, code still held up). */
  const accepts = (text: string) =>
    !busy.current &&
    !outcomeRef.current &&
    !dialogRef.current &&
    !(text === lastText.current.text && Date.now() < lastText.current.until);

  const handleText = useCallback(
    async (text: string, source: EntrySource, started = performance.now(), decodeMs = 0) => {
      if (!accepts(text)) return;
      busy.current = true;
      setProcessing(true);
      setScanBusy(true); // no update may reload the page between the scan and its verdict
      try {
        const steps = { verifyMs: 0, storeMs: 0 };
        const value = await services.checkIn(text, source, steps);
        lastText.current = { text, until: 0 };
        await show(value, started, source, decodeMs, steps);
      } catch {
        setScanBusy(false);
      } finally {
        busy.current = false;
        setProcessing(false);
        setLastScanAt(Date.now());
      }
    },
    [services, show],
  );

  const onFrame = useCallback(
    (frame: DecodedFrame) => {
      if (!accepts(frame.text)) return false;
      // Decode time runs from the earliest frame not yet looked at to the decoder's answer.
      void handleText(
        frame.text,
        'camera',
        frame.firstUnseenAt,
        frame.decodedAt - frame.firstUnseenAt,
      );
      return true;
    },
    [handleText],
  );
  const onCameraChosen = useCallback(
    (cameraId: string) => void services.saveSettings({ cameraId }),
    [services],
  );
  const scanner = useScanner({
    video,
    cameraId: settings.cameraId,
    paused: processing || !!outcome || !!dialog,
    onCode: onFrame,
    onCameraChosen,
  });

  useEffect(() => listenForWedgeScans((text) => void handleText(text, 'wedge')), [handleText]);
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest?.('input, textarea')) return;
      const text = e.clipboardData?.getData('text/plain');
      if (text) void handleText(text.replace(/\r?\n$/, ''), 'paste');
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [handleText]);
  useEffect(() => {
    keepScreenAwake(scanner.state.phase === 'scanning');
    return () => keepScreenAwake(false);
  }, [scanner.state.phase]);

  const done = useCallback(() => {
    if (outcome?.value.kind !== 'manual' && outcome) {
      const text = lastText.current.text;
      lastText.current = { text, until: Date.now() + SAME_CODE_COOLDOWN_MS };
    }
    setOutcome(null);
    setScanBusy(false);
    setLastScanAt(Date.now());
  }, [outcome]);

  const decide = useCallback(
    (decision: 'admit' | 'refuse') => {
      if (outcome?.value.kind === 'logged' && outcome.value.saved)
        void services.decide(outcome.value.entry.id, decision);
      done();
    },
    [outcome, services, done],
  );

  const view = outcome ? verdictView(outcome.value, settings.direction, s, outcome.shownAt) : null;
  const capacityFull =
    settings.capacity !== null && services.counters.value.inside >= settings.capacity;
  const cameraDown = scanner.state.phase === 'problem' || scanner.state.phase === 'lost';

  return (
    <div class="kiosk" data-direction={settings.direction}>
      <StatusBar now={now} />
      <UpdateBanner />
      <main class="kiosk__main">
        <div class={`viewfinder ${cameraDown ? 'viewfinder--down' : ''}`}>
          <video ref={video} muted playsInline aria-hidden="true" />
          {!cameraDown && <div class="viewfinder__frame" aria-hidden="true" />}
          {!cameraDown && <ZoomControl track={scanner.state.track} strings={s} />}
          {cameraDown && (
            <CameraProblemPanel
              problem={scanner.state.problem}
              lost={scanner.state.phase === 'lost'}
              strings={s}
              onRetry={scanner.retry}
            />
          )}
          {scanner.state.phase === 'starting' && (
            <p class="viewfinder__hint">{s.camera.starting}</p>
          )}
        </div>
        {!cameraDown && (
          <div class="kiosk__prompt">
            <p class="kiosk__scan-here">{s.kiosk.scanHere}</p>
            <p class="kiosk__scan-sub">{s.kiosk.scanHereSub}</p>
          </div>
        )}
        {services.freshness.value === 'missing' && (
          <p class="banner banner--warn" role="status">
            {s.kiosk.noBundle}
          </p>
        )}
        {services.freshness.value === 'clock-behind' && (
          <p class="banner banner--warn" role="status">
            {s.kiosk.clockBehind}
          </p>
        )}
        {services.storageProblem.value && (
          <p class="banner banner--warn" role="alert" data-testid="storage-problem">
            {services.storageProblem.value === 'quota'
              ? s.kiosk.storageFull
              : s.kiosk.storageFailing}
          </p>
        )}
        {capacityFull && (
          <p class="banner banner--warn" role="status">
            {s.kiosk.capacityReached}
          </p>
        )}
        {scanner.state.phase === 'scanning' && !outcome && (
          <ScanTips since={lastScanAt} strings={s} />
        )}
        <KioskToolbar
          scanner={scanner}
          onEnterCode={() => setDialog('code')}
          onManual={() => setDialog('manual')}
          onOpenAdmin={onOpenAdmin}
        />
      </main>
      {dialog === 'code' && (
        <CodeEntryDialog
          strings={s}
          onCancel={() => setDialog(null)}
          onSubmit={(text) => {
            dialogRef.current = null;
            setDialog(null);
            void handleText(text, 'typed');
          }}
        />
      )}
      {dialog === 'manual' && (
        <ManualEntryDialog
          strings={s}
          onCancel={() => setDialog(null)}
          onSubmit={async (input) => {
            setDialog(null);
            const started = performance.now();
            const value = await services.checkInManual(input);
            await show(value, started, 'manual', 0, {
              verifyMs: 0,
              storeMs: performance.now() - started,
            });
          }}
        />
      )}
      {view && outcome && (
        <VerdictScreen
          key={outcome.shownAt}
          view={view}
          seconds={autoReturnSeconds(view.tone, settings)}
          strings={s}
          onDone={done}
          onDecide={decide}
        />
      )}
      <div class="sr-only" aria-live="assertive" role="status">
        {announcement}
      </div>
    </div>
  );
}
