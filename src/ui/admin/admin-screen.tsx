// The admin screen the kiosk's "Admin" button opens: the PIN first, then two tabs, the log
// and the settings. Closing (or three quiet minutes) returns to scanning; the PIN is asked
// again next time.
import { useState } from 'preact/hooks';
import { UpdateBanner } from '../update-banner';
import { useUpdateHold } from '../use-update-hold';
import { useStrings } from '../i18n';
import { SettingsPanel } from '../settings/settings-panel';
import { LogPanel } from './log/log-panel';
import { PinGate } from './pin-gate';
import { AdminIcon } from './admin-icons';
import { AdminTabs, type AdminTab } from './admin-tabs';
import { useIdleClose } from './use-idle-close';
import './admin.css';

export function AdminScreen({ onClose }: { onClose: () => void }) {
  const s = useStrings();
  const [unlocked, setUnlocked] = useState(false);
  const [tab, setTab] = useState<AdminTab>('log');
  useUpdateHold();
  useIdleClose(onClose);

  return (
    <div class="admin">
      <header class="admin__bar">
        <h1 class="admin__title">{s.admin.title}</h1>
        <button type="button" class="btn" onClick={onClose} data-testid="admin-close">
          <AdminIcon name="back" /> {s.admin.close}
        </button>
      </header>
      <UpdateBanner />
      {!unlocked ? (
        <main class="admin__main">
          <PinGate onUnlock={() => setUnlocked(true)} />
        </main>
      ) : (
        <>
          <AdminTabs tab={tab} onChange={setTab} />
          <main
            class="admin__main"
            role="tabpanel"
            id={`admin-panel-${tab}`}
            aria-labelledby={`admin-tab-${tab}`}
          >
            {tab === 'log' ? <LogPanel /> : <SettingsPanel />}
          </main>
        </>
      )}
    </div>
  );
}
