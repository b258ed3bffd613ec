// Exports the log of a range of days (both days included) as CSV, made by the store: UTF-8
// with a BOM, so Excel shows Vietnamese names right.
import { useState } from 'preact/hooks';
import { useServices } from '../../services-context';
import { localDayEnd } from '../../../kiosk/local-day';
import { useStrings } from '../../i18n';
import { downloadBlob } from '../download-blob';
import { fromDateInput, toDateInput } from '../format';
import { Outcome } from '../outcome';
import { AdminIcon } from '../admin-icons';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; file: string }
  | { kind: 'failed' }
  | { kind: 'invalid' };

export function CsvExport() {
  const services = useServices();
  const s = useStrings();
  const today = toDateInput(Date.now());
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = async (e: Event) => {
    e.preventDefault();
    const start = fromDateInput(from);
    const lastDay = fromDateInput(to);
    if (start === null || lastDay === null || start > lastDay) return setState({ kind: 'invalid' });
    setState({ kind: 'busy' });
    try {
      const blob = await services.log.exportCsv(start, localDayEnd(lastDay));
      const file = from === to ? `kiosk-log-${from}.csv` : `kiosk-log-${from}_${to}.csv`;
      downloadBlob(blob, file);
      setState({ kind: 'done', file });
    } catch {
      setState({ kind: 'failed' });
    }
  };

  return (
    <section class="ad-card" aria-labelledby="export-title">
      <h3 id="export-title">{s.log.exportTitle}</h3>
      <form class="ad-row" onSubmit={(e) => void run(e)}>
        <div class="ad-field">
          <label for="export-from">{s.log.exportFrom}</label>
          <input
            id="export-from"
            type="date"
            value={from}
            max={today}
            required
            onInput={(e) => setFrom((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="ad-field">
          <label for="export-to">{s.log.exportTo}</label>
          <input
            id="export-to"
            type="date"
            value={to}
            max={today}
            required
            onInput={(e) => setTo((e.target as HTMLInputElement).value)}
          />
        </div>
        <button
          type="submit"
          class="btn btn--primary"
          disabled={state.kind === 'busy'}
          data-testid="export-csv"
        >
          <AdminIcon name="download" />{' '}
          {state.kind === 'busy' ? s.log.exportBusy : s.log.exportButton}
        </button>
      </form>
      {state.kind === 'done' && <Outcome ok>{s.log.exportDone(state.file)}</Outcome>}
      {state.kind === 'failed' && <Outcome ok={false}>{s.log.exportFailed}</Outcome>}
      {state.kind === 'invalid' && <Outcome ok={false}>{s.log.exportRangeInvalid}</Outcome>}
    </section>
  );
}
