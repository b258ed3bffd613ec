// The kiosk's side of the signed requests beside its uploads (src/sync/wire/device-reports.ts):
// its status report for the owner page, and the venue-wide people-inside figure. Neither ever
// throws: a report that did not go is false, an answer that is missing or malformed is null.
import type { DeviceIdentity, VenueOccupancy } from '../model';
import { send, type TransportDeps } from './http-transport';
import { checkOccupancyResponse, DEVICE_PATHS, type DeviceStatusReport } from './wire';

export async function sendStatusReport(
  device: DeviceIdentity,
  serverUrl: string,
  report: DeviceStatusReport,
  transport: TransportDeps,
): Promise<boolean> {
  const result = await send(
    { serverUrl, method: 'POST', path: DEVICE_PATHS.status, body: report, device },
    transport,
  );
  return result.kind === 'answer' && result.status === 200;
}

/** The venue's figure, if the server gives one for this kiosk's own venue. */
export async function askOccupancy(
  device: DeviceIdentity,
  serverUrl: string,
  transport: TransportDeps,
): Promise<VenueOccupancy | null> {
  const result = await send(
    { serverUrl, method: 'POST', path: DEVICE_PATHS.occupancy, body: {}, device },
    transport,
  );
  if (result.kind !== 'answer' || result.status !== 200) return null;
  const checked = checkOccupancyResponse(result.body);
  if (!checked.ok || checked.value.venueId !== device.venueId) return null;
  const { inside, in: admittedIn, out, since, asOf } = checked.value;
  return { inside, in: admittedIn, out, since, asOf, receivedAt: transport.now() };
}
