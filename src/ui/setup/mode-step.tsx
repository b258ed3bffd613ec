// Step 3: where the trust bundle will come from, a sync server or a file.
import { useStrings } from '../i18n';

export type SetupMode = 'enroll' | 'standalone';

export function ModeStep({ onChoose }: { onChoose: (mode: SetupMode) => void }) {
  const s = useStrings();
  return (
    <section class="setup__step" aria-labelledby="setup-step-title">
      <h2 id="setup-step-title">{s.setup.modeTitle}</h2>
      <div class="setup__choices">
        <button
          type="button"
          class="setup__choice setup__choice--wide"
          onClick={() => onChoose('enroll')}
          data-testid="mode-enroll"
        >
          <strong>{s.setup.modeEnroll}</strong>
          <span>{s.setup.modeEnrollSub}</span>
        </button>
        <button
          type="button"
          class="setup__choice setup__choice--wide"
          onClick={() => onChoose('standalone')}
          data-testid="mode-standalone"
        >
          <strong>{s.setup.modeStandalone}</strong>
          <span>{s.setup.modeStandaloneSub}</span>
        </button>
      </div>
    </section>
  );
}
