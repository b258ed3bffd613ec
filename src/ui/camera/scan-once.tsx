// Reads one QR code with the camera in a modal, for the setup wizard's enrollment QR. Uses the
// same scanner as the kiosk screen; resolves with the text, or null when cancelled.
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { stringsFor, type Language } from '../i18n';
import { CameraProblemPanel } from '../kiosk/camera-problem';
import { useScanner } from '../kiosk/use-scanner';

function ScanOnceDialog({
  language,
  onDone,
}: {
  language: Language;
  onDone: (text: string | null) => void;
}) {
  const s = stringsFor(language);
  const video = useRef<HTMLVideoElement>(null);
  const scanner = useScanner({
    video,
    cameraId: null,
    paused: false,
    onCode: (frame) => {
      onDone(frame.text);
      return true;
    },
    onCameraChosen: () => {},
  });
  const down = scanner.state.phase === 'problem' || scanner.state.phase === 'lost';
  return (
    <div class="dialog-backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="scan-once-title">
        <h2 id="scan-once-title">{s.setup.enrollScan}</h2>
        <div class={`viewfinder ${down ? 'viewfinder--down' : ''}`}>
          <video ref={video} muted playsInline aria-hidden="true" />
          {!down && <div class="viewfinder__frame" aria-hidden="true" />}
          {down && (
            <CameraProblemPanel
              problem={scanner.state.problem}
              lost={scanner.state.phase === 'lost'}
              strings={s}
              onRetry={scanner.retry}
            />
          )}
        </div>
        <div class="dialog__actions">
          <button type="button" class="btn" onClick={() => onDone(null)}>
            {s.entry.cancel}
          </button>
        </div>
      </div>
    </div>
  );
}

export function scanOnce(language: Language): Promise<string | null> {
  return new Promise((resolve) => {
    const host = document.body.appendChild(document.createElement('div'));
    const done = (text: string | null) => {
      render(null, host);
      host.remove();
      resolve(text);
    };
    render(<ScanOnceDialog language={language} onDone={done} />, host);
  });
}
