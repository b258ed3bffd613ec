// Whether a verdict is on screen. A service worker update waits until this is false, so a new
// version never reloads the page in the middle of a scan.
import { signal } from '@preact/signals';

export const scanBusy = signal(false);

export function setScanBusy(busy: boolean): void {
  scanBusy.value = busy;
}
