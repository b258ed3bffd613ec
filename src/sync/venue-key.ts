// The venue's pseudonym secret for a kiosk that does not hold it yet: enrolled with a server
// that did not send it in the enrollment answer, or upgraded to schema 4 after enrolling (the
// upgrade makes a local key). Asked for with a signed POST /api/sync/venue-secret before an
// upload; a failure changes nothing (the kiosk goes on with the key it has, its entries are
// pseudonyms either way) and is asked again at the next round.
import type { DeviceIdentity, Store } from '../model';
import { send, type TransportDeps } from './http-transport';
import { checkVenueSecretResponse, DEVICE_PATHS } from './wire';

export type VenueKeySource = Pick<Store, 'getPassKey' | 'adoptVenueSecret'>;

/** Resolves true when the venue's secret was taken into use now. Never throws. */
export async function ensureVenueKey(
  device: DeviceIdentity,
  serverUrl: string,
  source: VenueKeySource,
  transport: TransportDeps,
): Promise<boolean> {
  try {
    const key = await source.getPassKey();
    if (key.source === 'venue' && key.venueId === device.venueId) return false;
    const result = await send(
      { serverUrl, method: 'POST', path: DEVICE_PATHS.venueSecret, body: {}, device },
      transport,
    );
    if (result.kind !== 'answer' || result.status !== 200) return false;
    const answer = checkVenueSecretResponse(result.body);
    if (!answer.ok || answer.value.venueId !== device.venueId) return false;
    return await source.adoptVenueSecret(device.venueId, answer.value.venueSecret);
  } catch {
    return false;
  }
}
