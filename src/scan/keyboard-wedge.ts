// Listens for keyboard-wedge scans anywhere on the page while no text field has focus.
import { DEFAULT_WEDGE, WedgeBuffer, type WedgeOptions } from './wedge-buffer';

function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return (
    el.isContentEditable ||
    el.tagName === 'INPUT' ||
    el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT'
  );
}

export function listenForWedgeScans(
  onScan: (text: string) => void,
  options: WedgeOptions = DEFAULT_WEDGE,
): () => void {
  const buffer = new WedgeBuffer(options);
  const onKeyDown = (event: KeyboardEvent) => {
    if (typingInField(event.target) || event.ctrlKey || event.altKey || event.metaKey) return;
    if (event.key === 'Enter') {
      const wasActive = buffer.active;
      const text = buffer.enter(event.timeStamp);
      if (text !== null || wasActive) event.preventDefault();
      if (text !== null) onScan(text);
    } else if (event.key.length === 1 || event.key === 'Unidentified') {
      // Some scanners send characters as composed text with key 'Unidentified': skip those.
      if (event.key.length === 1) buffer.key(event.key, event.timeStamp);
    }
  };
  window.addEventListener('keydown', onKeyDown, true);
  return () => window.removeEventListener('keydown', onKeyDown, true);
}
