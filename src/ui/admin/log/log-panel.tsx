// The log tab: today's chart, totals and entries, then the export and retention tools. The
// day is the device's local day; `version` reloads everything after a purge.
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../services-context';
import { localDayEnd, localDayStart } from '../../../kiosk/local-day';
import type { EntryTotals } from '../../../model';
import { useStrings } from '../../i18n';
import { CsvExport } from './csv-export';
import { EntryList } from './entry-list';
import { HourlyChart } from './hourly-chart';
import { RetentionPurge } from './retention-purge';
import { VerdictTotals } from './verdict-totals';
import './log.css';

export function LogPanel() {
  const services = useServices();
  const s = useStrings();
  const [day] = useState(() => ({ from: localDayStart(Date.now()), to: localDayEnd(Date.now()) }));
  const [version, setVersion] = useState(0);
  const [figures, setFigures] = useState<{
    hourly: number[];
    totals: EntryTotals;
  } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([services.log.hourly(day.from), services.log.totals(day.from, day.to)]).then(
      ([hourly, totals]) => live && setFigures({ hourly, totals }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [services, day, version]);

  return (
    <div class="log">
      {failed && (
        <p role="alert" class="ad-error">
          {s.log.loadFailed}
        </p>
      )}
      {!failed && !figures && <p>{s.log.loading}</p>}
      {figures && (
        <div class="log__today">
          <section class="ad-card">
            <HourlyChart counts={figures.hourly} />
          </section>
          <VerdictTotals totals={figures.totals} />
        </div>
      )}
      <EntryList from={day.from} to={day.to} version={version} />
      <CsvExport />
      <RetentionPurge onPurged={() => setVersion((v) => v + 1)} />
    </div>
  );
}
