// The camera: the back camera by default, a chosen one by id, continuous autofocus, torch and
// zoom where the track can, and errors sorted into what the guard can act on. Plain getUserMedia rather than @zxing/browser:
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
    const stream = await navigator.mediaDevices.getUserMedia({ video, audio: false });
    void focusContinuously(stream.getVideoTracks()[0]);
    return stream;
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

/** What phone cameras offer beyond the standard set (Image Capture extensions). */
type CameraCapabilities = MediaTrackCapabilities & {
  torch?: boolean;
  focusMode?: string[];
  zoom?: { min: number; max: number; step?: number };
};

function capabilitiesOf(track: MediaStreamTrack | undefined): CameraCapabilities | null {
  try {
    return (track?.getCapabilities?.() as CameraCapabilities | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * Continuous autofocus where the camera has it: a code brought close stays sharp without a
 * tap (some phones open the camera in a fixed focus). False where it cannot be asked for.
 */
export async function focusContinuously(track: MediaStreamTrack | undefined): Promise<boolean> {
  if (!track || !capabilitiesOf(track)?.focusMode?.includes('continuous')) return false;
  try {
    await track.applyConstraints({
      advanced: [{ focusMode: 'continuous' } as MediaTrackConstraintSet],
    });
    return true;
  } catch {
    return false;
  }
}

export interface ZoomRange {
  min: number;
  max: number;
  step: number;
  value: number;
}

/** The camera's optical/digital zoom, or null where it has none worth offering. */
export function zoomRange(track: MediaStreamTrack | null | undefined): ZoomRange | null {
  const zoom = capabilitiesOf(track ?? undefined)?.zoom;
  if (!track || !zoom || !(zoom.max > zoom.min)) return null;
  const current = (track.getSettings() as MediaTrackSettings & { zoom?: number }).zoom;
  return {
    min: zoom.min,
    max: zoom.max,
    step: zoom.step && zoom.step > 0 ? zoom.step : (zoom.max - zoom.min) / 20,
    value: current ?? zoom.min,
  };
}

export async function setZoom(track: MediaStreamTrack, value: number): Promise<boolean> {
  try {
    await track.applyConstraints({ advanced: [{ zoom: value } as MediaTrackConstraintSet] });
    return true;
  } catch {
    return false;
  }
}

export function torchSupported(stream: MediaStream | null): boolean {
  return !!capabilitiesOf(stream?.getVideoTracks()[0])?.torch;
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
