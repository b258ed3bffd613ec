// This device: sounds, vibration, language, the camera to scan with and the default direction.
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../services-context';
import type { Direction } from '../../model';
import { useStrings, type Language } from '../i18n';
import { listCameras, type CameraChoice } from './camera-list';
import { ChoiceGroup } from './choice-group';
import { SaveNote } from './save-note';
import { SwitchSetting } from './switch-setting';
import { useOptimistic } from './use-optimistic';
import { useSettingSaver } from './use-setting-saver';

export function DeviceSettings() {
  const services = useServices();
  const s = useStrings();
  const { save, status } = useSettingSaver();
  const settings = services.settings.current.value;
  const [cameras, setCameras] = useState<CameraChoice[] | null>(null);
  const [camera, showCamera] = useOptimistic(settings.cameraId ?? '');
  const findCameras = () => void listCameras().then(setCameras);
  useEffect(findCameras, []);

  return (
    <section class="ad-card" aria-labelledby="device-title">
      <h3 id="device-title">{s.settings.deviceTitle}</h3>
      <div class="switches">
        <SwitchSetting
          label={s.settings.sounds}
          checked={settings.sounds}
          onChange={(sounds) => save({ sounds })}
        />
        <SwitchSetting
          label={s.settings.vibration}
          checked={settings.vibration}
          onChange={(vibration) => save({ vibration })}
        />
      </div>
      <ChoiceGroup<Language>
        legend={s.settings.language}
        name="language"
        choices={[
          { value: 'vi', label: 'Tiếng Việt', lang: 'vi' },
          { value: 'en', label: 'English', lang: 'en' },
        ]}
        selected={[settings.language]}
        onChange={([language]) => language && save({ language })}
      />
      <ChoiceGroup<Direction>
        legend={s.settings.direction}
        name="direction"
        choices={[
          { value: 'in', label: s.settings.directionIn },
          { value: 'out', label: s.settings.directionOut },
        ]}
        selected={[settings.direction]}
        onChange={([direction]) => direction && save({ direction })}
      />
      <div class="ad-field">
        <label for="camera-choice">{s.settings.camera}</label>
        <div class="ad-row">
          <select
            id="camera-choice"
            value={camera}
            onChange={(e) => {
              const id = (e.target as HTMLSelectElement).value;
              showCamera(id, save({ cameraId: id || null }));
            }}
          >
            <option value="">{s.settings.cameraDefault}</option>
            {cameras?.map((c, i) => (
              <option key={c.deviceId} value={c.deviceId}>
                {c.label || s.settings.cameraNumbered(i + 1)}
              </option>
            ))}
            {settings.cameraId &&
              cameras &&
              !cameras.some((c) => c.deviceId === settings.cameraId) && (
                <option value={settings.cameraId}>
                  {s.settings.cameraNumbered(cameras.length + 1)}
                </option>
              )}
          </select>
          <button type="button" class="btn" onClick={findCameras}>
            {s.settings.cameraFind}
          </button>
        </div>
        {cameras?.length === 0 && <p class="ad-note">{s.settings.cameraNone}</p>}
      </div>
      <SaveNote status={status} />
    </section>
  );
}
