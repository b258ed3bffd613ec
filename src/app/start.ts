// Starting the kiosk in this window: become the one kiosk window (a Web Lock), open the
// database (refusing data newer than this build, waiting for an older window to let go), pick
// the Ed25519 back end, compose the services over the store and start them. The session
// (src/kiosk/kiosk-session.ts) says on screen how each step went.
import { createVerifier } from '../core';
import {
  createKioskSession,
  type KioskSession,
  type SessionEvents,
  type Started,
} from '../kiosk/kiosk-session';
import { webTabLock } from '../kiosk/tab-lock';
import { broadcastWindowChannel } from '../kiosk/window-channel';
import { createStore, openKioskDb, KIOSK_DB_NAME } from '../store';
import { createKiosk } from './create-kiosk';
import type { KioskServices } from './services';

interface StartOptions {
  /** The update controller's hold while a scan, verdict or dialog is on screen. */
  onBusy?: (busy: boolean) => void;
}

/** A check-in being verified and written is let finish before the database is let go. */
const SETTLE_MS = 3000;

function settled(services: KioskServices): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(finish, SETTLE_MS);
    // Runs at once with the current phase; `finish` waits a microtask, so `stop` is set.
    const stop = services.scan.state.subscribe((s) => {
      if (s.phase !== 'checking') queueMicrotask(finish);
    });
    function finish(): void {
      clearTimeout(timer);
      stop();
      resolve();
    }
  });
}

async function startKiosk(
  options: StartOptions,
  events: SessionEvents,
): Promise<Started<KioskServices>> {
  const [db, verifier] = await Promise.all([
    openKioskDb(KIOSK_DB_NAME, {
      // The storage service asks, at set-up, and records the answer.
      persist: false,
      onBlocked: events.onBlocked,
      onClose: events.onClosed,
    }),
    createVerifier('auto'),
  ]);
  const kiosk = createKiosk({ store: createStore(db), verifier, ...options });
  try {
    await kiosk.start();
  } catch (e) {
    kiosk.dispose(); // the screen says it could not start; nothing keeps running behind it
    db.close();
    throw e;
  }
  return {
    services: kiosk,
    async stop() {
      await settled(kiosk);
      kiosk.dispose();
      db.close();
    },
  };
}

export function createWindowSession(options: StartOptions = {}): KioskSession<KioskServices> {
  return createKioskSession({
    lock: webTabLock(),
    channel: broadcastWindowChannel(),
    reload: () => location.reload(),
    start: (events) => startKiosk(options, events),
  });
}
