// Messages between this origin's kiosk windows, over a BroadcastChannel; null where the
// browser has none (the session then does without).
import type { WindowChannel } from './kiosk-session';

export function broadcastWindowChannel(name = 'kiosk-windows'): WindowChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen(onMessage) {
      const handler = (e: MessageEvent) => onMessage(e.data);
      channel.addEventListener('message', handler);
      return () => {
        channel.removeEventListener('message', handler);
        channel.close();
      };
    },
  };
}
