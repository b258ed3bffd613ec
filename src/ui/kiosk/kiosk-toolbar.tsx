// Big buttons under the camera: direction, typed code, manual entry, camera and torch,
// full screen, language and the admin screen.
import { useServices } from '../services-context';
import { Icon } from '../icons/icons';
import { useStrings } from '../i18n';
import { fullscreenAvailable, toggleFullscreen } from '../platform/screen';
import type { useScanner } from './use-scanner';

export function KioskToolbar(props: {
  scanner: ReturnType<typeof useScanner>;
  onEnterCode: () => void;
  onManual: () => void;
  onOpenAdmin: () => void;
}) {
  const services = useServices();
  const s = useStrings();
  const { direction, language } = services.settings.current.value;
  const { state, switchCamera, toggleTorch } = props.scanner;
  return (
    <nav class="toolbar" aria-label={s.kiosk.admin}>
      <div class="toolbar__direction" role="group" aria-label={s.kiosk.directionLabel}>
        {(['in', 'out'] as const).map((d) => (
          <button
            key={d}
            type="button"
            class={`btn btn--toggle ${direction === d ? 'is-on' : ''}`}
            aria-pressed={direction === d}
            onClick={() => void services.settings.save({ direction: d })}
          >
            {d === 'in' ? s.kiosk.directionIn : s.kiosk.directionOut}
          </button>
        ))}
      </div>
      <button type="button" class="btn" onClick={props.onEnterCode}>
        <Icon name="keyboard" /> {s.kiosk.enterCode}
      </button>
      <button type="button" class="btn" onClick={props.onManual}>
        <Icon name="pen" /> {s.kiosk.manualCheckIn}
      </button>
      {state.cameraCount > 1 && (
        <button type="button" class="btn" onClick={() => void switchCamera()}>
          <Icon name="camera" /> {s.kiosk.switchCamera}
        </button>
      )}
      {state.torchAvailable && (
        <button
          type="button"
          class="btn"
          aria-pressed={state.torchOn}
          onClick={() => void toggleTorch()}
        >
          <Icon name="torch" /> {state.torchOn ? s.kiosk.torchOff : s.kiosk.torchOn}
        </button>
      )}
      {fullscreenAvailable() && (
        <button type="button" class="btn" onClick={() => void toggleFullscreen()}>
          <Icon name="expand" /> {s.kiosk.fullscreen}
        </button>
      )}
      <button
        type="button"
        class="btn"
        lang={language === 'vi' ? 'en' : 'vi'}
        onClick={() => void services.settings.save({ language: language === 'vi' ? 'en' : 'vi' })}
      >
        {s.kiosk.language}
      </button>
      <button type="button" class="btn" onClick={props.onOpenAdmin}>
        <Icon name="settings" /> {s.kiosk.admin}
      </button>
    </nav>
  );
}
