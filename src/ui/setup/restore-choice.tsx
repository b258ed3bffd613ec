// Beside the choice of mode: setting this kiosk up from a backup file instead (a new device
// for the same door, or the same device after its data was cleared).
import { RestoreBackup } from '../backup/restore-backup';
import { useStrings } from '../i18n';

export function RestoreChoice() {
  const s = useStrings();
  return (
    <details class="setup__restore" data-testid="setup-restore">
      <summary>{s.data.restoreButton}</summary>
      <RestoreBackup onRestored={() => location.reload()} />
    </details>
  );
}
