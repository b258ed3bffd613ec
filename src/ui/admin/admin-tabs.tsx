// The two admin tabs, as an ARIA tab list: arrow keys move between them, the chosen one is
// marked by words and a thick underline, not by colour alone.
import { useStrings } from '../i18n';

export type AdminTab = 'log' | 'settings';
const TABS: AdminTab[] = ['log', 'settings'];

export function AdminTabs({ tab, onChange }: { tab: AdminTab; onChange: (tab: AdminTab) => void }) {
  const s = useStrings();
  const label = { log: s.admin.tabLog, settings: s.admin.tabSettings };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length]!;
    onChange(next);
    document.getElementById(`admin-tab-${next}`)?.focus();
  };
  return (
    <div class="admin__tabs" role="tablist" aria-label={s.admin.tabs} onKeyDown={onKey}>
      {TABS.map((t) => (
        <button
          key={t}
          id={`admin-tab-${t}`}
          type="button"
          role="tab"
          class={`admin__tab ${t === tab ? 'is-selected' : ''}`}
          aria-selected={t === tab}
          aria-controls={`admin-panel-${t}`}
          tabIndex={t === tab ? 0 : -1}
          onClick={() => onChange(t)}
        >
          {label[t]}
        </button>
      ))}
    </div>
  );
}
