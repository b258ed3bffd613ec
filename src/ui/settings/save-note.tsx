// The status line under a settings section: words and an icon, read out politely.
import { useStrings } from '../i18n';
import type { SaveStatus } from './use-setting-saver';
import { AdminIcon } from '../admin/admin-icons';

export function SaveNote({ status }: { status: SaveStatus }) {
  const s = useStrings();
  const text = {
    idle: '',
    saving: s.admin.saving,
    saved: s.admin.saved,
    failed: s.admin.saveFailed,
  }[status];
  return (
    <p class={`save-note save-note--${status}`} role="status" aria-live="polite">
      {status === 'saved' && <AdminIcon name="check" size={18} />}
      {status === 'failed' && <AdminIcon name="alert" size={18} />}
      {text}
    </p>
  );
}
