// The camera reads the code in front of it many times a second, and a code may lie in front
// of it for minutes. Which text it may take again, and when:
//
// - Any way in (camera, scanner, paste): the text just checked is let go by while its verdict
//   is on screen and for SETTLE_MS after, the moment a hand needs to take a phone away.
// - The camera: after that, the same text is still let go by until it has left the view
//   (frames without it for LEFT_VIEW_MS: one missed read is not a code taken away) or the
//   re-entry window has passed (at least HOLD_MIN_MS, so a code left on the counter is not
//   logged every few seconds even with the window off).
// Another text is always taken at once. Pure, over the times it is told.

export const SETTLE_MS = 2000;
export const LEFT_VIEW_MS = 500;
export const HOLD_MIN_MS = 60_000;

export interface CameraHold {
  /** Whether `text` from `camera` (or another way in) may be taken at `now`. */
  accepts(text: string, camera: boolean, now: number): boolean;
  /** `text` was taken at `now`; its verdict is on screen until `released`. */
  taken(text: string, camera: boolean, now: number, windowMs: number): void;
  /** The verdict left the screen at `now`: the settle time starts. */
  released(now: number): void;
  /** A camera frame at `now` read `text`, or no code (null). */
  frame(text: string | null, now: number): void;
}

interface Held {
  text: string;
  /** Until then the camera lets it go by even in view (the re-entry window). */
  until: number;
  /** Until then every way in lets it go by (Infinity while its verdict is on screen). */
  settleUntil: number;
  /** First frame without it in the current run of such frames. */
  absentSince: number | null;
  /** It has left the camera's view since it was taken (or it never came from the camera). */
  left: boolean;
}

export function createCameraHold(): CameraHold {
  let held: Held | null = null;
  return {
    accepts(text, camera, now) {
      if (!held || text !== held.text) return true;
      if (now < held.settleUntil) return false;
      return !camera || held.left || now >= held.until;
    },
    taken(text, camera, now, windowMs) {
      held = {
        text,
        until: now + Math.max(windowMs, HOLD_MIN_MS),
        settleUntil: Infinity,
        absentSince: null,
        left: !camera,
      };
    },
    released(now) {
      if (held) held.settleUntil = now + SETTLE_MS;
    },
    frame(text, now) {
      if (!held) return;
      if (text === held.text) {
        held.absentSince = null;
        return;
      }
      held.absentSince ??= now;
      if (now - held.absentSince >= LEFT_VIEW_MS) held.left = true;
    },
  };
}
