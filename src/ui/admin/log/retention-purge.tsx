// Deletes entries past the retention period, on the guard's tap. The store keeps any entry
// not yet acknowledged by the server, however old; the result says how many it kept.
import { useState } from 'preact/hooks';
import { useServices } from '../../services-context';
import type { PurgeResult } from '../../../model';
import { useStrings } from '../../i18n';
import { Outcome } from '../outcome';
import { AdminIcon } from '../admin-icons';

type State =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; result: PurgeResult } | { kind: 'failed' };

export function RetentionPurge({ onPurged }: { onPurged: () => void }) {
  const services = useServices();
  const s = useStrings();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const purge = async () => {
    setState({ kind: 'busy' });
    try {
      const result = await services.retention.purge(Date.now());
      setState({ kind: 'done', result });
      if (result.deleted > 0) onPurged();
    } catch {
      setState({ kind: 'failed' });
    }
  };

  return (
    <section class="ad-card" aria-labelledby="purge-title">
      <h3 id="purge-title">{s.log.purgeTitle}</h3>
      <p class="ad-note">{s.log.purgeExplain(services.settings.current.value.retentionDays)}</p>
      <button
        type="button"
        class="btn"
        disabled={state.kind === 'busy'}
        onClick={() => void purge()}
        data-testid="purge"
      >
        <AdminIcon name="trash" /> {state.kind === 'busy' ? s.log.purgeBusy : s.log.purgeButton}
      </button>
      {state.kind === 'done' && (
        <Outcome ok testId="purge-result">
          {s.log.purgeDone(state.result.deleted, state.result.keptUnsynced)}
        </Outcome>
      )}
      {state.kind === 'failed' && <Outcome ok={false}>{s.log.purgeFailed}</Outcome>}
    </section>
  );
}
