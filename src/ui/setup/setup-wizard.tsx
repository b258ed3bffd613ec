// First run: language → admin PIN (twice) → a sync server or a bundle file → done. Nothing
// here marks setup done until the last step, which says plainly whether a trust bundle is
// held (without one the core never admits). After a reload it resumes where set-up's stored
// state says it was (src/kiosk/setup-progress.ts): an enrollment under way is finished, and a
// kiosk already enrolled goes straight to the last step.
import { useState } from 'preact/hooks';
import { setupResumePoint } from '../../kiosk/setup-progress';
import { useServices } from '../services-context';
import { UpdateBanner } from '../update-banner';
import { useUpdateHold } from '../use-update-hold';
import { useStrings } from '../i18n';
import { DoneStep } from './done-step';
import { EnrollStep } from './enroll-step';
import { LanguageStep } from './language-step';
import { ModeStep, type SetupMode } from './mode-step';
import { PinStep } from './pin-step';
import { StandaloneStep } from './standalone-step';
import { RestoreChoice } from './restore-choice';
import { WipeNotice } from './wipe-notice';
import '../admin/admin.css';
import './setup.css';

type Step = 'language' | 'pin' | 'mode' | SetupMode | 'done';
const STEP_NUMBER: Record<Step, number> = {
  language: 1,
  pin: 2,
  mode: 3,
  enroll: 4,
  standalone: 4,
  done: 5,
};
const STEPS = 5;

export interface SetupWizardProps {
  onDone: () => void;
  /** Reads one QR code with the camera (for the enrollment QR); without it, type or paste. */
  scan?: () => Promise<string | null>;
}

export function SetupWizard({ onDone, scan }: SetupWizardProps) {
  const s = useStrings();
  const services = useServices();
  const [step, setStep] = useState<Step>(() =>
    setupResumePoint({
      settings: services.settings.current.value,
      device: services.setup.device.value,
      pending: services.setup.pending.value,
    }),
  );
  useUpdateHold();

  return (
    <div class="setup">
      <header class="setup__bar">
        <h1 class="setup__title">{s.setup.title}</h1>
        <p class="setup__progress" data-testid="setup-progress">
          {s.setup.step(STEP_NUMBER[step], STEPS)}
        </p>
      </header>
      <WipeNotice />
      <main class="setup__main" key={step}>
        {step === 'language' && <LanguageStep onNext={() => setStep('pin')} />}
        {step === 'pin' && <PinStep onNext={() => setStep('mode')} />}
        {step === 'mode' && <ModeStep onChoose={setStep} />}
        {step === 'mode' && <RestoreChoice />}
        {step === 'enroll' && (
          <EnrollStep
            onEnrolled={() => setStep('done')}
            onBack={() => setStep('mode')}
            scan={scan}
          />
        )}
        {step === 'standalone' && (
          <StandaloneStep onReady={() => setStep('done')} onBack={() => setStep('mode')} />
        )}
        {step === 'done' && <DoneStep onDone={onDone} />}
      </main>
      {/* Under the steps, not above them: on first run the install finishes (the offline note
          comes, then goes 8 s later) while the owner is typing the PIN, and a note above the
          keypad would move the keys under a finger; a tap then lands between them. */}
      <UpdateBanner />
    </div>
  );
}
