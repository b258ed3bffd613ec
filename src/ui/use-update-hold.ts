// Keeps a new version from installing itself (and reloading) while a screen that holds
// unsaved input is open: the admin screens and the setup wizard. A tap on the banner still applies.
import { useEffect } from 'preact/hooks';
import { updateController } from '../pwa/update-controller';

export function useUpdateHold(): void {
  useEffect(() => updateController.hold(), []);
}
