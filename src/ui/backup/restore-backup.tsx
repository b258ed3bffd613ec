// Restoring a kiosk backup file, from the settings or from the setup wizard: choose the file
// (checked part by part), see what it holds, then the backup's own PIN, then the restore,
// whose result is said in words. Nothing is written until the PIN matches.
import { useState } from 'preact/hooks';
import { verifyPin } from '../../admin/pin-hash';
import { MAX_BACKUP_BYTES } from '../../kiosk/backup-file';
import type { RestoreSummary } from '../../kiosk/backup-service';
import { FilePicker } from '../admin/file-picker';
import { formatDateTime } from '../admin/format';
import { Outcome } from '../admin/outcome';
import { PinKeypad } from '../admin/pin-keypad';
import { useStrings, type Strings } from '../i18n';
import { useServices } from '../services-context';

type Problem = keyof Strings['data']['restoreProblem'];
type Read = Extract<ReturnType<ReturnType<typeof useServices>['backup']['read']>, { ok: true }>;

type State =
  | { kind: 'idle' }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'pin'; read: Read; wrong: boolean; checking: boolean }
  | { kind: 'restoring' }
  | { kind: 'done'; summary: RestoreSummary };

export function RestoreBackup({ onRestored }: { onRestored: () => void }) {
  const services = useServices();
  const s = useStrings();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [chosen, setChosen] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const language = services.settings.current.value.language;

  const onFile = async (file: File, input: HTMLInputElement) => {
    setChosen(file.name);
    input.value = '';
    if (file.size > MAX_BACKUP_BYTES) return setState({ kind: 'problem', problem: 'too-large' });
    const read = services.backup.read(await file.text().catch(() => ''));
    if (!read.ok) return setState({ kind: 'problem', problem: read.problem });
    setPin('');
    setState({ kind: 'pin', read, wrong: false, checking: false });
  };

  const submit = async (read: Read) => {
    const stored = read.file.settings.adminPin;
    setState({ kind: 'pin', read, wrong: false, checking: true });
    if (!stored || !(await verifyPin(pin, stored))) {
      setPin('');
      return setState({ kind: 'pin', read, wrong: true, checking: false });
    }
    setState({ kind: 'restoring' });
    try {
      setState({ kind: 'done', summary: await services.backup.restore(read) });
    } catch {
      setState({ kind: 'problem', problem: 'failed' });
    }
  };

  return (
    <div class="restore-backup">
      {state.kind !== 'done' && state.kind !== 'restoring' && (
        <FilePicker
          id="restore-file"
          label={s.data.restoreButton}
          chosen={chosen}
          chosenText={s.data.restoreChosen}
          onFile={(file, input) => void onFile(file, input)}
        />
      )}
      {state.kind === 'problem' && (
        <Outcome ok={false} testId="restore-outcome">
          {s.data.restoreProblem[state.problem]}
        </Outcome>
      )}
      {state.kind === 'pin' && (
        <>
          <p data-testid="restore-summary">
            {s.data.restoreSummary(
              state.read.file.entries.length,
              state.read.file.settings.venueName,
              formatDateTime(state.read.file.createdAt, language),
            )}
          </p>
          {state.read.file.settings.adminPin ? (
            <>
              <h4 id="restore-pin-title">{s.data.restorePinTitle}</h4>
              {state.wrong && <Outcome ok={false}>{s.data.restorePinWrong}</Outcome>}
              <PinKeypad
                value={pin}
                onChange={setPin}
                onSubmit={() => void submit(state.read)}
                submitLabel={s.data.restoreSubmit}
                disabled={state.checking}
                labelledBy="restore-pin-title"
              />
            </>
          ) : (
            <Outcome ok={false}>{s.data.restoreNoPin}</Outcome>
          )}
        </>
      )}
      {state.kind === 'restoring' && <p role="status">{s.data.restoreBusy}</p>}
      {state.kind === 'done' && (
        <>
          <Outcome ok testId="restore-outcome">
            {s.data.restoreDone(state.summary.added, state.summary.alreadyHere)}
          </Outcome>
          {state.summary.enrollAgain && <p class="ad-note">{s.data.restoreEnrollAgain}</p>}
          <button type="button" class="btn btn--primary" onClick={onRestored}>
            {s.data.restoreContinue}
          </button>
        </>
      )}
    </div>
  );
}
