// Step 4 (with a server): the server address, the one-time enrollment code (typed, pasted
// or scanned) and the device's name ("Cửa chính", sent as the enrollment's label, shown on
// the owner page). An enrollment a closed tab interrupted is finished on return, with the
// key stored for it (src/kiosk/setup-service.ts). The text of an enrollment QR (`KIOSK-ENROLL|url|code`, src/sync/wire) pasted into
// either field fills both. The address starts as this page's own origin, since the venue's
// server usually serves the kiosk too (and the page's CSP only lets it talk to its own origin).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../services-context';
import type { EnrollResult } from '../../model';
import {
  displayEnrollmentCode,
  normaliseEnrollmentCode,
  parseEnrollmentText,
} from '../../sync/wire/enrollment-text';
import { Outcome } from '../admin/outcome';
import { useStrings } from '../i18n';
import { normaliseServerUrl } from './server-url';
import { BackAndSubmit } from './back-and-submit';

type Problem =
  | 'url'
  | 'code'
  | 'label'
  | 'not-enrollment'
  | Extract<EnrollResult, { ok: false }>['reason']
  | null;

/** The owner page shows up to this many characters of the name (the wire allows 80). */
const LABEL_MAX = 60;

export interface EnrollStepProps {
  onEnrolled: () => void;
  onBack: () => void;
  /** Reads one QR code with the camera; absent where no camera component is wired. */
  scan?: () => Promise<string | null>;
}

export function EnrollStep({ onEnrolled, onBack, scan }: EnrollStepProps) {
  const services = useServices();
  const s = useStrings();
  const pending = services.setup.pending.value;
  const [server, setServer] = useState(() => pending?.serverUrl ?? location.origin);
  const [code, setCode] = useState(() => (pending ? displayEnrollmentCode(pending.code) : ''));
  const [label, setLabel] = useState(() => pending?.label ?? '');
  const [busy, setBusy] = useState(false);
  const [resuming, setResuming] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const [filled, setFilled] = useState(false);

  /** Takes a whole enrollment QR text from any field; false when the text is not one. */
  const takeEnrollmentText = (text: string): boolean => {
    const parsed = parseEnrollmentText(text);
    if (!parsed) return false;
    setServer(parsed.serverUrl);
    setCode(displayEnrollmentCode(parsed.code));
    setProblem(null);
    setFilled(true);
    return true;
  };
  const onField = (set: (v: string) => void) => (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    if (!takeEnrollmentText(value)) set(value);
  };

  const scanCode = async () => {
    const text = scan ? await scan() : null;
    if (text !== null && !takeEnrollmentText(text)) setProblem('not-enrollment');
  };

  const enroll = async (url: string, canonical: string, name: string) => {
    setBusy(true);
    setProblem(null);
    setFilled(false);
    try {
      const result = await services.setup.enroll(url, canonical, name);
      if (result.ok) return onEnrolled();
      setProblem(result.reason);
    } catch {
      setProblem('network');
    } finally {
      setBusy(false);
      setResuming(false);
    }
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const url = normaliseServerUrl(server);
    if (!url) return setProblem('url');
    if (!code.trim()) return setProblem('code');
    const canonical = normaliseEnrollmentCode(code);
    if (!canonical) return setProblem('code-invalid');
    const name = label.trim();
    if (!name) return setProblem('label');
    void enroll(url, canonical, name);
  };

  // Back after a closed tab with an enrollment sent: ask again with its stored key.
  const resumed = useRef(false);
  useEffect(() => {
    if (!pending || resumed.current) return;
    resumed.current = true;
    setResuming(true);
    void enroll(pending.serverUrl, pending.code, pending.label);
    // Once, on arrival: `enroll` and `pending` are what they were then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const message =
    problem === 'url'
      ? s.setup.enrollUrlInvalid
      : problem === 'code'
        ? s.setup.enrollCodeMissing
        : problem === 'label'
          ? s.setup.enrollLabelMissing
          : problem === 'not-enrollment'
            ? s.setup.enrollNotEnrollment
            : problem
              ? s.setup.enrollFailure[problem]
              : null;

  return (
    <section class="setup__step" aria-labelledby="setup-step-title">
      <h2 id="setup-step-title">{s.setup.enrollTitle}</h2>
      {scan && (
        <button type="button" class="btn" onClick={() => void scanCode()} disabled={busy}>
          {s.setup.enrollScan}
        </button>
      )}
      {resuming && (
        <p class="ad-note" role="status" data-testid="enroll-resuming">
          {s.setup.enrollResuming}
        </p>
      )}
      <form onSubmit={submit}>
        <div class="ad-field">
          <label for="enroll-server">{s.setup.enrollServer}</label>
          <input
            id="enroll-server"
            type="text"
            inputMode="url"
            autocomplete="url"
            spellcheck={false}
            value={server}
            onInput={onField(setServer)}
          />
        </div>
        <div class="ad-field">
          <label for="enroll-code">{s.setup.enrollCode}</label>
          <input
            id="enroll-code"
            autocomplete="one-time-code"
            autocapitalize="characters"
            spellcheck={false}
            value={code}
            maxLength={200}
            onInput={onField(setCode)}
          />
        </div>
        <p class="ad-note">{s.setup.enrollPasteHint}</p>
        <div class="ad-field">
          <label for="enroll-label">{s.setup.enrollLabel}</label>
          <input
            id="enroll-label"
            autocomplete="off"
            value={label}
            maxLength={LABEL_MAX}
            aria-describedby="enroll-label-hint"
            onInput={(e) => setLabel((e.target as HTMLInputElement).value)}
          />
          <p id="enroll-label-hint" class="ad-note">
            {s.setup.enrollLabelHint}
          </p>
        </div>
        {filled && (
          <Outcome ok testId="enroll-filled">
            {s.setup.enrollFilled}
          </Outcome>
        )}
        {message && (
          <Outcome ok={false} testId="enroll-problem">
            {message}
          </Outcome>
        )}
        <BackAndSubmit
          onBack={onBack}
          busy={busy}
          label={s.setup.enrollButton}
          busyLabel={s.setup.enrollBusy}
        />
      </form>
    </section>
  );
}
