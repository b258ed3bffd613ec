// The screen a guard looks at all day: the camera, the status bar, the ways to enter a code,
// and the verdict. It renders the scan controller's state (src/kiosk/scan-controller.ts) and
// hands it what comes in; checking, logging and syncing are services.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { DecodedFrame } from '../../scan/frame-loop';
import { listenForWedgeScans } from '../../scan/keyboard-wedge';
import { useStrings } from '../i18n';
import { keepScreenAwake } from '../platform/screen';
import { useServices } from '../services-context';
import { UpdateBanner } from '../update-banner';
import { CameraProblemPanel } from './camera-problem';
import { CodeEntryDialog, ManualEntryDialog } from './entry-dialogs';
import { KioskBanners } from './kiosk-banners';
import { KioskToolbar } from './kiosk-toolbar';
import { ZoomControl } from '../camera/zoom-control';
import { ScanTips } from './scan-tips';
import { StatusBar } from './status-bar';
import { useNow } from './use-now';
import { useScanner } from './use-scanner';
import { useVerdictFeedback } from './use-verdict-feedback';
import { VerdictScreen } from './verdict-screen';
import { verdictView } from './verdict-view';
import { awaitsDecision } from '../../kiosk/verdict-tone';

export function KioskScreen({ onOpenAdmin }: { onOpenAdmin: () => void }) {
  const services = useServices();
  const { scan } = services;
  const s = useStrings();
  const settings = services.settings.current.value;
  const state = scan.state.value;
  const now = useNow(30_000);
  const [mountedAt] = useState(() => Date.now());
  // When the kiosk last went back to scanning: tips show after a while without a code.
  const scanningSince = useRef(mountedAt);
  if (state.phase === 'scanning') scanningSince.current = Math.max(mountedAt, state.since);
  const video = useRef<HTMLVideoElement>(null);

  // Decode time runs from the earliest frame not yet looked at to the decoder's answer.
  const onFrame = useCallback(
    (frame: DecodedFrame) =>
      scan.take(frame.text, 'camera', {
        startedAt: frame.firstUnseenAt,
        decodeMs: frame.decodedAt - frame.firstUnseenAt,
      }),
    [scan],
  );
  const onCameraChosen = useCallback(
    (cameraId: string) => void services.settings.save({ cameraId }),
    [services],
  );
  const scanner = useScanner({
    video,
    cameraId: settings.cameraId,
    paused: state.phase !== 'scanning',
    onCode: onFrame,
    onNoCode: scan.noCode,
    onCameraChosen,
  });

  useEffect(() => listenForWedgeScans((text) => void scan.take(text, 'wedge')), [scan]);
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest?.('input, textarea')) return;
      const text = e.clipboardData?.getData('text/plain');
      if (text) scan.take(text.replace(/\r?\n$/, ''), 'paste');
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [scan]);
  useEffect(() => {
    keepScreenAwake(scanner.state.phase === 'scanning');
    return () => keepScreenAwake(false);
  }, [scanner.state.phase]);

  const verdict = state.phase === 'verdict' ? state : null;
  const view = verdict
    ? verdictView(verdict.outcome, s, verdict.shownAt, {
        reopened: verdict.reopened,
      })
    : null;
  const announcement = useVerdictFeedback(verdict, view, settings);
  const dialog = state.phase === 'dialog' ? state.dialog : null;
  const cameraDown = scanner.state.phase === 'problem' || scanner.state.phase === 'lost';

  return (
    <div class="kiosk" data-direction={settings.direction}>
      <StatusBar now={now} />
      <UpdateBanner />
      <main class="kiosk__main">
        <div class="kiosk__camera">
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
        </div>
        {/* The words and the tools: always on screen, the camera takes the room that is left. */}
        <div class="kiosk__side">
          {!cameraDown && (
            <div class="kiosk__prompt">
              <p class="kiosk__scan-here">{s.kiosk.scanHere}</p>
              <p class="kiosk__scan-sub">{s.kiosk.scanHereSub}</p>
            </div>
          )}
          <KioskBanners strings={s} />
          {scanner.state.phase === 'scanning' && state.phase !== 'verdict' && (
            <ScanTips since={scanningSince.current} strings={s} />
          )}
          <KioskToolbar
            scanner={scanner}
            onEnterCode={() => scan.openDialog('code')}
            onManual={() => scan.openDialog('manual')}
            onOpenAdmin={onOpenAdmin}
          />
        </div>
      </main>
      {dialog === 'code' && (
        <CodeEntryDialog
          strings={s}
          onCancel={scan.closeDialog}
          onSubmit={(text) => void scan.submitCode(text)}
        />
      )}
      {dialog === 'manual' && (
        <ManualEntryDialog
          strings={s}
          onCancel={scan.closeDialog}
          onSubmit={(input) => void scan.submitManual(input)}
        />
      )}
      {view && verdict && (
        <VerdictScreen
          key={verdict.shownAt}
          view={view}
          secondsLeft={verdict.secondsLeft}
          waitsForGuard={awaitsDecision(verdict.outcome)}
          decision={verdict.decision}
          decisionError={verdict.decisionError}
          strings={s}
          onDone={scan.dismiss}
          onDecide={(decision) => void scan.decide(decision)}
        />
      )}
      <div class="sr-only" aria-live="assertive" role="status">
        {announcement}
      </div>
    </div>
  );
}
