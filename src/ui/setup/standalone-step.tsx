// Step 4 (no server): the root key to pin and a trust bundle file. The service pins the key
// only if the bundle opens under it (spec §4), so a wrong pair is caught here, not at the door.
import { useState } from 'preact/hooks';
import { useServices } from '../services-context';
import { rootKeyFrom, type BundleOutcome } from '../../core';
import { FilePicker } from '../admin/file-picker';
import { Outcome } from '../admin/outcome';
import { useStrings } from '../i18n';
import { bundleRefusalText } from '../settings/bundle-words';
import { BackAndSubmit } from './back-and-submit';

type Problem =
  | { kind: 'root' }
  | { kind: 'file' }
  | { kind: 'unreadable' }
  | { kind: 'refused'; code: string }
  | { kind: 'failed' }
  | null;

export function StandaloneStep({
  onReady,
  onBack,
}: {
  onReady: (outcome: BundleOutcome) => void;
  onBack: () => void;
}) {
  const services = useServices();
  const s = useStrings();
  const [venue, setVenue] = useState(services.settings.current.value.venueName);
  const [root, setRoot] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!rootKeyFrom(root)) return setProblem({ kind: 'root' });
    if (!file) return setProblem({ kind: 'file' });
    setBusy(true);
    setProblem(null);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        return setProblem({ kind: 'unreadable' });
      }
      const outcome = await services.setup.standalone(root.trim(), text);
      if (outcome.outcome === 'refused') return setProblem({ kind: 'refused', code: outcome.code });
      if (venue.trim() !== services.settings.current.value.venueName)
        await services.settings.save({ venueName: venue.trim() });
      onReady(outcome);
    } catch {
      setProblem({ kind: 'failed' });
    } finally {
      setBusy(false);
    }
  };

  const message = !problem
    ? null
    : {
        root: s.settings.rootInvalid,
        file: s.setup.standaloneFileMissing,
        unreadable: s.settings.importUnreadable,
        failed: s.admin.saveFailed,
        refused:
          problem.kind === 'refused'
            ? s.settings.importRefused(bundleRefusalText(problem.code, s))
            : '',
      }[problem.kind];

  return (
    <section class="setup__step" aria-labelledby="setup-step-title">
      <h2 id="setup-step-title">{s.setup.standaloneTitle}</h2>
      <form onSubmit={(e) => void submit(e)}>
        <div class="ad-field">
          <label for="standalone-venue">{s.setup.standaloneVenue}</label>
          <input
            id="standalone-venue"
            value={venue}
            maxLength={80}
            autocomplete="organization"
            onInput={(e) => setVenue((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="ad-field">
          <label for="standalone-root">{s.setup.standaloneRoot}</label>
          <input
            id="standalone-root"
            class="ad-mono"
            value={root}
            maxLength={64}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => setRoot((e.target as HTMLInputElement).value)}
          />
        </div>
        <FilePicker
          id="standalone-bundle"
          label={s.setup.standaloneBundle}
          chosen={file?.name ?? null}
          chosenText={s.setup.standaloneFileChosen}
          onFile={setFile}
        />
        {message && (
          <Outcome ok={false} testId="standalone-problem">
            {message}
          </Outcome>
        )}
        <BackAndSubmit
          onBack={onBack}
          busy={busy}
          label={s.setup.standaloneButton}
          busyLabel={s.setup.standaloneBusy}
        />
      </form>
    </section>
  );
}
