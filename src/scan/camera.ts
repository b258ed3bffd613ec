// The camera: the back camera by default, a chosen one by id, torch where the track can, and
// errors sorted into what the guard can act on. Plain getUserMedia rather than @zxing/browser:
// its scan loop pauses between frames and decodes on the UI thread, and importing it pulls every
// ZXing format (~110 kB gzip) into start-up. The ZXing decoder itself runs in the decode worker.

export type CameraProblem = 'denied' | 'none' | 'busy' | 'insecure' | 'failed';

export class CameraError extends Error {
  constructor(
    readonly problem: CameraProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface CameraDevice {
  deviceId: string;
  label: string;
}

function problemOf(e: unknown): CameraProblem {
  const name = (e as { name?: string })?.name ?? '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (
    name === 'NotFoundError' ||
    name === 'OverconstrainedError' ||
    name === 'DevicesNotFoundError'
  )
    return 'none';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError')
    return 'busy';
  return 'failed';
}

export async function openCamera(deviceId: string | null): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new CameraError(window.isSecureContext ? 'none' : 'insecure', 'getUserMedia unavailable');
  }
  const video: MediaTrackConstraints = deviceId
    ? { deviceId: { exact: deviceId } }
    : { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } };
  try {
    return await navigator.mediaDevices.getUserMedia({ video, audio: false });
  } catch (e) {
    // A remembered camera that is gone: fall back to any camera rather than fail.
    if (deviceId && problemOf(e) === 'none') return openCamera(null);
    throw new CameraError(problemOf(e), (e as Error)?.message ?? String(e));
  }
}

export async function listCameras(): Promise<CameraDevice[]> {
  try {
    const devices = (await navigator.mediaDevices.enumerateDevices()).filter(
      (d) => d.kind === 'videoinput',
    );
    return devices.map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` }));
  } catch {
    return [];
  }
}

export function stopStream(stream: MediaStream | null): void {
  stream?.getTracks().forEach((t) => t.stop());
}

type TorchCapabilities = MediaTrackCapabilities & { torch?: boolean };

export function torchSupported(stream: MediaStream | null): boolean {
  const track = stream?.getVideoTracks()[0];
  return !!(track?.getCapabilities && (track.getCapabilities() as TorchCapabilities).torch);
}

export async function setTorch(stream: MediaStream | null, on: boolean): Promise<boolean> {
  const track = stream?.getVideoTracks()[0];
  if (!track || !torchSupported(stream)) return false;
  try {
    await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
    return true;
  } catch {
    return false;
  }
}
