// Where the set-up wizard resumes after a reload, read from what set-up has stored rather
// than from a step number of its own: the PIN saved, an enrollment under way, an identity or
// a trust source in place. A tab closed on the last step ("Kiosk đã sẵn sàng") comes back to
// it, never to a wizard that would spend a second code.
import type { DeviceIdentity, PendingEnrollment, Settings } from '../model';

export type SetupResumePoint = 'language' | 'mode' | 'enroll' | 'done';

export function setupResumePoint(state: {
  settings: Pick<Settings, 'adminPin' | 'pinnedRoots'>;
  device: DeviceIdentity | null;
  pending: PendingEnrollment | null;
}): SetupResumePoint {
  // Enrolled (the roots come with the identity), or standalone with a bundle under its root.
  if (state.device || state.settings.pinnedRoots.length > 0) return 'done';
  if (state.pending) return 'enroll';
  return state.settings.adminPin ? 'mode' : 'language';
}
