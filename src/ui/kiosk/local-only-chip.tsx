// "N lượt chỉ có trên máy này (cũ nhất: …)": entries that exist only on this device (not on
// the server, not in a backup), shown once the oldest has waited longer than a sync normally
// takes, so the owner knows what a lost or wiped device would take with it.
import { formatDateTime } from '../admin/format';
import { useStrings } from '../i18n';
import { useServices } from '../services-context';

/** A kiosk online syncs within a minute; half an hour means the entries are stuck here. */
export const LOCAL_ONLY_WARN_MS = 30 * 60_000;

export function LocalOnlyChip({ now }: { now: number }) {
  const services = useServices();
  const s = useStrings();
  const { count, oldestAt } = services.storage.localOnly.value;
  if (count === 0 || oldestAt === null || now - oldestAt < LOCAL_ONLY_WARN_MS) return null;
  const oldest = formatDateTime(oldestAt, services.settings.current.value.language);
  return (
    <span class="chip chip--pending" data-testid="status-local-only">
      {s.data.localOnly(count, oldest)}
    </span>
  );
}
