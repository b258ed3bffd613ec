// "Make a backup file": the whole kiosk to a JSON file the browser downloads, and what it
// holds, in words (and, where the device key cannot leave the browser, that a restore on
// another device enrolls again).
import { useState } from 'preact/hooks';
import type { MadeBackup } from '../../kiosk/backup-service';
import { AdminIcon } from '../admin/admin-icons';
import { downloadBlob } from '../admin/download-blob';
import { Outcome } from '../admin/outcome';
import { useStrings } from '../i18n';
import { useServices } from '../services-context';

type State = { kind: 'idle' | 'busy' | 'failed' } | { kind: 'done'; made: MadeBackup };

export function MakeBackup() {
  const services = useServices();
  const s = useStrings();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const make = async () => {
    setState({ kind: 'busy' });
    try {
      const made = await services.backup.create();
      downloadBlob(new Blob([made.text], { type: 'application/json' }), made.fileName);
      setState({ kind: 'done', made });
    } catch {
      setState({ kind: 'failed' });
    }
  };

  return (
    <div>
      <button
        type="button"
        class="btn btn--primary"
        disabled={state.kind === 'busy'}
        onClick={() => void make()}
        data-testid="make-backup"
      >
        <AdminIcon name="download" />{' '}
        {state.kind === 'busy' ? s.data.backupBusy : s.data.backupButton}
      </button>
      {state.kind === 'failed' && <Outcome ok={false}>{s.data.backupFailed}</Outcome>}
      {state.kind === 'done' && (
        <>
          <Outcome ok testId="backup-outcome">
            {s.data.backupDone(state.made.entries)}
          </Outcome>
          {!state.made.keyIncluded && <p class="ad-note">{s.data.backupNoKey}</p>}
        </>
      )}
    </div>
  );
}
