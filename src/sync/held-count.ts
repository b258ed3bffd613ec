// Asks the server how many entries it holds for a device of this kiosk's venue (the device it
// was before a wipe), signed with this device's key. Null when the server cannot say.
import type { DeviceIdentity } from '../model';
import { send, type TransportDeps } from './http-transport';
import { checkHeldCountResponse, HELD_COUNT_PATH, type HeldCountResponse } from './wire';

export async function askHeldCount(
  device: DeviceIdentity,
  serverUrl: string,
  deviceId: string,
  transport: TransportDeps,
): Promise<HeldCountResponse | null> {
  const result = await send(
    { serverUrl, method: 'POST', path: HELD_COUNT_PATH, body: { deviceId }, device },
    transport,
  );
  if (result.kind !== 'answer' || result.status !== 200) return null;
  const checked = checkHeldCountResponse(result.body);
  return checked.ok && checked.value.deviceId === deviceId ? checked.value : null;
}
