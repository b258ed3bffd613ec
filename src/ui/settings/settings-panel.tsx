// The settings tab: policy, venue and timing, this device, the trust bundle and root keys,
// the PIN, and the sync server. Each section saves on its own as soon as something changes.
import { useState } from 'preact/hooks';
import { useStrings } from '../i18n';
import { BundleImport } from './bundle-import';
import { BundleInfo } from './bundle-info';
import { ChangePin } from './change-pin';
import { DataSafety } from './data-safety';
import { DeviceSettings } from './device-settings';
import { PolicySettings } from './policy-settings';
import { RootKeys } from './root-keys';
import { SyncInfo } from './sync-info';
import { VenueSettings } from './venue-settings';
import '../admin/admin.css';
import './settings.css';

export function SettingsPanel() {
  const s = useStrings();
  const [now] = useState(() => Date.now());
  return (
    <div class="settings">
      <PolicySettings />
      <VenueSettings />
      <DeviceSettings />
      <section class="ad-card" aria-labelledby="bundle-title">
        <h3 id="bundle-title">{s.settings.bundleTitle}</h3>
        <BundleInfo now={now} />
        <h4>{s.settings.importTitle}</h4>
        <BundleImport />
      </section>
      <RootKeys />
      <ChangePin />
      <SyncInfo />
      <DataSafety />
    </div>
  );
}
