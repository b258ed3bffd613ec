// Importing a trust bundle file by hand (a USB stick, a chat attachment): the service checks
// it against the pinned roots (spec §4) and the answer is shown in plain words.
import { useState } from 'preact/hooks';
import { useServices } from '../services-context';
import type { BundleOutcome } from '../../core';
import { FilePicker } from '../admin/file-picker';
import { Outcome } from '../admin/outcome';
import { useStrings } from '../i18n';
import { bundleRefusalText } from './bundle-words';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'unreadable' }
  | { kind: 'done'; outcome: BundleOutcome };

export function BundleImport() {
  const services = useServices();
  const s = useStrings();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const onFile = async (file: File, input: HTMLInputElement) => {
    setState({ kind: 'busy' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setState({ kind: 'unreadable' });
    } finally {
      input.value = '';
    }
    setState({ kind: 'done', outcome: await services.trust.offer(text) });
  };

  return (
    <div class="bundle-import">
      <FilePicker
        id="bundle-file"
        label={s.settings.importChoose}
        chosen={null}
        chosenText={s.setup.standaloneFileChosen}
        disabled={state.kind === 'busy'}
        onFile={(file, input) => void onFile(file, input)}
      />
      {state.kind === 'busy' && <p role="status">{s.settings.importBusy}</p>}
      {state.kind === 'unreadable' && <Outcome ok={false}>{s.settings.importUnreadable}</Outcome>}
      {state.kind === 'done' && <ImportOutcome outcome={state.outcome} />}
    </div>
  );
}

function ImportOutcome({ outcome }: { outcome: BundleOutcome }) {
  const s = useStrings();
  if (outcome.outcome === 'accepted')
    return (
      <Outcome ok testId="import-outcome">
        {s.settings.importAccepted(outcome.bundle.seq)}
      </Outcome>
    );
  if (outcome.outcome === 'same')
    return (
      <Outcome ok testId="import-outcome">
        {s.settings.importSame}
      </Outcome>
    );
  return (
    <Outcome ok={false} testId="import-outcome">
      {s.settings.importRefused(bundleRefusalText(outcome.code, s))}
    </Outcome>
  );
}
