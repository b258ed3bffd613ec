// Screen helpers for an all-day kiosk: keep the screen awake while scanning, and full screen.

let wakeLock: WakeLockSentinel | null = null;
let wanted = false;

async function acquire(): Promise<void> {
  if (!wanted || wakeLock || !('wakeLock' in navigator) || document.visibilityState !== 'visible')
    return;
  try {
    wakeLock = await navigator.wakeLock.request('screen');
    wakeLock.addEventListener('release', () => (wakeLock = null));
  } catch {
    // refused (battery saver, not visible): the kiosk still works, the screen may dim
  }
}

// The browser drops the lock whenever the page is hidden; take it again on return.
document.addEventListener('visibilitychange', () => void acquire());

export function keepScreenAwake(on: boolean): void {
  wanted = on;
  if (on) void acquire();
  else {
    void wakeLock?.release();
    wakeLock = null;
  }
}

export function fullscreenAvailable(): boolean {
  return !!document.documentElement.requestFullscreen;
}

export async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    // not allowed here (iframe, old browser): nothing to do
  }
}
