// Saving a settings change at once, with a short status the section shows and screen readers
// hear: saving, saved, or not saved.
import { useState } from 'preact/hooks';
import { useServices } from '../services-context';
import type { Settings } from '../../model';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export function useSettingSaver(): {
  save: (patch: Partial<Settings>) => Promise<boolean>;
  status: SaveStatus;
} {
  const services = useServices();
  const [status, setStatus] = useState<SaveStatus>('idle');
  const save = async (patch: Partial<Settings>) => {
    setStatus('saving');
    try {
      await services.settings.save(patch);
      setStatus('saved');
      return true;
    } catch {
      setStatus('failed');
      return false;
    }
  };
  return { save, status };
}
