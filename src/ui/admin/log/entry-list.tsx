// Today's entries, newest first, with masked names only (the full name never reaches the
// log), and a search box that asks the store as the guard types.
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../services-context';
import type { Entry } from '../../../model';
import { useStrings } from '../../i18n';
import { formatTime } from '../format';
import { entryOutcome } from './entry-label';
import { AdminIcon } from '../admin-icons';

const LIMIT = 200;
const SEARCH_DELAY_MS = 250;

export function EntryList({ from, to, version }: { from: number; to: number; version: number }) {
  const services = useServices();
  const s = useStrings();
  const language = services.settings.current.value.language;
  const [search, setSearch] = useState('');
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () => {
        services.log.list({ from, to, search: search.trim() || undefined, limit: LIMIT }).then(
          (list) => live && (setEntries(list), setFailed(false)),
          () => live && setFailed(true),
        );
      },
      search ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [services, from, to, search, version]);

  return (
    <section class="ad-card entries" aria-labelledby="entries-title">
      <h3 id="entries-title">{s.log.todayTitle}</h3>
      <div class="ad-field">
        <label for="log-search">{s.log.search}</label>
        <input
          id="log-search"
          type="search"
          value={search}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setSearch((e.target as HTMLInputElement).value)}
        />
      </div>
      {failed && (
        <p role="alert" class="ad-error">
          {s.log.loadFailed}
        </p>
      )}
      {!failed && entries === null && <p>{s.log.loading}</p>}
      {entries && (
        <p class="ad-note" role="status" data-testid="entries-count">
          {entries.length === 0
            ? search
              ? s.log.noMatch
              : s.log.empty
            : s.log.showing(entries.length)}
        </p>
      )}
      {entries && entries.length > 0 && (
        <ul class="entries__list" data-testid="entries">
          {entries.map((e) => (
            <EntryRow key={e.id} entry={e} time={formatTime(e.at, language)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function EntryRow({ entry, time }: { entry: Entry; time: string }) {
  const s = useStrings();
  const outcome = entryOutcome(entry, s);
  return (
    <li class={`entries__item entries__item--${outcome.tone}`}>
      <span class="entries__time">{time}</span>
      <span class="entries__who">
        <strong>{entry.maskedName || '—'}</strong>
        {entry.birthYear !== null && ` · ${s.log.born(entry.birthYear)}`}
        {entry.maskedId && <span class="ad-mono"> · {entry.maskedId}</span>}
      </span>
      <span class="entries__what">
        <AdminIcon name={outcome.icon} size={18} /> {outcome.label}
        {' · '}
        {entry.direction === 'in' ? s.log.directionIn : s.log.directionOut}
        {entry.format === 'manual' && ` · ${s.log.manual}`}
        {entry.syncedAt === null && <span class="entries__pending"> · {s.log.notSynced}</span>}
      </span>
    </li>
  );
}
