// Whether the sync server answered the kiosk's last request, for the status bar: a network
// interface being up (navigator.onLine) says nothing of a Wi-Fi without internet or a server
// that is down. Every request goes through the transport's fetch, so wrapping it once sees
// them all: uploads, the trust bundle, enrollment.
import type { ServerReach } from '../model';

/** A gateway's answer: the server behind it did not answer. */
const NO_ANSWER = new Set([502, 503, 504]);

export function reachOf(outcome: Response | 'no-answer'): Exclude<ServerReach, 'unknown'> {
  return outcome === 'no-answer' || NO_ANSWER.has(outcome.status) ? 'failed' : 'answered';
}

/** `fetch`, telling `onReach` after every request whether the server answered it. */
export function watchServerReach(
  fetchImpl: typeof fetch,
  onReach: (reach: Exclude<ServerReach, 'unknown'>) => void,
): typeof fetch {
  return async (input, init) => {
    let response: Response;
    try {
      response = await fetchImpl(input, init);
    } catch (e) {
      onReach(reachOf('no-answer'));
      throw e;
    }
    onReach(reachOf(response));
    return response;
  };
}
