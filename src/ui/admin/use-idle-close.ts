// Leaves the admin screen after a few quiet minutes: a guard called away must not leave the
// log and settings open on a kiosk anyone can touch, and the door needs its scanner back.
import { useEffect, useRef } from 'preact/hooks';

export const ADMIN_IDLE_MS = 3 * 60_000;

export function useIdleClose(onClose: () => void, idleMs = ADMIN_IDLE_MS): void {
  // The latest callback, so a parent's re-render does not restart the quiet time.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const fire = () => close.current();
    let timer = setTimeout(fire, idleMs);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(fire, idleMs);
    };
    const events = ['pointerdown', 'keydown', 'input', 'wheel', 'touchmove'] as const;
    for (const e of events) window.addEventListener(e, restart, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, restart, { capture: true });
    };
  }, [idleMs]);
}
